import { TroupeError, Status } from '../../sdk/errors.js';
/**
 * The HTTP task API's memory, bounded: at most `maxCount` records, and a finished one
 * is forgotten `ttlMs` after it finished. Map order is insertion order, so eviction
 * looks at the oldest first.
 */
export class TaskResults {
    now;
    entries = new Map();
    maxCount;
    ttlMs;
    constructor(limits = {}, now = Date.now) {
        this.now = now;
        this.maxCount = limits.maxCount ?? 10_000;
        this.ttlMs = limits.ttlMs ?? 3_600_000;
    }
    get size() {
        return this.entries.size;
    }
    /** Keeps a new running task; RESOURCE_EXHAUSTED when every kept record is still running. */
    add(record, owner) {
        this.sweep();
        if (this.entries.size >= this.maxCount) {
            const oldestFinished = [...this.entries].find(([, e]) => e.record.status !== 'running');
            if (!oldestFinished)
                throw new TroupeError(Status.RESOURCE_EXHAUSTED, `${this.maxCount} tasks are running (TROUPE_TASK_RESULTS_MAX); try again later`);
            this.entries.delete(oldestFinished[0]);
        }
        this.entries.set(record.id, { record, owner });
    }
    /** Marks a task finished; its record now expires after the TTL. */
    finish(id, outcome) {
        const entry = this.entries.get(id);
        if (!entry)
            return undefined;
        Object.assign(entry.record, outcome, { finishedAt: new Date(this.now()).toISOString() });
        entry.expiresAt = this.now() + this.ttlMs;
        return entry.record;
    }
    /** The record, when it is still kept and `owner` may read it (`*` reads all). */
    get(id, owner, readsAll) {
        this.sweep();
        const entry = this.entries.get(id);
        return entry && (readsAll || entry.owner === owner) ? entry.record : undefined;
    }
    sweep() {
        const now = this.now();
        for (const [id, entry] of this.entries)
            if (entry.expiresAt !== undefined && entry.expiresAt <= now)
                this.entries.delete(id);
    }
}
//# sourceMappingURL=task-results.js.map