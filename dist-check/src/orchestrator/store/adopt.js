import { StaleWriteError } from './errors.js';
import { isFinishedStatus } from './run-record.js';
/**
 * Takes a stored run over from `from` (an instance whose lease is dead, with the
 * epoch its lease had; the record must name that owner with at most that epoch):
 * writes the record back with `to`'s owner and epoch (compare-and-set on the
 * revision just read), re-reading when the old owner wrote in between. Of racing
 * survivors exactly one wins; from its write on, any write of the old owner (with
 * its older revision) fails with `StaleWriteError`: that is the fencing. Track the
 * returned revision in the `CoalescingWriter` before scheduling writes.
 *
 * @example
 * const result = await adoptRun(runs, runId, { owner: dead.owner, epoch: dead.epoch }, { owner: me, epoch: lease.epoch });
 * if (result.outcome === 'adopted') { writer.track(runId, result.run.revision); engine.resume(result.run.record); }
 */
export async function adoptRun(runs, runId, from, to, options = {}) {
    const now = options.now ?? Date.now;
    const attempts = options.attempts ?? 5;
    let lastError;
    for (let i = 0; i < attempts; i++) {
        const stored = await runs.get(runId);
        if (stored === undefined)
            return { outcome: 'missing' };
        if (isFinishedStatus(stored.record.status))
            return { outcome: 'finished', run: stored };
        // Our own earlier write landed (its reply was lost in an election, or a resent copy lost
        // the compare-and-set to it): the record names us with our epoch, so the run is ours.
        if (namesOwner(stored, to))
            return { outcome: 'adopted', run: stored };
        if (stored.record.owner !== from.owner || stored.record.epoch > from.epoch)
            return { outcome: 'superseded', run: stored };
        const record = { ...stored.record, owner: to.owner, epoch: to.epoch, updatedAt: now() };
        try {
            const revision = await runs.put(record, stored.revision);
            return { outcome: 'adopted', run: { record, revision } };
        }
        catch (err) {
            if (!StaleWriteError.is(err)) {
                // An unknown outcome (a timeout): the write may have landed. If it did, the run is
                // ours; dropping it here would leave it driven by nobody once the old owner is back.
                const after = await runs.get(runId).catch(() => undefined);
                if (after && namesOwner(after, to))
                    return { outcome: 'adopted', run: after };
                throw err;
            }
            lastError = err;
        }
    }
    throw lastError;
}
/** Whether a stored run names `owner` with exactly its epoch. */
function namesOwner(stored, owner) {
    return stored.record.owner === owner.owner && stored.record.epoch === owner.epoch;
}
//# sourceMappingURL=adopt.js.map