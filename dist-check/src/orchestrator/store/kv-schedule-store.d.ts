import type { ScheduleRecord } from '../schedules/schedule-record.js';
import { type Bucket } from './kv-util.js';
/** A schedule and the revision it was read at (the compare-and-set token). */
export interface StoredSchedule {
    readonly record: ScheduleRecord;
    readonly revision: number;
}
/** A change seen by {@link KvScheduleStore.watch}: a schedule written, or deleted (`record` undefined). */
export interface ScheduleChange {
    readonly key: string;
    readonly revision: number;
    readonly record: ScheduleRecord | undefined;
}
/**
 * Schedules in `troupe_schedules`: one key per name (history 1). Every change is a
 * compare-and-set on the revision read, which is what makes a tick fire once across
 * orchestrators and a delete final (docs/schedules.md).
 *
 * @example
 * const s = await store.get('nightly');
 * await store.update(s.record.name, s.revision, { ...s.record, paused: true });
 */
export declare class KvScheduleStore {
    #private;
    constructor(bucket: Bucket);
    /** Stores a new schedule; ALREADY_EXISTS when one of that name exists. */
    create(record: ScheduleRecord): Promise<number>;
    get(name: string): Promise<StoredSchedule | undefined>;
    /** Like {@link get}, NOT_FOUND when there is none. */
    require(name: string): Promise<StoredSchedule>;
    /** Writes `record` if the stored revision is still `revision`; StaleWriteError otherwise. Returns the new revision. */
    update(name: string, revision: number, record: ScheduleRecord): Promise<number>;
    /** Deletes the schedule if the stored revision is still `revision`; StaleWriteError otherwise. */
    delete(name: string, revision: number): Promise<void>;
    /**
     * Resolves with the schedule once `settled(record)` holds (or it is deleted), or
     * after `timeoutMs` with what is stored then: follows the key's changes, no polling.
     */
    waitFor(name: string, settled: (record: ScheduleRecord) => boolean, timeoutMs: number): Promise<StoredSchedule | undefined>;
    /** Every schedule, by name. */
    list(): Promise<StoredSchedule[]>;
    /**
     * Calls `onChange` for every schedule stored now, then for every change, until
     * the returned stop is called. `onReady` runs once the stored ones were delivered;
     * `onEnd` if the watch ends without being stopped (its consumer was lost).
     */
    watch(onChange: (change: ScheduleChange) => void, onReady?: () => void, onEnd?: (err?: unknown) => void): Promise<() => void>;
}
