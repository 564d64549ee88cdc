import { type Bucket } from './kv-util.js';
/** What `troupe_idempotency` holds under a StartRun idempotency key. */
export interface IdempotencyClaim {
    readonly runId: string;
    /** Wall-clock ms since the epoch. */
    readonly claimedAt: number;
}
/** Options of {@link IdempotencyStore}. */
export interface IdempotencyStoreOptions {
    /** Wall clock, for `claimedAt`. @default Date.now */
    readonly now?: () => number;
}
/**
 * StartRun idempotency keys → the run they started, in `troupe_idempotency`
 * (entries expire with the bucket's TTL, 24 h by default). `claim` is
 * create-or-get: of several orchestrators racing on one key exactly one
 * create succeeds, and every caller gets that winner's run id.
 *
 * @example
 * const winner = await idempotency.claim(request.idempotencyKey, newRunId);
 * if (winner !== newRunId) return { runId: winner }; // a duplicate StartRun
 */
export declare class IdempotencyStore {
    #private;
    constructor(bucket: Bucket, options?: IdempotencyStoreOptions);
    /** Binds `key` to `runId` unless it is bound already; resolves with the run id it is bound to. */
    claim(key: string, runId: string): Promise<string>;
    /** The run id `key` is bound to, if any. */
    get(key: string): Promise<string | undefined>;
    /** Unbinds `key`, e.g. when the run it was claimed for could not be started. */
    forget(key: string): Promise<void>;
}
