import { TroupeError } from '../../sdk/errors.js';
/**
 * A compare-and-set write lost: the stored revision was not the one the writer
 * expected, because someone else wrote (or deleted) first. This is the fencing
 * signal: an owner that was paused while a survivor adopted its run gets this on
 * its next write and must drop the run. Never retryable as is: re-read first.
 */
export declare class StaleWriteError extends TroupeError {
    readonly name = "StaleWriteError";
    /** The bucket written to, e.g. `troupe_runs`. */
    readonly bucket: string;
    /** The id the caller used (run id, workflow name, …), not the escaped key. */
    readonly id: string;
    /** The revision the writer expected; `null` when it expected no entry. */
    readonly expectedRevision: number | null;
    constructor(bucket: string, id: string, expectedRevision: number | null, cause?: unknown);
    /** True for a StaleWriteError, even one from another copy of this module. */
    static is(this: void, err: unknown): err is StaleWriteError;
}
