import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { statusName, toGrpcStatus } from '../errors.js';
import { ATTR } from './attributes.js';
import { isErrorStatus } from './rpc-spans.js';
import { getTracer } from './tracer.js';
const ended = new WeakSet();
/**
 * Ends `span` unless this function already ended it; returns whether it did.
 * Streaming code calls it from every exit path (completion, error, cancel) so
 * the span ends exactly once whichever comes first.
 */
export function endSpanOnce(span, endTime) {
    if (ended.has(span))
        return false;
    ended.add(span);
    span.end(endTime);
    return true;
}
/**
 * Records a failure on `span`: always an `exception` event; status ERROR with
 * `error.type` only when the error is unexpected for this kind of span (see
 * `isErrorStatus`), otherwise `troupe.error.code` names the expected code.
 * Errors are mapped to a gRPC code by `toGrpcStatus` (TroupeError → its code,
 * abort → CANCELLED, anything unknown → UNKNOWN).
 */
export function recordFailure(span, kind, err) {
    const { code } = toGrpcStatus(err);
    if (err instanceof Error) {
        // Pass name, not the error itself: the SDK would report a numeric `code` as exception.type.
        span.recordException({ name: err.name, message: err.message, stack: err.stack });
    }
    else {
        span.recordException(String(err));
    }
    if (isErrorStatus(kind, code)) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
        span.setAttribute(ATTR.ERROR_TYPE, statusName(code));
    }
    else {
        span.setAttribute(ATTR.ERROR_CODE, statusName(code));
    }
}
/**
 * Runs `fn` inside a new span and returns its result. The span is a child of
 * `options.parent` (or the active context), `fn` runs with it active and also
 * receives the context explicitly, failures are recorded with
 * {@link recordFailure} and rethrown, and the span ends exactly once in `finally`.
 *
 * @example
 * const audio = await instrument(SPAN.TTS_SYNTHESIZE, { attributes: { [ATTR.TASK_ID]: id }, parent: ctx },
 *   (span) => synthesize(text));
 */
export async function instrument(name, options, fn) {
    const kind = options.kind ?? SpanKind.INTERNAL;
    const parent = options.parent ?? context.active();
    const span = getTracer().startSpan(name, { kind, attributes: options.attributes }, parent);
    const ctx = trace.setSpan(parent, span);
    try {
        return await context.with(ctx, () => fn(span, ctx));
    }
    catch (err) {
        recordFailure(span, kind, err);
        throw err;
    }
    finally {
        endSpanOnce(span);
    }
}
//# sourceMappingURL=instrument.js.map