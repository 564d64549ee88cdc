import { InvalidArgumentError } from '../../sdk/errors.js';
import { StaleWriteError } from './errors.js';
import { finishedRunOf, isFinishedStatus } from './run-record.js';
/**
 * Removes finished runs (completed, failed, cancelled) older than `maxAgeMs` and
 * beyond `maxCount`, oldest first, and nothing else: an unfinished run is never
 * touched, whatever its age. A removed run's payload objects (values stored by
 * reference, see payload-refs.ts) are deleted after it. Each removal is a compare-and-set on the revision
 * just read, so a run written meanwhile is left alone. The engine calls `sweep`
 * periodically; several orchestrators may sweep at once (a run removed by one
 * is skipped by the other).
 *
 * @example
 * const retention = new RunRetention({ runs, maxAgeMs: 86_400_000, onRemoved: (id) => cache.delete(id) });
 * setInterval(() => void retention.sweep(Date.now()), 60_000).unref();
 */
export class RunRetention {
    maxAgeMs;
    maxCount;
    #runs;
    #onRemoved;
    constructor(options) {
        this.#runs = options.runs;
        this.maxAgeMs = options.maxAgeMs ?? 7 * 24 * 3_600_000;
        this.maxCount = options.maxCount ?? 10_000;
        this.#onRemoved = options.onRemoved;
        if (!(this.maxAgeMs >= 0))
            throw new InvalidArgumentError(`RunRetention: maxAgeMs must be >= 0, got ${this.maxAgeMs}`);
        if (!(Number.isInteger(this.maxCount) && this.maxCount >= 0)) {
            throw new InvalidArgumentError(`RunRetention: maxCount must be an integer >= 0, got ${this.maxCount}`);
        }
    }
    /** Removes what is due at `now` (wall-clock ms); resolves with the removed run ids, oldest first. */
    async sweep(now = Date.now()) {
        const finished = (await this.#finished()).sort((a, b) => a.endedAt - b.endedAt || (a.runId < b.runId ? -1 : 1));
        const overCount = Math.max(0, finished.length - this.maxCount);
        const dueAt = (run, i) => i < overCount || now - run.endedAt > this.maxAgeMs;
        const removed = [];
        for (const [i, run] of finished.entries()) {
            if (!dueAt(run, i) || !(await this.#remove(run, (fresh) => dueAt(fresh, i))))
                continue;
            removed.push(run.runId);
            try {
                await this.#onRemoved?.(run.runId);
            }
            catch {
                // the run is gone either way; a leftover lease is harmless
            }
        }
        // Values stored by reference go with their run (a failure here is reported; the
        // payload bucket's max age, when set, removes what is left).
        if (removed.length > 0)
            await this.#runs.deletePayloads?.(removed);
        return removed;
    }
    /**
     * The finished runs. The first sweep of a process reads every record (and gives the
     * runs stored before the store listed finished runs their entry); later ones read only
     * the store's list of finished runs when it has one, however many runs are in flight.
     */
    async #finished() {
        if (this.#sweptAll && this.#runs.finishedRuns)
            return this.#runs.finishedRuns();
        const runs = (await this.#runs.list()).filter((r) => isFinishedStatus(r.record.status)).map(finishedRunOf);
        await this.#runs.indexFinished?.(runs);
        this.#sweptAll = true;
        return runs;
    }
    /**
     * Removes one due run: a compare-and-delete on the revision it finished at. A run written
     * since (e.g. its callback's delivery) is judged again on its fresh record (`stillDue`) and
     * removed at that revision; a record someone else removed loses its leftover entries.
     */
    async #remove(run, stillDue) {
        try {
            return await this.#runs.delete(run.runId, run.revision, run.createdAt);
        }
        catch (err) {
            if (!StaleWriteError.is(err))
                throw err;
        }
        const fresh = await this.#runs.get(run.runId);
        if (!fresh) {
            await this.#runs.delete(run.runId, undefined, run.createdAt);
            return false;
        }
        if (!isFinishedStatus(fresh.record.status) || !stillDue(finishedRunOf(fresh)))
            return false;
        try {
            return await this.#runs.delete(run.runId, fresh.revision, fresh.record.createdAt);
        }
        catch (err) {
            if (StaleWriteError.is(err))
                return false; // written or removed meanwhile: not ours to judge now
            throw err;
        }
    }
    #sweptAll = false;
}
//# sourceMappingURL=retention.js.map