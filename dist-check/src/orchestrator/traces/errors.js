import { Status, TroupeError } from '../../sdk/errors.js';
const CODE = {
    not_configured: Status.FAILED_PRECONDITION,
    not_traced: Status.NOT_FOUND,
    not_found: Status.NOT_FOUND,
    unreachable: Status.UNAVAILABLE,
    timeout: Status.DEADLINE_EXCEEDED,
    bad_answer: Status.UNAVAILABLE,
};
/** The HTTP status of each failure: Jaeger's faults are a gateway's (502, 504), not the orchestrator's. */
const HTTP = {
    not_configured: 409,
    not_traced: 404,
    not_found: 404,
    unreachable: 502,
    timeout: 504,
    bad_answer: 502,
};
/**
 * A run's trace is not available from Jaeger, with a message a person can act on. `failure`
 * says which way (and is the metric's outcome); `retryable` is true when asking again later
 * can help (the trace not exported yet, Jaeger down or slow).
 */
export class TraceUnavailableError extends TroupeError {
    name = 'TraceUnavailableError';
    failure;
    /** The status `GET /api/runs/{id}/trace` answers. */
    httpStatus;
    constructor(failure, message, context = {}, cause) {
        super(CODE[failure], message, { cause, context, retryable: failure === 'not_found' || failure === 'unreachable' || failure === 'timeout' });
        this.failure = failure;
        this.httpStatus = HTTP[failure];
    }
    /** True for a TraceUnavailableError, even one from another copy of this module. */
    static is(err) {
        return TroupeError.is(err) && err.name === 'TraceUnavailableError';
    }
}
//# sourceMappingURL=errors.js.map