import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Status } from '../errors.js';
import { ATTR, EVENT, VALUE } from './attributes.js';
import { extractMetadata } from './propagation.js';
import { getTracer } from './tracer.js';
/** Codes that make a SERVER (or internal) span ERROR, per the OTel gRPC semantic conventions. */
const SERVER_ERROR_CODES = new Set([
    Status.UNKNOWN,
    Status.DEADLINE_EXCEEDED,
    Status.UNIMPLEMENTED,
    Status.INTERNAL,
    Status.UNAVAILABLE,
    Status.DATA_LOSS,
]);
/**
 * Whether a gRPC status code marks a span of this kind ERROR. CLIENT spans: any
 * non-OK code. Every other kind follows the server rule: only UNKNOWN,
 * DEADLINE_EXCEEDED, UNIMPLEMENTED, INTERNAL, UNAVAILABLE and DATA_LOSS — the
 * caller's mistakes (NOT_FOUND, INVALID_ARGUMENT, CANCELLED…) are not the server's errors.
 */
export function isErrorStatus(kind, code) {
    if (code === Status.OK)
        return false;
    return kind === SpanKind.CLIENT || SERVER_ERROR_CODES.has(code);
}
/**
 * Sets `rpc.grpc.status_code` and, when {@link isErrorStatus} says so, status ERROR
 * with `message`. OK leaves the status UNSET, as the conventions ask.
 */
export function setGrpcStatus(span, kind, code, message) {
    span.setAttribute(ATTR.RPC_GRPC_STATUS_CODE, code);
    if (isErrorStatus(kind, code)) {
        span.setStatus(message ? { code: SpanStatusCode.ERROR, message } : { code: SpanStatusCode.ERROR });
    }
}
function splitPath(fullPath) {
    const trimmed = fullPath.startsWith('/') ? fullPath.slice(1) : fullPath;
    const slash = trimmed.lastIndexOf('/');
    if (slash < 0)
        return { service: '', method: trimmed };
    return { service: trimmed.slice(0, slash), method: trimmed.slice(slash + 1) };
}
/** The span name for a gRPC method path: `'/troupe.v1.AgentService/Execute'` → `'troupe.v1.AgentService/Execute'`. */
export function grpcSpanName(fullPath) {
    const { service, method } = splitPath(fullPath);
    return service === '' ? method : `${service}/${method}`;
}
/**
 * The `rpc.*` attributes for a gRPC method path.
 * @example grpcSpanAttributes('/troupe.v1.AgentService/Execute')
 * // { 'rpc.system': 'grpc', 'rpc.service': 'troupe.v1.AgentService', 'rpc.method': 'Execute' }
 */
export function grpcSpanAttributes(fullPath) {
    const { service, method } = splitPath(fullPath);
    return { [ATTR.RPC_SYSTEM]: VALUE.RPC_SYSTEM_GRPC, [ATTR.RPC_SERVICE]: service, [ATTR.RPC_METHOD]: method };
}
/**
 * `rpc.message` events kept per span; later messages are only counted, in
 * `troupe.rpc.message_events_dropped`. It stays below the SDK's event limit
 * (20,000 by default) because at that limit the SDK drops the oldest event with
 * `Array.shift()`, making every further event cost a copy of the whole list.
 */
export const MESSAGE_EVENTS_PER_SPAN = 16_384;
const messageEvents = new WeakMap();
/**
 * Adds one `rpc.message` event (use once per streamed message, never a span per
 * message), up to {@link MESSAGE_EVENTS_PER_SPAN} per span. Prefer
 * {@link recordMessage}, which numbers the messages itself.
 * @param id the message's 1-based sequence number within the call
 * @param size uncompressed size in bytes, when known
 * @param extra further attributes, e.g. {@link chunkAttributes}
 */
