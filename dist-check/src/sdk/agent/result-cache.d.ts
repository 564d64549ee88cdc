import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { TaskResult } from '../../gen/troupe/v1/TaskResult.js';
/** The JetStream KV bucket cached results are kept in, shared by all agents. */
export declare const RESULT_BUCKET = "troupe_agent_results";
/** How a capability's results are cached by idempotency key (`CapabilitySpec.cacheByIdempotencyKey`). */
export interface CachePolicy {
    /** How long a result answers redos of the same idempotency key, in ms. */
    readonly ttlMs: number;
}
/**
 * The result cache of an agent instance (`cacheByIdempotencyKey` capabilities):
 * the first task with an idempotency key runs the handler and stores its result
 * (with the capability's TTL); a redo with the same key (an orchestrator that
 * crashed with the task in flight and redid it, a client retry) gets the stored
 * result without running the handler. Duplicates that arrive at this instance
 * while the first is still running wait for it (and run the handler themselves
 * if it fails). Duplicates at two instances at once both run: there is no
 * cross-instance lock. Keys are
 * SHA-256(agent, capability, idempotency key), so neither agents nor
 * capabilities share results. A result too large for a KV value is not cached
 * (the task still succeeds; logged at warn).
 * @internal
 */
export declare class ResultCache {
    #private;
    private constructor();
    /**
     * Opens the cache: over the `troupe_agent_results` bucket when `nc` is given
     * (its max age grown to the longest TTL asked for, scaled to `replicas`), else in memory.
     */
    static open(nc: NatsConnection | undefined, agent: string, policies: Iterable<CachePolicy>, logger: Logger, { replicas, now }?: {
        replicas?: number;
        now?: () => number;
    }): Promise<ResultCache>;
    /**
     * The result for `idempotencyKey`: stored, or being computed here, or from
     * `execute` (stored before it resolves). `hit` says whether `execute` was skipped.
     */
    run(capability: string, idempotencyKey: string, policy: CachePolicy, execute: () => Promise<TaskResult>): Promise<{
        result: TaskResult;
        hit: boolean;
    }>;
}
