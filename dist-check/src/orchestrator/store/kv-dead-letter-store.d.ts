import type { DeadLetterListOptions, DeadLetterRecord, DeadLetterStore } from '../scheduler/dead-letters.js';
import { type Bucket } from './kv-util.js';
/**
 * {@link DeadLetterStore} in `troupe_dead_letters`. Key: `<run>.<task>` (escaped
 * tokens; `=` for a record without run), so `list({ runId })` and `get(taskId)`
 * are server-side key filters. Newest first means highest revision: revisions
 * are the stream's sequence, assigned by the server, so the order is the same
 * for every orchestrator and immune to clock skew; re-adding a task rewrites its
 * key and makes it the newest.
 *
 * Bounded by the server, not by this class: the bucket keeps one value per key
 * (`history: 1`), at most `max_msgs` records and `max_bytes` bytes, and drops the
 * oldest first (`discard: old`); see `openBuckets`.
 *
 * @example
 * const deadLetters = new KvDeadLetterStore(buckets.deadLetters);
 * await deadLetters.add(record);
 * const recent = await deadLetters.list({ limit: 20 });
 */
export declare class KvDeadLetterStore implements DeadLetterStore {
    #private;
    constructor(bucket: Bucket);
    add(record: DeadLetterRecord): Promise<void>;
    list(options?: DeadLetterListOptions): Promise<DeadLetterRecord[]>;
    get(taskId: string): Promise<DeadLetterRecord | undefined>;
    remove(taskId: string): Promise<boolean>;
}
