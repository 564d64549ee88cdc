import { keyToken } from './keys.js';
import { encodeJson, lastEntries, liveJson, purgeKey } from './kv-util.js';
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
export class KvDeadLetterStore {
    #bucket;
    constructor(bucket) {
        this.#bucket = bucket;
    }
    async add(record) {
        const key = deadLetterKey(record.runId, record.taskId);
        await this.#bucket.kv.put(key, encodeJson(record));
        // The same task filed under another run earlier: remove that copy (rare).
        for (const other of await this.#keysOf(record.taskId)) {
            if (other !== key)
                await purgeKey(this.#bucket, other);
        }
    }
    async list(options = {}) {
        const limit = Math.max(0, Math.floor(options.limit ?? 100));
        if (limit === 0)
            return [];
        const filter = options.runId === undefined ? '>' : `${runToken(options.runId)}.*`;
        const heads = await lastEntries(this.#bucket.kv, { key: filter, headersOnly: true });
        const newest = heads.sort((a, b) => b.revision - a.revision).slice(0, limit);
        const records = await Promise.all(newest.map(async (h) => liveJson(await this.#bucket.kv.get(h.key))));
        // A record dropped (bounded bucket) between the two reads is left out.
        return records.filter((r) => r !== undefined);
    }
    async get(taskId) {
        const [key] = await this.#keysOf(taskId);
        return key === undefined ? undefined : liveJson(await this.#bucket.kv.get(key));
    }
    async remove(taskId) {
        const keys = await this.#keysOf(taskId);
        for (const key of keys)
            await purgeKey(this.#bucket, key);
        return keys.length > 0;
    }
    async #keysOf(taskId) {
        const keys = [];
        for await (const key of await this.#bucket.kv.keys(`*.${keyToken(taskId)}`))
            keys.push(key);
        return keys;
    }
}
/** `=` stands for "no run": a plain token never contains `=`, and an escaped one is longer. */
function runToken(runId) {
    return runId === undefined || runId === '' ? '=' : keyToken(runId);
}
function deadLetterKey(runId, taskId) {
    return `${runToken(runId)}.${keyToken(taskId)}`;
}
//# sourceMappingURL=kv-dead-letter-store.js.map