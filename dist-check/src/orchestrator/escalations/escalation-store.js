import { NotFoundError } from '../../sdk/errors.js';
import { StaleWriteError } from '../store/errors.js';
import { keyToken } from '../store/keys.js';
import { compareAndSet, encodeJson, isWrongLastSequence, lastEntries } from '../store/kv-util.js';
const newestFirst = (a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);
/** Escalations in `troupe_escalations`, one key per id; every change a compare-and-set. */
export class KvEscalationStore {
    #bucket;
    constructor(bucket) {
        this.#bucket = bucket;
    }
    async create(record) {
        try {
            await this.#bucket.kv.create(keyToken(record.id), encodeJson(record));
            return true;
        }
        catch (err) {
            if (isWrongLastSequence(err))
                return false;
            throw err;
        }
    }
    async get(id) {
        const entry = await this.#bucket.kv.get(keyToken(id));
        return entry?.operation === 'PUT' ? { record: entry.json(), revision: entry.revision } : undefined;
    }
    update(record, revision) {
        return compareAndSet(this.#bucket, record.id, revision, () => this.#bucket.kv.update(keyToken(record.id), encodeJson(record), revision));
    }
    async list() {
        return (await lastEntries(this.#bucket.kv)).map((e) => e.json()).sort(newestFirst);
    }
}
/** Escalations in memory (an orchestrator without durable state); same semantics. */
export class MemoryEscalationStore {
    #records = new Map();
    #sequence = 0;
    create(record) {
        if (this.#records.has(record.id))
            return Promise.resolve(false);
        this.#records.set(record.id, { record, revision: ++this.#sequence });
        return Promise.resolve(true);
    }
    get(id) {
        return Promise.resolve(this.#records.get(id));
    }
    update(record, revision) {
        if (this.#records.get(record.id)?.revision !== revision)
            return Promise.reject(new StaleWriteError('memory_escalations', record.id, revision));
        const next = ++this.#sequence;
        this.#records.set(record.id, { record, revision: next });
        return Promise.resolve(next);
    }
    list() {
        return Promise.resolve([...this.#records.values()].map((s) => s.record).sort(newestFirst));
    }
}
/** NOT_FOUND for an unknown escalation id, in words a person can act on. */
export function unknownEscalation(id) {
    return new NotFoundError(`no escalation "${id}"; see \`troupe alerts list\``, { escalation: id });
}
//# sourceMappingURL=escalation-store.js.map