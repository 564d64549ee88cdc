/** One failed attempt of a dead-lettered task. */
export interface DeadLetterAttempt {
    readonly instanceId: string;
    /** gRPC status code of the failure. */
    readonly code: number;
    readonly message: string;
    /** When the attempt failed (ms since the epoch). */
    readonly at: number;
}
/** A task that exhausted its retries, kept for people to inspect (and maybe re-drive). */
export interface DeadLetterRecord {
    readonly taskId: string;
    readonly runId?: string;
    readonly stepId?: string;
    readonly capability: string;
    readonly attempts: readonly DeadLetterAttempt[];
    readonly input: unknown;
    /** When the task was given up (ms since the epoch). */
    readonly failedAt: number;
    /** Why it was given up, for a person, e.g. "3 attempts failed with UNAVAILABLE". */
    readonly reason: string;
}
/** Options of {@link DeadLetterStore.list}. */
export interface DeadLetterListOptions {
    /** Most records returned. @default 100 */
    limit?: number;
    /** Only records of this run. @default all runs */
    runId?: string;
}
/** Where dead letters go. Async so that a durable store (e.g. JetStream KV) fits the same shape. */
export interface DeadLetterStore {
    /** Records a dead letter; a second record for the same task replaces the first. */
    add(record: DeadLetterRecord): Promise<void>;
    /** Records, newest first. */
    list(options?: DeadLetterListOptions): Promise<DeadLetterRecord[]>;
    /** The record of `taskId`, if kept. */
    get(taskId: string): Promise<DeadLetterRecord | undefined>;
    /** Forgets the record of `taskId` (replayed or discarded); true when one was kept. */
    remove(taskId: string): Promise<boolean>;
}
/** Options of {@link InMemoryDeadLetterStore}. */
export interface InMemoryDeadLetterStoreOptions {
    /** Most records kept; the oldest are dropped first. @default 1000 */
    maxRecords?: number;
}
/**
 * A bounded in-memory {@link DeadLetterStore}: lost on restart, oldest dropped
 * first. "Newest" means most recently added.
 *
 * @example
 * const store = new InMemoryDeadLetterStore({ maxRecords: 500 });
 * await store.add({ taskId, capability, attempts, input, failedAt: Date.now(), reason: 'retries exhausted' });
 * const recent = await store.list({ limit: 20 });
 */
export declare class InMemoryDeadLetterStore implements DeadLetterStore {
    readonly maxRecords: number;
    private readonly records;
    constructor(options?: InMemoryDeadLetterStoreOptions);
    /** Records kept. */
    get size(): number;
    add(record: DeadLetterRecord): Promise<void>;
    list(options?: DeadLetterListOptions): Promise<DeadLetterRecord[]>;
    get(taskId: string): Promise<DeadLetterRecord | undefined>;
    remove(taskId: string): Promise<boolean>;
}
