import { TroupeError } from '../../sdk/errors.js';
/** Why a run's trace could not be read from Jaeger; also the `outcome` of the fetch metric. */
export type TraceFailure = 'not_configured' | 'not_traced' | 'not_found' | 'unreachable' | 'timeout' | 'bad_answer';
/**
 * A run's trace is not available from Jaeger, with a message a person can act on. `failure`
 * says which way (and is the metric's outcome); `retryable` is true when asking again later
 * can help (the trace not exported yet, Jaeger down or slow).
 */
export declare class TraceUnavailableError extends TroupeError {
    readonly name = "TraceUnavailableError";
    readonly failure: TraceFailure;
    /** The status `GET /api/runs/{id}/trace` answers. */
    readonly httpStatus: number;
    constructor(failure: TraceFailure, message: string, context?: {
        runId?: string;
        traceId?: string;
    }, cause?: unknown);
    /** True for a TraceUnavailableError, even one from another copy of this module. */
    static is(this: void, err: unknown): err is TraceUnavailableError;
}
