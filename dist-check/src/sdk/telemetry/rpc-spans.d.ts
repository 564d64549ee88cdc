import type { Metadata } from '@grpc/grpc-js';
import { SpanKind, type Attributes, type Context, type Span } from '@opentelemetry/api';
import { Status } from '../errors.js';
/**
 * Whether a gRPC status code marks a span of this kind ERROR. CLIENT spans: any
 * non-OK code. Every other kind follows the server rule: only UNKNOWN,
 * DEADLINE_EXCEEDED, UNIMPLEMENTED, INTERNAL, UNAVAILABLE and DATA_LOSS — the
 * caller's mistakes (NOT_FOUND, INVALID_ARGUMENT, CANCELLED…) are not the server's errors.
 */
export declare function isErrorStatus(kind: SpanKind, code: Status): boolean;
/**
 * Sets `rpc.grpc.status_code` and, when {@link isErrorStatus} says so, status ERROR
 * with `message`. OK leaves the status UNSET, as the conventions ask.
 */
export declare function setGrpcStatus(span: Span, kind: SpanKind, code: Status, message?: string): void;
/** The span name for a gRPC method path: `'/troupe.v1.AgentService/Execute'` → `'troupe.v1.AgentService/Execute'`. */
export declare function grpcSpanName(fullPath: string): string;
/**
 * The `rpc.*` attributes for a gRPC method path.
 * @example grpcSpanAttributes('/troupe.v1.AgentService/Execute')
 * // { 'rpc.system': 'grpc', 'rpc.service': 'troupe.v1.AgentService', 'rpc.method': 'Execute' }
 */
export declare function grpcSpanAttributes(fullPath: string): Attributes;
/**
 * `rpc.message` events kept per span; later messages are only counted, in
 * `troupe.rpc.message_events_dropped`. It stays below the SDK's event limit
 * (20,000 by default) because at that limit the SDK drops the oldest event with
 * `Array.shift()`, making every further event cost a copy of the whole list.
 */
export declare const MESSAGE_EVENTS_PER_SPAN = 16384;
/**
 * Adds one `rpc.message` event (use once per streamed message, never a span per
 * message), up to {@link MESSAGE_EVENTS_PER_SPAN} per span. Prefer
 * {@link recordMessage}, which numbers the messages itself.
 * @param id the message's 1-based sequence number within the call
 * @param size uncompressed size in bytes, when known
 * @param extra further attributes, e.g. {@link chunkAttributes}
 */
export declare function addMessageEvent(span: Span, type: 'SENT' | 'RECEIVED', id: number, size?: number, extra?: Attributes): void;
/** What a hop knows about one streamed chunk. */
export interface ChunkFacts {
    /** The chunk's position in its stream (`Chunk.sequence`, from 0). */
    sequence: number;
    /** Bytes of the chunk's data. */
    bytes: number;
    /** Media duration in ms (0 or absent when not media). */
    audioMs?: number;
}
/**
 * The `troupe.chunk.*` attributes of a chunk's message event: what tells a chunk
 * apart from the other messages of a stream (progress, result, run events).
 */
export declare function chunkAttributes(chunk: ChunkFacts): Attributes;
/**
 * Records the next message of a stream on `span`: one `rpc.message` event whose
 * `rpc.message.id` counts the span's messages of that direction from 1, with the
 * `troupe.chunk.*` attributes when the message is a chunk. Every hop of a stream
 * records every message, so ids line up across hops and chunks are counted by
 * `troupe.chunk.sequence`. Returns the id.
 */
export declare function recordMessage(span: Span, type: 'SENT' | 'RECEIVED', facts?: {
    size?: number | undefined;
    chunk?: ChunkFacts | undefined;
}): number;
/**
 * The chunk in a decoded streaming message (`ExecuteStreamResponse`,
 * `StreamTaskResponse`, `WatchRunResponse`: anything with a `chunk` holding
 * `data`), or undefined for any other message, a raw Buffer included.
 */
export declare function chunkOfMessage(message: unknown): ChunkFacts | undefined;
/**
 * Starts the SERVER span of an incoming gRPC call, as a child of the trace context
 * in its metadata (a new trace when there is none), or of `parent` when the caller's
 * context came another way (a task on a Channel stream carries it in its message). The returned `ctx` holds the
 * span: pass it explicitly to everything the handler does, including each step of
 * a streaming generator — async hooks do not carry context across `yield`.
 * End the span with `endSpanOnce`.
 */
export declare function startServerSpan(metadata: Metadata, fullPath: string, attributes?: Attributes, parent?: Context): {
    span: Span;
    ctx: Context;
};
/** Semantic-convention attributes of a NATS messaging span. */
export declare function natsAttributes(subject: string, operation: string): Attributes;
