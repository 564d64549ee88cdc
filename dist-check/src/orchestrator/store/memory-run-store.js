import { InvalidArgumentError } from '../../sdk/errors.js';
import { StaleWriteError } from './errors.js';
import { byCreatedAt, isFinishedStatus } from './run-record.js';
/** Bucket name reported in this store's errors. */
const NAME = 'memory_runs';
/**
 * An in-memory {@link RunStore} with the same semantics as the KV one: revisions
 * come from one counter shared by all keys (like a stream sequence), every write
 * is a compare-and-set, records are copied in and out. For unit tests only.
 *
 * @example
 * const runs = new MemoryRunStore();
 * const rev = await runs.put(record, null);
 * await expect(runs.put(record, null)).rejects.toSatisfy(StaleWriteError.is);
 */
export class MemoryRunStore {
    #runs = new Map();
    #sequence = 0;
    /** Successful writes (puts) so far, for tests counting writes. */
    writes = 0;
    put(record, expectedRevision) {
        if (record.runId === '')
            return Promise.reject(new InvalidArgumentError('a run id must not be empty'));
        const current = this.#runs.get(record.runId);
        if ((current?.revision ?? null) !== expectedRevision) {
            return Promise.reject(new StaleWriteError(NAME, record.runId, expectedRevision));
        }
        const revision = ++this.#sequence;
        this.#runs.set(record.runId, { record: structuredClone(record), revision });
        this.writes++;
        return Promise.resolve(revision);
    }
    get(runId) {
        const stored = this.#runs.get(runId);
        return Promise.resolve(stored && { record: structuredClone(stored.record), revision: stored.revision });
    }
    list(filter = {}) {
        const out = [];
        for (const stored of this.#runs.values()) {
            if (filter.unfinished && isFinishedStatus(stored.record.status))
                continue;
            out.push({ record: structuredClone(stored.record), revision: stored.revision });
        }
        return Promise.resolve(out.sort(byCreatedAt));
    }
    delete(runId, expectedRevision) {
        const current = this.#runs.get(runId);
        if (expectedRevision !== undefined && current?.revision !== expectedRevision) {
            return Promise.reject(new StaleWriteError(NAME, runId, expectedRevision));
        }
        return Promise.resolve(this.#runs.delete(runId));
    }
}
//# sourceMappingURL=memory-run-store.js.map