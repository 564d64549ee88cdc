import { type RunStore, type StoredRun } from './run-record.js';
/** Outcome of {@link adoptRun}. */
export type AdoptOutcome = 
/** The record now names the new owner and epoch; continue from `run` (its revision included). */
{
    readonly outcome: 'adopted';
    readonly run: StoredRun;
}
/** The run already finished: nothing to run, nothing written. */
 | {
    readonly outcome: 'finished';
    readonly run: StoredRun;
}
/** The record is no longer the dead owner's (another survivor won it, or its owner re-took it with a newer epoch). */
 | {
    readonly outcome: 'superseded';
    readonly run: StoredRun;
}
/** No record (removed, or never written). */
 | {
    readonly outcome: 'missing';
};
/** An owner of runs: an orchestrator instance and the epoch of its instance lease. */
export interface RunOwner {
    readonly owner: string;
    readonly epoch: number;
}
/** Options of {@link adoptRun}. */
export interface AdoptOptions {
    /** Wall clock for `updatedAt`. @default Date.now */
    readonly now?: () => number;
    /** Compare-and-set attempts before giving up (each lost one means the old owner wrote meanwhile). @default 5 */
    readonly attempts?: number;
}
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
export declare function adoptRun(runs: RunStore, runId: string, from: RunOwner, to: RunOwner, options?: AdoptOptions): Promise<AdoptOutcome>;
