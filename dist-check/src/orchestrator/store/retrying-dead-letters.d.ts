import type { DeadLetterListOptions, DeadLetterRecord, DeadLetterStore } from '../scheduler/dead-letters.js';
/** Options of {@link RetryingDeadLetterStore}. */
export interface RetryingDeadLetterStoreOptions {
    /** Dead letters waiting for a retry at most; beyond it `add` rejects (the caller logs it loudly). @default 10000 */
    readonly maxPending?: number;
    /** First retry delay; doubles up to `maxRetryMs`. @default 200 */
    readonly retryMs?: number;
    /** Longest delay between two retries. @default 5000 */
    readonly maxRetryMs?: number;
    /** A write failed and the record was queued for a retry (log it). */
    readonly onRetry?: (err: unknown, pending: number) => void;
    /** The queue was full: the record is lost (log it loudly; counted in `dropped`). */
    readonly onDropped?: (record: DeadLetterRecord) => void;
}
/**
 * A {@link DeadLetterStore} that does not lose dead letters when the store is
 * briefly unreachable: a failed `add` queues the record (bounded) and retries it
 * in the background, oldest first, with a doubling delay, until it is written.
 * `add` resolves once the record is written or queued; it rejects only when the
 * queue is full (counted in `dropped`). Reads go straight to the store.
 *
 * @example
 * const deadLetters = new RetryingDeadLetterStore(stores.deadLetters, { onDropped: (r) => logger.error({ task_id: r.taskId }, 'dead letter lost') });
 */
export declare class RetryingDeadLetterStore implements DeadLetterStore {
    #private;
    /** Records lost because the retry queue was full. */
    dropped: number;
    constructor(store: DeadLetterStore, options?: RetryingDeadLetterStoreOptions);
    /** Records waiting for a retry. */
    get pending(): number;
    add(record: DeadLetterRecord): Promise<void>;
    list(options?: DeadLetterListOptions): Promise<DeadLetterRecord[]>;
    get(taskId: string): Promise<DeadLetterRecord | undefined>;
    /** Forgets the record, whether it waits for a retry or is stored. */
    remove(taskId: string): Promise<boolean>;
    /** Stops retrying (records still pending are lost; call at shutdown after a last `drain()`). */
    close(): void;
    /** Tries every pending record once now; resolves with how many are still pending. */
    drain(): Promise<number>;
}
