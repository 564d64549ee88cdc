import { NotFoundError } from '../../sdk/errors.js';
import { keyToken } from './keys.js';
import { compareAndSet, encodeJson, lastEntries, watchBucket } from './kv-util.js';
function stored(entry) {
    if (entry?.operation !== 'PUT')
        return undefined;
    return { record: entry.json(), revision: entry.revision };
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
export class KvRolloutStore {
    #bucket;
    constructor(bucket) {
        this.#bucket = bucket;
    }
    async get(capability) {
        return stored(await this.#bucket.kv.get(keyToken(capability)));
    }
    /** Like {@link get}, NOT_FOUND when the capability has no rollout. */
    async require(capability) {
        const found = await this.get(capability);
        if (!found)
            throw new NotFoundError(`capability "${capability}" has no rollout; start one with \`troupe rollout set ${capability} --canary VERSION --weight 10\` (see \`troupe rollout list\`)`, { capability });
        return found;
    }
    /**
     * Writes `record` if the stored revision is still `revision` (null: only if there is none);
     * StaleWriteError otherwise. Returns the new revision.
     */
    async put(capability, revision, record) {
        const key = keyToken(capability);
        return compareAndSet(this.#bucket, capability, revision, () => (revision === null ? this.#bucket.kv.create(key, encodeJson(record)) : this.#bucket.kv.update(key, encodeJson(record), revision)));
    }
    /** Every rollout, by capability. */
    async list() {
        const entries = await lastEntries(this.#bucket.kv);
        return entries.map((e) => ({ record: e.json(), revision: e.revision })).sort((a, b) => a.record.capability.localeCompare(b.record.capability));
    }
    /**
     * Calls `onChange` for every rollout stored now, then for every change (`record` undefined:
     * removed), until the returned stop is called. `onReady` runs once the stored ones were
     * delivered; `onEnd` if the watch ends without being stopped (its consumer was lost).
     */
    async watch(onChange, onReady, onEnd) {
        return watchBucket(this.#bucket.kv, (entry) => onChange(entry.operation === 'PUT' ? entry.json() : undefined, entry.key), onReady, onEnd);
    }
}
//# sourceMappingURL=kv-rollout-store.js.map