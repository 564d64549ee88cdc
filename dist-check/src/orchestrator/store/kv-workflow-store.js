import { keyToken } from './keys.js';
import { encodeJson, isWrongLastSequence, lastEntries, liveJson, watchBucket } from './kv-util.js';
/**
 * {@link WorkflowStore} in `troupe_workflows`: one key per workflow name, the
 * latest version as value. `put` reads the latest version and writes version + 1
 * with compare-and-set, so two orchestrators registering the same name at once
 * get two distinct versions. Older versions stay readable (`versions()`) as far
 * as the bucket's `history` reaches (5 by default).
 *
 * @example
 * const workflows = new KvWorkflowStore(buckets.workflows);
 * const { version } = await workflows.put('podcast', definition); // 1, then 2, …
 */
export class KvWorkflowStore {
    #bucket;
    #now;
    #attempts;
    constructor(bucket, options = {}) {
        this.#bucket = bucket;
        this.#now = options.now ?? Date.now;
        this.#attempts = options.attempts ?? 10;
    }
    async put(name, source) {
        const key = keyToken(name);
        let lastError;
        for (let attempt = 0; attempt < this.#attempts; attempt++) {
            const entry = await this.#bucket.kv.get(key);
            const latest = liveJson(entry);
            const stored = { name, version: (latest?.version ?? 0) + 1, registeredAt: this.#now(), source };
            try {
                if (latest === undefined || entry === null)
                    await this.#bucket.kv.create(key, encodeJson(stored));
                else
                    await this.#bucket.kv.update(key, encodeJson(stored), entry.revision);
                return stored;
            }
            catch (err) {
                if (!isWrongLastSequence(err))
                    throw err;
                lastError = err; // someone registered a version meanwhile: read again
            }
        }
        throw new Error(`workflow "${name}": ${this.#attempts} concurrent registrations in a row, giving up`, { cause: lastError });
    }
    async get(name) {
        return liveJson(await this.#bucket.kv.get(keyToken(name)));
    }
    async list() {
        const all = (await lastEntries(this.#bucket.kv)).map((e) => e.json());
        return all.sort((a, b) => a.name.localeCompare(b.name));
    }
    /**
     * Calls `onChange` for every workflow stored now, then for every registration, until
     * the returned stop is called (`stored` undefined: the key was deleted or purged).
     * `onReady` runs once the stored ones were delivered; `onEnd` if the watch ends
     * without being stopped (its consumer was lost).
     */
    async watch(onChange, onReady, onEnd) {
        return watchBucket(this.#bucket.kv, (entry) => onChange(entry.key, entry.operation === 'PUT' ? entry.json() : undefined), onReady, onEnd);
    }
    /** The versions of `name` still kept (bucket `history`), newest first. */
    async versions(name) {
        const out = [];
        for await (const entry of await this.#bucket.kv.history({ key: keyToken(name) })) {
            if (entry.operation === 'PUT')
                out.push(entry.json());
        }
        return out.sort((a, b) => b.version - a.version);
    }
}
//# sourceMappingURL=kv-workflow-store.js.map