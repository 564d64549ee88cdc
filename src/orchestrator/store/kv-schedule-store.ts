import type { KvEntry } from 'nats';
import { NotFoundError, Status, TroupeError } from '../../sdk/errors.js';
import type { ScheduleRecord } from '../schedules/schedule-record.js';
import { keyToken } from './keys.js';
import { compareAndSet, encodeJson, isWrongLastSequence, lastEntries, type Bucket, watchBucket } from './kv-util.js';

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

function stored(entry: KvEntry | null): StoredSchedule | undefined {
  if (entry?.operation !== 'PUT') return undefined;
  return { record: entry.json<ScheduleRecord>(), revision: entry.revision };
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
export class KvScheduleStore {
  readonly #bucket: Bucket;

  constructor(bucket: Bucket) {
    this.#bucket = bucket;
  }

  /** Stores a new schedule; ALREADY_EXISTS when one of that name exists. */
  async create(record: ScheduleRecord): Promise<number> {
    try {
      return await this.#bucket.kv.create(keyToken(record.name), encodeJson(record));
    } catch (err) {
      if (!isWrongLastSequence(err)) throw err;
      throw new TroupeError(Status.ALREADY_EXISTS, `schedule "${record.name}" exists already; delete it first (troupe schedule delete ${record.name}) or choose another name`, { context: { schedule: record.name } });
    }
  }

  async get(name: string): Promise<StoredSchedule | undefined> {
    return stored(await this.#bucket.kv.get(keyToken(name)));
  }

  /** Like {@link get}, NOT_FOUND when there is none. */
  async require(name: string): Promise<StoredSchedule> {
    const found = await this.get(name);
    if (!found) throw new NotFoundError(`schedule "${name}" not found; see \`troupe schedule list\``, { schedule: name });
    return found;
  }

  /** Writes `record` if the stored revision is still `revision`; StaleWriteError otherwise. Returns the new revision. */
  async update(name: string, revision: number, record: ScheduleRecord): Promise<number> {
    return compareAndSet(this.#bucket, name, revision, () => this.#bucket.kv.update(keyToken(name), encodeJson(record), revision));
  }

  /** Deletes the schedule if the stored revision is still `revision`; StaleWriteError otherwise. */
  async delete(name: string, revision: number): Promise<void> {
    await compareAndSet(this.#bucket, name, revision, () => this.#bucket.kv.delete(keyToken(name), { previousSeq: revision }));
  }

  /**
   * Resolves with the schedule once `settled(record)` holds (or it is deleted), or
   * after `timeoutMs` with what is stored then: follows the key's changes, no polling.
   */
  async waitFor(name: string, settled: (record: ScheduleRecord) => boolean, timeoutMs: number): Promise<StoredSchedule | undefined> {
    const iter = await this.#bucket.kv.watch({ key: keyToken(name) });
    const timer = setTimeout(() => iter.stop(), timeoutMs);
    try {
      for await (const entry of iter) {
        const s = stored(entry);
        if (!s || settled(s.record)) return s;
      }
      return await this.get(name);
    } finally {
      clearTimeout(timer);
      iter.stop();
    }
  }

  /** Every schedule, by name. */
  async list(): Promise<StoredSchedule[]> {
    const entries = await lastEntries(this.#bucket.kv);
    return entries.map((e) => ({ record: e.json<ScheduleRecord>(), revision: e.revision })).sort((a, b) => a.record.name.localeCompare(b.record.name));
  }

  /**
   * Calls `onChange` for every schedule stored now, then for every change, until
   * the returned stop is called. `onReady` runs once the stored ones were delivered;
   * `onEnd` if the watch ends without being stopped (its consumer was lost).
   */
  async watch(onChange: (change: ScheduleChange) => void, onReady?: () => void, onEnd?: (err?: unknown) => void): Promise<() => void> {
    return watchBucket(this.#bucket.kv, (entry) => onChange({ key: entry.key, revision: entry.revision, record: entry.operation === 'PUT' ? entry.json<ScheduleRecord>() : undefined }), onReady, onEnd);
  }
}
