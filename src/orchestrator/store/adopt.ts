import { StaleWriteError } from './errors.js';
import type { Lease } from './leases.js';
import { isFinishedStatus, type RunStore, type StoredRun } from './run-record.js';

/** Outcome of {@link adoptRun}. */
export type AdoptOutcome =
  /** The record now names the lease's owner and epoch; continue from `run` (its revision included). */
  | { readonly outcome: 'adopted'; readonly run: StoredRun }
  /** The run already finished: nothing to run, nothing written. */
  | { readonly outcome: 'finished'; readonly run: StoredRun }
  /** A record with an equal or higher epoch exists: someone newer owns the run. */
  | { readonly outcome: 'superseded'; readonly run: StoredRun }
  /** No record (removed, or never written). */
  | { readonly outcome: 'missing' };

/** Options of {@link adoptRun}. */
export interface AdoptOptions {
  /** Wall clock for `updatedAt`. @default Date.now */
  readonly now?: () => number;
  /** Compare-and-set attempts before giving up (each lost one means the old owner wrote meanwhile). @default 5 */
  readonly attempts?: number;
}

/**
 * Takes a stored run over after its lease was acquired: writes the record back
 * with the lease's `owner` and `epoch` (compare-and-set on the revision just
 * read), re-reading when the old owner wrote in between. From this write on,
 * any write of the old owner (with its older revision) fails with
 * `StaleWriteError`: that is the fencing. Track the returned revision in the
 * `CoalescingWriter` before scheduling writes.
 *
 * @example
 * const lease = await leases.acquire(runId);
 * const result = lease && (await adoptRun(runs, lease));
 * if (result?.outcome === 'adopted') { writer.track(runId, result.run.revision); engine.resume(result.run.record); }
 */
export async function adoptRun(runs: RunStore, lease: Lease, options: AdoptOptions = {}): Promise<AdoptOutcome> {
  const now = options.now ?? Date.now;
  const attempts = options.attempts ?? 5;
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    const stored = await runs.get(lease.runId);
    if (stored === undefined) return { outcome: 'missing' };
    if (isFinishedStatus(stored.record.status)) return { outcome: 'finished', run: stored };
    if (stored.record.epoch >= lease.epoch) return { outcome: 'superseded', run: stored };
    const record = { ...stored.record, owner: lease.owner, epoch: lease.epoch, updatedAt: now() };
    try {
      const revision = await runs.put(record, stored.revision);
      return { outcome: 'adopted', run: { record, revision } };
    } catch (err) {
      if (!StaleWriteError.is(err)) throw err;
      lastError = err;
    }
  }
  throw lastError;
}
