import { Status, TroupeError } from '../../sdk/errors.js';
/**
 * A compare-and-set write lost: the stored revision was not the one the writer
 * expected, because someone else wrote (or deleted) first. This is the fencing
 * signal: an owner that was paused while a survivor adopted its run gets this on
 * its next write and must drop the run. Never retryable as is: re-read first.
 */
export class StaleWriteError extends TroupeError {
    name = 'StaleWriteError';
    /** The bucket written to, e.g. `troupe_runs`. */
    bucket;
    /** The id the caller used (run id, workflow name, …), not the escaped key. */
    id;
    /** The revision the writer expected; `null` when it expected no entry. */
    expectedRevision;
    constructor(bucket, id, expectedRevision, cause) {
        const expected = expectedRevision === null ? 'no entry' : `revision ${expectedRevision}`;
        super(Status.FAILED_PRECONDITION, `stale write to ${bucket}/${id}: expected ${expected}, someone else wrote first`, {
            cause,
            context: { bucket, id, expectedRevision: expectedRevision ?? undefined },
            retryable: false,
        });
        this.bucket = bucket;
        this.id = id;
        this.expectedRevision = expectedRevision;
    }
    /** True for a StaleWriteError, even one from another copy of this module. */
    static is(err) {
        return TroupeError.is(err) && err.name === 'StaleWriteError';
    }
}
//# sourceMappingURL=errors.js.map