export function addMessageEvent(span, type, id, size, extra) {
    const count = (messageEvents.get(span) ?? 0) + 1;
    messageEvents.set(span, count);
    if (count > MESSAGE_EVENTS_PER_SPAN) {
        span.setAttribute(ATTR.MESSAGE_EVENTS_DROPPED, count - MESSAGE_EVENTS_PER_SPAN);
        return;
    }
    const attributes = { [ATTR.RPC_MESSAGE_TYPE]: type, [ATTR.RPC_MESSAGE_ID]: id, ...extra };
    if (size !== undefined)
        attributes[ATTR.RPC_MESSAGE_UNCOMPRESSED_SIZE] = size;
    span.addEvent(EVENT.RPC_MESSAGE, attributes);
}
/**
 * The `troupe.chunk.*` attributes of a chunk's message event: what tells a chunk
 * apart from the other messages of a stream (progress, result, run events).
 */
export function chunkAttributes(chunk) {
    const attributes = { [ATTR.CHUNK_SEQUENCE]: chunk.sequence, [ATTR.CHUNK_BYTES]: chunk.bytes };
    if (chunk.audioMs !== undefined && chunk.audioMs > 0)
        attributes[ATTR.CHUNK_AUDIO_MS] = chunk.audioMs;
    return attributes;
}
const messageIds = new WeakMap();
/**
 * Records the next message of a stream on `span`: one `rpc.message` event whose
 * `rpc.message.id` counts the span's messages of that direction from 1, with the
 * `troupe.chunk.*` attributes when the message is a chunk. Every hop of a stream
 * records every message, so ids line up across hops and chunks are counted by
 * `troupe.chunk.sequence`. Returns the id.
 */
export function recordMessage(span, type, facts = {}) {
    let ids = messageIds.get(span);
    if (!ids)
        messageIds.set(span, (ids = { SENT: 0, RECEIVED: 0 }));
    const id = ++ids[type];
    addMessageEvent(span, type, id, facts.size, facts.chunk ? chunkAttributes(facts.chunk) : undefined);
    return id;
}
/**
 * The chunk in a decoded streaming message (`ExecuteStreamResponse`,
 * `StreamTaskResponse`, `WatchRunResponse`: anything with a `chunk` holding
 * `data`), or undefined for any other message, a raw Buffer included.
 */
export function chunkOfMessage(message) {
    if (typeof message !== 'object' || message === null || Buffer.isBuffer(message))
        return undefined;
    const chunk = message.chunk;
    if (typeof chunk !== 'object' || chunk === null)
        return undefined;
    const { sequence, data, durationMs } = chunk;
    if (!(data instanceof Uint8Array))
        return undefined;
    const audioMs = typeof durationMs === 'number' ? durationMs : 0;
    return { sequence: Number(sequence ?? 0), bytes: data.byteLength, ...(audioMs > 0 ? { audioMs } : {}) };
}
/**
 * Starts the SERVER span of an incoming gRPC call, as a child of the trace context
 * in its metadata (a new trace when there is none), or of `parent` when the caller's
 * context came another way (a task on a Channel stream carries it in its message). The returned `ctx` holds the
 * span: pass it explicitly to everything the handler does, including each step of
 * a streaming generator — async hooks do not carry context across `yield`.
 * End the span with `endSpanOnce`.
 */
export function startServerSpan(metadata, fullPath, attributes, parent = extractMetadata(metadata)) {
    const span = getTracer().startSpan(grpcSpanName(fullPath), { kind: SpanKind.SERVER, attributes: { ...grpcSpanAttributes(fullPath), ...attributes } }, parent);
    return { span, ctx: trace.setSpan(parent, span) };
}
/** Semantic-convention attributes of a NATS messaging span. */
export function natsAttributes(subject, operation) {
    return {
        [ATTR.MESSAGING_SYSTEM]: VALUE.MESSAGING_SYSTEM_NATS,
        [ATTR.MESSAGING_DESTINATION_NAME]: subject,
        [ATTR.MESSAGING_OPERATION]: operation,
    };
}
//# sourceMappingURL=rpc-spans.js.map