import { Status, TroupeError } from '../../sdk/errors.js';

/** Why a run's trace could not be read from Jaeger; also the `outcome` of the fetch metric. */
export type TraceFailure = 'not_configured' | 'not_traced' | 'not_found' | 'unreachable' | 'timeout' | 'bad_answer';

const CODE: Record<TraceFailure, Status> = {
  not_configured: Status.FAILED_PRECONDITION,
  not_traced: Status.NOT_FOUND,
  not_found: Status.NOT_FOUND,
  unreachable: Status.UNAVAILABLE,
  timeout: Status.DEADLINE_EXCEEDED,
  bad_answer: Status.UNAVAILABLE,
};

/** The HTTP status of each failure: Jaeger's faults are a gateway's (502, 504), not the orchestrator's. */
const HTTP: Record<TraceFailure, number> = {
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
  override readonly name = 'TraceUnavailableError';
  readonly failure: TraceFailure;
  /** The status `GET /api/runs/{id}/trace` answers. */
  readonly httpStatus: number;

  constructor(failure: TraceFailure, message: string, context: { runId?: string; traceId?: string } = {}, cause?: unknown) {
    super(CODE[failure], message, { cause, context, retryable: failure === 'not_found' || failure === 'unreachable' || failure === 'timeout' });
    this.failure = failure;
    this.httpStatus = HTTP[failure];
  }

  /** True for a TraceUnavailableError, even one from another copy of this module. */
  static override is(this: void, err: unknown): err is TraceUnavailableError {
    return TroupeError.is(err) && err.name === 'TraceUnavailableError';
  }
}
