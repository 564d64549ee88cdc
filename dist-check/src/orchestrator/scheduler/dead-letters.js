/**
 * A bounded in-memory {@link DeadLetterStore}: lost on restart, oldest dropped
 * first. "Newest" means most recently added.
 *
 * @example
 * const store = new InMemoryDeadLetterStore({ maxRecords: 500 });
 * await store.add({ taskId, capability, attempts, input, failedAt: Date.now(), reason: 'retries exhausted' });
 * const recent = await store.list({ limit: 20 });
 */
export class InMemoryDeadLetterStore {
    maxRecords;
    // Map iteration order is insertion order: oldest first.
    records = new Map();
    constructor(options = {}) {
        this.maxRecords = Math.max(1, Math.floor(options.maxRecords ?? 1000));
    }
    /** Records kept. */
    get size() {
        return this.records.size;
    }
    add(record) {
        this.records.delete(record.taskId); // re-adding makes it the newest
        this.records.set(record.taskId, copy(record));
        for (const key of this.records.keys()) {
            if (this.records.size <= this.maxRecords)
                break;
            this.records.delete(key);
        }
        return Promise.resolve();
    }
    list(options = {}) {
        const limit = Math.max(0, Math.floor(options.limit ?? 100));
        const all = [...this.records.values()];
        const out = [];
        for (let i = all.length - 1; i >= 0 && out.length < limit; i--) {
            const r = all[i];
            if (options.runId === undefined || r.runId === options.runId)
                out.push(copy(r));
        }
        return Promise.resolve(out);
    }
    get(taskId) {
        const r = this.records.get(taskId);
        return Promise.resolve(r && copy(r));
    }
    remove(taskId) {
        return Promise.resolve(this.records.delete(taskId));
    }
}
/** Copies the record and its attempts so callers cannot change what is stored; `input` is shared. */
function copy(r) {
    return { ...r, attempts: r.attempts.map((a) => ({ ...a })) };
}
//# sourceMappingURL=dead-letters.js.map