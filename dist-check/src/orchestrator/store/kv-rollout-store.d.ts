import type { RolloutRecord } from '../rollouts/rollout-record.js';
import { type Bucket } from './kv-util.js';
/** A rollout and the revision it was read at (the compare-and-set token). */
export interface StoredRollout {
    readonly record: RolloutRecord;
    readonly revision: number;
}
/**
 * Rollouts in `troupe_rollouts`: one key per capability (history 1). Every change is a
 * compare-and-set on the revision read, so an operator's change and an automatic rollback
 * decided by another orchestrator never overwrite each other (docs/rollouts.md).
 *
 * @example
 * const r = await store.get('tts.synthesize');
 * await store.put('tts.synthesize', r?.revision ?? null, next);
 */
export declare class KvRolloutStore {
    #private;
    constructor(bucket: Bucket);
    get(capability: string): Promise<StoredRollout | undefined>;
    /** Like {@link get}, NOT_FOUND when the capability has no rollout. */
    require(capability: string): Promise<StoredRollout>;
    /**
     * Writes `record` if the stored revision is still `revision` (null: only if there is none);
     * StaleWriteError otherwise. Returns the new revision.
     */
    put(capability: string, revision: number | null, record: RolloutRecord): Promise<number>;
    /** Every rollout, by capability. */
    list(): Promise<StoredRollout[]>;
    /**
     * Calls `onChange` for every rollout stored now, then for every change (`record` undefined:
     * removed), until the returned stop is called. `onReady` runs once the stored ones were
     * delivered; `onEnd` if the watch ends without being stopped (its consumer was lost).
     */
    watch(onChange: (record: RolloutRecord | undefined, key: string) => void, onReady?: () => void, onEnd?: (err?: unknown) => void): Promise<() => void>;
}
