/** A rate: `ratePerSecond` tokens refill per second, up to `burst` tokens saved. */
export interface RateLimit {
    /** Tokens added per second (> 0). */
    ratePerSecond: number;
    /** Most tokens the bucket holds, i.e. the largest burst allowed (≥ 1). */
    burst: number;
}
/** Options of a {@link TokenBucket}. */
export interface TokenBucketOptions extends RateLimit {
    /** Clock in ms. @default Date.now */
    now?: () => number;
}
/**
 * A token bucket that starts full and refills continuously (lazily, on each call).
 *
 * @example
 * const bucket = new TokenBucket({ ratePerSecond: 10, burst: 5 });
 * if (!bucket.tryTake()) setTimeout(retry, bucket.msUntilAvailable());
 */
export declare class TokenBucket {
    readonly ratePerSecond: number;
    readonly burst: number;
    private readonly now;
    private tokens;
    private updatedAt;
    constructor(options: TokenBucketOptions);
    /** Takes `n` tokens if they are there; returns whether it did. */
    tryTake(n?: number): boolean;
    /** Ms until `n` tokens are there: 0 if they are now, Infinity if `n` exceeds the burst. */
    msUntilAvailable(n?: number): number;
    /** Tokens available now (fractional). */
    available(): number;
    /** True when the bucket is full, i.e. indistinguishable from a fresh one (safe to evict). */
    isFull(): boolean;
    private refill;
}
/** Options of {@link RateLimits}. */
export interface RateLimitsOptions {
    /** Rate per capability name; capabilities not listed are not rate limited. @default {} */
    perCapability?: Record<string, RateLimit>;
    /** Rate applied to each agent instance separately. @default no per-agent limit */
    perAgent?: RateLimit;
    /**
     * Most buckets kept; beyond it the least recently used is dropped (it restarts
     * full if used again). Call {@link RateLimits.prune} to drop refilled ones. @default 10000
     */
    maxBuckets?: number;
    /** Clock in ms. @default Date.now */
    now?: () => number;
}
/**
 * Token buckets keyed by capability and by agent instance, created lazily and
 * bounded. Capability buckets gate the scheduler; agent buckets gate instance
 * selection (see {@link filterByAgentRate}).
 */
export declare class RateLimits {
    private readonly perCapability;
    private readonly perAgent;
    private readonly maxBuckets;
    private readonly now;
    private readonly buckets;
    constructor(options?: RateLimitsOptions);
    /** Buckets currently held (for tests and metrics). */
    get size(): number;
    /** Ms until `capability` has a token; 0 when it has one or is not limited. */
    msUntilCapability(capability: string): number;
    /** Takes a token for `capability`; true when taken or not limited. */
    takeCapability(capability: string): boolean;
    /** Whether `instanceId` has a token now, without taking it. */
    hasTokenFor(instanceId: string): boolean;
    /** Takes a token for agent instance `instanceId`; true when taken or not limited. */
    takeFor(instanceId: string): boolean;
    /** Drops buckets that have refilled completely: they carry no information. */
    prune(): void;
    /** The bucket of `capability`, or undefined when it is not limited. */
    capabilityBucket(capability: string): TokenBucket | undefined;
    /** The bucket of agent instance `instanceId`, or undefined when agents are not limited. */
    agentBucket(instanceId: string): TokenBucket | undefined;
    private bucket;
    private evict;
}
/**
 * Keeps the candidates whose agent bucket has a token. Take the token for the one
 * you choose with `rateLimits.takeFor(chosen.instanceId)`.
 *
 * @example
 * const open = filterByAgentRate(registry.candidates(capability), rateLimits);
 * const chosen = select(open, capability);
 * if (chosen) rateLimits.takeFor(chosen.instanceId);
 */
export declare function filterByAgentRate<E extends {
    readonly instanceId: string;
}>(candidates: readonly E[], rateLimits: RateLimits): E[];
