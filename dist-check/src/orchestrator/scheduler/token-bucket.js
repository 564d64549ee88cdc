import { InvalidArgumentError } from '../../sdk/errors.js';
// Float slack so that waiting exactly msUntilAvailable() always yields the token.
const EPSILON = 1e-9;
/**
 * A token bucket that starts full and refills continuously (lazily, on each call).
 *
 * @example
 * const bucket = new TokenBucket({ ratePerSecond: 10, burst: 5 });
 * if (!bucket.tryTake()) setTimeout(retry, bucket.msUntilAvailable());
 */
export class TokenBucket {
    ratePerSecond;
    burst;
    now;
    tokens;
    updatedAt;
    constructor(options) {
        assertRate(options, 'token bucket');
        this.ratePerSecond = options.ratePerSecond;
        this.burst = options.burst;
        this.now = options.now ?? Date.now;
        this.tokens = options.burst;
        this.updatedAt = this.now();
    }
    /** Takes `n` tokens if they are there; returns whether it did. */
    tryTake(n = 1) {
        this.refill();
        if (this.tokens + EPSILON < n)
            return false;
        this.tokens = Math.max(0, this.tokens - n);
        return true;
    }
    /** Ms until `n` tokens are there: 0 if they are now, Infinity if `n` exceeds the burst. */
    msUntilAvailable(n = 1) {
        this.refill();
        if (this.tokens + EPSILON >= n)
            return 0;
        if (n > this.burst)
            return Infinity;
        return Math.max(1, Math.ceil(((n - this.tokens) * 1000) / this.ratePerSecond));
    }
    /** Tokens available now (fractional). */
    available() {
        this.refill();
        return this.tokens;
    }
    /** True when the bucket is full, i.e. indistinguishable from a fresh one (safe to evict). */
    isFull() {
        return this.available() + EPSILON >= this.burst;
    }
    refill() {
        const t = this.now();
        const elapsed = t - this.updatedAt;
        if (elapsed > 0)
            this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.ratePerSecond) / 1000);
        this.updatedAt = Math.max(this.updatedAt, t);
    }
}
/**
 * Token buckets keyed by capability and by agent instance, created lazily and
 * bounded. Capability buckets gate the scheduler; agent buckets gate instance
 * selection (see {@link filterByAgentRate}).
 */
export class RateLimits {
    perCapability;
    perAgent;
    maxBuckets;
    now;
    buckets = new Map();
    constructor(options = {}) {
        for (const [name, rate] of Object.entries(options.perCapability ?? {}))
            assertRate(rate, `perCapability["${name}"]`);
        if (options.perAgent)
            assertRate(options.perAgent, 'perAgent');
        this.perCapability = new Map(Object.entries(options.perCapability ?? {}));
        this.perAgent = options.perAgent;
        this.maxBuckets = Math.max(1, options.maxBuckets ?? 10_000);
        this.now = options.now ?? Date.now;
    }
    /** Buckets currently held (for tests and metrics). */
    get size() {
        return this.buckets.size;
    }
    /** Ms until `capability` has a token; 0 when it has one or is not limited. */
    msUntilCapability(capability) {
        return this.capabilityBucket(capability)?.msUntilAvailable() ?? 0;
    }
    /** Takes a token for `capability`; true when taken or not limited. */
    takeCapability(capability) {
        return this.capabilityBucket(capability)?.tryTake() ?? true;
    }
    /** Whether `instanceId` has a token now, without taking it. */
    hasTokenFor(instanceId) {
        return (this.agentBucket(instanceId)?.msUntilAvailable() ?? 0) === 0;
    }
    /** Takes a token for agent instance `instanceId`; true when taken or not limited. */
    takeFor(instanceId) {
        return this.agentBucket(instanceId)?.tryTake() ?? true;
    }
    /** Drops buckets that have refilled completely: they carry no information. */
    prune() {
        for (const [key, bucket] of this.buckets)
            if (bucket.isFull())
                this.buckets.delete(key);
    }
    /** The bucket of `capability`, or undefined when it is not limited. */
    capabilityBucket(capability) {
        const rate = this.perCapability.get(capability);
        return rate && this.bucket(`capability:${capability}`, rate);
    }
    /** The bucket of agent instance `instanceId`, or undefined when agents are not limited. */
    agentBucket(instanceId) {
        return this.perAgent && this.bucket(`agent:${instanceId}`, this.perAgent);
    }
    bucket(key, rate) {
        let bucket = this.buckets.get(key);
        if (bucket) {
            this.buckets.delete(key); // re-insert: Map order is least recently used first
        }
        else {
            if (this.buckets.size >= this.maxBuckets)
                this.evict();
            bucket = new TokenBucket({ ...rate, now: this.now });
        }
        this.buckets.set(key, bucket);
        return bucket;
    }
    evict() {
        // O(1): the least recently used bucket has most likely refilled; if not, it restarts full (lenient).
        const oldest = this.buckets.keys().next();
        if (!oldest.done)
            this.buckets.delete(oldest.value);
    }
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
export function filterByAgentRate(candidates, rateLimits) {
    return candidates.filter((c) => rateLimits.hasTokenFor(c.instanceId));
}
function assertRate(rate, what) {
    if (!(rate.ratePerSecond > 0) || !Number.isFinite(rate.ratePerSecond)) {
        throw new InvalidArgumentError(`${what}: ratePerSecond must be a finite number above 0; got ${rate.ratePerSecond}`);
    }
    if (!(rate.burst >= 1) || !Number.isFinite(rate.burst)) {
        throw new InvalidArgumentError(`${what}: burst must be a finite number of at least 1; got ${rate.burst}`);
    }
}
//# sourceMappingURL=token-bucket.js.map