import { NotFoundError, Status, TroupeError } from '../../sdk/errors.js';
import { keyToken } from './keys.js';
import { compareAndSet, encodeJson, isWrongLastSequence, lastEntries, watchBucket } from './kv-util.js';
function stored(entry) {
    if (entry?.operation !== 'PUT')
        return undefined;
    return { record: entry.json(), revision: entry.revision };
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
    #bucket;
    constructor(bucket) {
        this.#bucket = bucket;
    }
    /** Stores a new schedule; ALREADY_EXISTS when one of that name exists. */
    async create(record) {
        try {
            return await this.#bucket.kv.create(keyToken(record.name), encodeJson(record));
        }
        catch (err) {
            if (!isWrongLastSequence(err))
                throw err;
            throw new TroupeError(Status.ALREADY_EXISTS, `schedule "${record.name}" exists already; delete it first (troupe schedule delete ${record.name}) or choose another name`, { context: { schedule: record.name } });
        }
    }
    async get(name) {
        return stored(await this.#bucket.kv.get(keyToken(name)));
    }
    /** Like {@link get}, NOT_FOUND when there is none. */
    async require(name) {
        const found = await this.get(name);
        if (!found)
            throw new NotFoundError(`schedule "${name}" not found; see \`troupe schedule list\``, { schedule: name });
        return found;
    }
    /** Writes `record` if the stored revision is still `revision`; StaleWriteError otherwise. Returns the new revision. */
    async update(name, revision, record) {
        return compareAndSet(this.#bucket, name, revision, () => this.#bucket.kv.update(keyToken(name), encodeJson(record), revision));
    }
    /** Deletes the schedule if the stored revision is still `revision`; StaleWriteError otherwise. */
    async delete(name, revision) {
        await compareAndSet(this.#bucket, name, revision, () => this.#bucket.kv.delete(keyToken(name), { previousSeq: revision }));
    }
    /**
     * Resolves with the schedule once `settled(record)` holds (or it is deleted), or
     * after `timeoutMs` with what is stored then: follows the key's changes, no polling.
     */
    async waitFor(name, settled, timeoutMs) {
        const iter = await this.#bucket.kv.watch({ key: keyToken(name) });
        const timer = setTimeout(() => iter.stop(), timeoutMs);
        try {
            for await (const entry of iter) {
                const s = stored(entry);
                if (!s || settled(s.record))
                    return s;
            }
            return await this.get(name);
        }
        finally {
            clearTimeout(timer);
            iter.stop();
        }
    }
    /** Every schedule, by name. */
    async list() {
        const entries = await lastEntries(this.#bucket.kv);
        return entries.map((e) => ({ record: e.json(), revision: e.revision })).sort((a, b) => a.record.name.localeCompare(b.record.name));
    }
    /**
     * Calls `onChange` for every schedule stored now, then for every change, until
     * the returned stop is called. `onReady` runs once the stored ones were delivered;
     * `onEnd` if the watch ends without being stopped (its consumer was lost).
     */
    async watch(onChange, onReady, onEnd) {
        return watchBucket(this.#bucket.kv, (entry) => onChange({ key: entry.key, revision: entry.revision, record: entry.operation === 'PUT' ? entry.json() : undefined }), onReady, onEnd);
    }
}
//# sourceMappingURL=kv-schedule-store.js.map