import { context, SpanKind } from '@opentelemetry/api';
import { Status, statusName, toGrpcStatus } from '../errors.js';
import { ANONYMOUS } from '../security/scopes.js';
import { ATTR, grpcSpanAttributes, instruments, seconds, setGrpcStatus, startServerSpan, withTraceIds } from '../telemetry/index.js';
/**
 * @internal A call that brings its caller's trace context itself, under this key, instead of in
 * metadata: a task on an AgentService.Channel stream (its message carries the traceparent).
 */
export const CALLER_CONTEXT = Symbol.for('troupe.callerContext');
/**
 * Wraps a unary implementation: a SERVER span (parent from the caller's
 * `traceparent`) active while it runs, its error mapped once with `toGrpcStatus`,
 * the span ended exactly once with `rpc.grpc.status_code`, the duration counted,
 * and unexpected errors logged with their stack (the caller sees a generic message).
 */
export function serveUnary(fullPath, options, impl) {
    return (call, callback) => {
        const { span, ctx } = startServerSpan(call.metadata, fullPath, options.attributes, call[CALLER_CONTEXT]);
        const started = performance.now();
        context.with(ctx, () => guarded(fullPath, options.guard, call, { span, traceContext: ctx }, impl)).then((response) => {
            finishSpan(span, Status.OK, undefined, fullPath, started);
            callback(null, response);
        }, (err) => {
            const status = toGrpcStatus(err);
            logFailure(options.logger, ctx, fullPath, status, err);
            finishSpan(span, status.code, status.details, fullPath, started, err);
            callback({ code: status.code, details: status.details });
        });
    };
}
/**
 * Wraps a server-streaming implementation: like {@link serveUnary}; the
 * implementation writes messages (waiting for 'drain' when `write` returns false)
 * and returns when done. The stream is ended with OK, with the error's status, or
 * recorded as CANCELLED when the client went away — the span ends exactly once.
 */
export function serveServerStream(fullPath, options, impl) {
    return (call) => {
        const { span, ctx } = startServerSpan(call.metadata, fullPath, options.attributes);
        const started = performance.now();
        const admitted = async () => {
            const guard = options.guard;
            if (!guard)
                return impl(call, { span, traceContext: ctx, principal: ANONYMOUS });
            const principal = await guard.admit(fullPath, call, { span, traceContext: ctx });
            try {
                await impl(call, { span, traceContext: ctx, principal });
            }
            catch (error) {
                guard.settle?.(fullPath, principal, call.request, { error }, { span, traceContext: ctx });
                throw error;
            }
        };
        context.with(ctx, admitted).then(() => {
            if (call.cancelled) {
                finishSpan(span, Status.CANCELLED, 'the client cancelled the call', fullPath, started);
                return;
            }
            finishSpan(span, Status.OK, undefined, fullPath, started);
            call.end();
        }, (err) => {
            const status = call.cancelled ? { code: Status.CANCELLED, details: 'the client cancelled the call' } : toGrpcStatus(err);
            logFailure(options.logger, ctx, fullPath, status, err);
            finishSpan(span, status.code, status.details, fullPath, started, err);
            if (!call.cancelled)
                call.emit('error', { code: status.code, details: status.details });
        });
    };
}
/**
 * Wraps a bidirectional-streaming implementation like {@link serveServerStream}: one SERVER span
 * for the whole stream, the guard consulted once when it opens (not per message), and the
 * stream ended with OK when the implementation resolves, with the error's status when it
 * rejects, or recorded as CANCELLED when the client went away.
 */
export function serveBidiStream(fullPath, options, impl, bidi = {}) {
    return (call) => {
        const { span, ctx } = startServerSpan(call.metadata, fullPath, options.attributes);
        const started = performance.now();
        let admitted = options.guard === undefined;
        const run = async () => {
            const guard = options.guard;
            if (!guard)
                return impl(call, { span, traceContext: ctx, principal: ANONYMOUS });
            const principal = await guard.admit(fullPath, call, { span, traceContext: ctx });
            admitted = true;
            try {
                await impl(call, { span, traceContext: ctx, principal });
            }
            catch (error) {
                guard.settle?.(fullPath, principal, undefined, { error }, { span, traceContext: ctx });
                throw error;
            }
        };
        const record = () => bidi.recordDuration !== false || !admitted;
        context.with(ctx, run).then(() => {
            if (call.cancelled) {
                finishSpan(span, Status.CANCELLED, 'the client cancelled the call', fullPath, started, undefined, record());
                return;
            }
            finishSpan(span, Status.OK, undefined, fullPath, started, undefined, record());
            call.end();
        }, (err) => {
            const status = call.cancelled ? { code: Status.CANCELLED, details: 'the client cancelled the call' } : toGrpcStatus(err);
            logFailure(options.logger, ctx, fullPath, status, err);
            finishSpan(span, status.code, status.details, fullPath, started, err, record());
            if (!call.cancelled)
                call.emit('error', { code: status.code, details: status.details });
        });
    };
}
async function guarded(fullPath, guard, call, served, impl) {
    if (!guard)
        return impl(call, { ...served, principal: ANONYMOUS });
    const principal = await guard.admit(fullPath, call, served);
    try {
        const response = await impl(call, { ...served, principal });
        guard.settle?.(fullPath, principal, call.request, { response }, served);
        return response;
    }
    catch (error) {
        guard.settle?.(fullPath, principal, call.request, { error }, served);
        throw error;
    }
}
/** Writes one message, waiting for 'drain' when the transport is full; rejects if the call ends first. */
export async function writeWithBackpressure(call, message) {
    if (call.write(message))
        return;
    await new Promise((resolve, reject) => {
        const onDrain = () => {
            cleanup();
            resolve();
        };
        const onGone = () => {
            cleanup();
            reject(Object.assign(new Error('the client went away'), { name: 'AbortError' }));
        };
        const cleanup = () => {
            call.off('drain', onDrain);
            call.off('cancelled', onGone);
            call.off('close', onGone);
        };
        call.on('drain', onDrain);
        call.on('cancelled', onGone);
        call.on('close', onGone);
    });
}
function finishSpan(span, code, details, fullPath, started, err, recordDuration = true) {
    setGrpcStatus(span, SpanKind.SERVER, code, details);
    if (err !== undefined && (code === Status.UNKNOWN || code === Status.INTERNAL))
        span.recordException(err);
    span.end();
    if (recordDuration)
        instruments().rpcServerDuration.record(seconds(started), { ...grpcSpanAttributes(fullPath), [ATTR.RPC_GRPC_STATUS_CODE]: code });
}
function logFailure(logger, ctx, fullPath, status, err) {
    const fields = { ...withTraceIds(ctx), method: fullPath, code: statusName(status.code), details: status.details };
    if (status.code === Status.UNKNOWN || status.code === Status.INTERNAL)
        logger.error({ ...fields, err }, 'call failed');
    else
        logger.info(fields, 'call refused');
}
//# sourceMappingURL=serve.js.map