import { InterceptingCall } from '@grpc/grpc-js';
import { ROOT_CONTEXT, SpanKind, context, isSpanContextValid, trace } from '@opentelemetry/api';
import { Status } from '../errors.js';
import { ATTR } from './attributes.js';
import { endSpanOnce } from './instrument.js';
import { instruments, seconds } from './metrics.js';
import { injectMetadata } from './propagation.js';
import { chunkOfMessage, grpcSpanAttributes, grpcSpanName, recordMessage, setGrpcStatus } from './rpc-spans.js';
import { getTracer } from './tracer.js';
/** Splits `host:port`, `[v6]:port` or `dns:host:port`; undefined when there is no port. */
function hostPort(address) {
    const bare = address.replace(/^[a-z]+:(\/\/)?/i, '');
    const match = /^\[?([^\]]*?)\]?:(\d+)$/.exec(bare);
    if (match?.[1] === undefined || match[2] === undefined)
        return undefined;
    return { host: match[1], port: Number(match[2]) };
}
/**
 * A grpc-js client interceptor that traces each call with one CLIENT span named
 * `<service>/<method>`: a child of the context active when the call is made, with
 * `rpc.*` and `server.address` attributes, the W3C trace context injected into the
 * outgoing metadata, one `rpc.message` event per streamed message, and exactly one
 * end when the status arrives (OK, error, or CANCELLED after a client cancel),
 * with `setGrpcStatus` deciding ERROR — except that a cancel made on this side
 * (`call.cancel()`) is the caller's choice, not a failure: CANCELLED is recorded
 * in `rpc.grpc.status_code` and `troupe.error.code`, and the status stays UNSET.
 * It also records `rpc_client_duration_seconds`.
 *
 * The parent is read when the call is made. Code that holds an explicit context
 * (anything inside an async generator) must make the call inside
 * `context.with(ctx, () => client.method(...))`.
 *
 * @example
 * const client = new AgentClient(address, credentials, { interceptors: [createTracingInterceptor({ target: address })] });
 */
export function createTracingInterceptor(options = {}) {
    const target = options.target === undefined ? undefined : hostPort(options.target);
    const messageEvents = options.messageEvents ?? true;
    const chunkOf = options.chunkOf ?? chunkOfMessage;
    const ownTrace = options.ownTrace ?? false;
    return (callOptions, nextCall) => {
        const definition = callOptions.method_definition;
        const rpcAttributes = grpcSpanAttributes(definition.path);
        const attributes = { ...rpcAttributes };
        if (target) {
            attributes[ATTR.SERVER_ADDRESS] = target.host;
            attributes[ATTR.SERVER_PORT] = target.port;
        }
        const active = context.active();
        const opener = trace.getSpan(active)?.spanContext();
        const parent = ownTrace ? ROOT_CONTEXT : active;
        const links = ownTrace && opener && isSpanContextValid(opener) ? [{ context: opener }] : [];
        const span = getTracer().startSpan(grpcSpanName(definition.path), { kind: SpanKind.CLIENT, attributes, links, root: ownTrace }, parent);
        const spanContext = trace.setSpan(parent, span);
        const startedAt = performance.now();
        let finished = false;
        // Cancelled by this side (the application called cancel(): a user's Ctrl-C, a
        // consumer that has what it wanted): CANCELLED is then the expected end, not an error.
        let cancelledHere = false;
        const finish = (status) => {
            if (finished)
                return;
            finished = true;
            const peer = target ? undefined : hostPort(safePeer(call));
            if (peer) {
                span.setAttribute(ATTR.SERVER_ADDRESS, peer.host);
                span.setAttribute(ATTR.SERVER_PORT, peer.port);
            }
            if (cancelledHere && status.code === Status.CANCELLED) {
                span.setAttribute(ATTR.RPC_GRPC_STATUS_CODE, status.code);
                span.setAttribute(ATTR.ERROR_CODE, 'CANCELLED');
            }
            else {
                setGrpcStatus(span, SpanKind.CLIENT, status.code, status.details);
            }
            endSpanOnce(span);
            instruments().rpcClientDuration.record(seconds(startedAt), {
                ...rpcAttributes,
                [ATTR.RPC_GRPC_STATUS_CODE]: status.code,
            });
        };
        const call = new InterceptingCall(nextCall(callOptions), {
            start(metadata, _listener, next) {
                injectMetadata(spanContext, metadata);
                next(metadata, {
                    onReceiveMetadata: (headers, nextMetadata) => nextMetadata(headers),
                    onReceiveMessage(message, nextMessage) {
                        if (messageEvents && definition.responseStream)
                            recordMessage(span, 'RECEIVED', { size: sizeOf(message), chunk: chunkOf(message) });
                        nextMessage(message);
                    },
                    onReceiveStatus(status, nextStatus) {
                        finish(status);
                        nextStatus(status);
                    },
                });
            },
            cancel(next) {
                cancelledHere = true;
                next();
            },
            sendMessage(message, next) {
                if (messageEvents && definition.requestStream)
                    recordMessage(span, 'SENT', { size: sizeOf(message), chunk: chunkOf(message) });
                next(message);
            },
        });
        return call;
    };
}
/** The size of a message that is still bytes; undefined for a decoded one (grpc-js does not say). */
function sizeOf(message) {
    return Buffer.isBuffer(message) ? message.length : undefined;
}
function safePeer(call) {
    try {
        return call.getPeer();
    }
    catch {
        return '';
    }
}
/** {@link createTracingInterceptor} without a target: `server.address` comes from the connected peer. */
export const tracingInterceptor = createTracingInterceptor();
//# sourceMappingURL=client-interceptor.js.map