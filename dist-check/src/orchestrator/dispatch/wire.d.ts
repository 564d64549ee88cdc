import type { ServiceDefinition } from '@grpc/grpc-js';
import type { ChunkFacts } from '../../sdk/telemetry/index.js';
/** A relayed stream event: the rewritten bytes and what they hold. */
export interface RawStreamEvent {
    kind: 'progress' | 'chunk' | 'result';
    /** The StreamTaskResponse bytes. */
    bytes: Buffer;
    /** Size of the inner message (the chunk, for chunks). */
    size: number;
}
/** Reads a protobuf varint at `offset`; undefined when truncated or longer than 5 bytes. */
export declare function readVarint(buf: Buffer, offset: number): {
    value: number;
    next: number;
} | undefined;
/**
 * Re-tags a raw ExecuteStreamResponse as a StreamTaskResponse, in place. Undefined
 * when the message is not a single known field (decode it instead).
 */
export declare function retagStreamEvent(raw: Buffer): RawStreamEvent | undefined;
/** Tag byte of the chunk field in ExecuteStreamResponse (2) and StreamTaskResponse (3). */
export declare const CHUNK_TAG: {
    readonly executeStream: 18;
    readonly streamTask: 26;
};
/**
 * What a raw streaming response holds as a chunk (for its span event), read from
 * the bytes without decoding the payload: `Chunk` is sequence (1, varint), data
 * (3, bytes) and duration_ms (4, double) among other fields. Undefined when `raw`
 * is not a single chunk field of tag `chunkTag`, or is malformed.
 */
export declare function rawChunkFacts(raw: Buffer, chunkTag: number): ChunkFacts | undefined;
/**
 * Builds a raw SubmitTaskResponse from the ids and a raw ExecuteResponse, in one buffer. Undefined
 * when the ExecuteResponse is not empty or a single `result` field. With `bulkId`, the bytes are the
 * SubmitTasksResponse `{ id: bulkId, result: <that SubmitTaskResponse> }` instead.
 */
export declare function submitTaskResponse(taskId: string, agentInstanceId: string, executeResponse: Buffer, bulkId?: string): Buffer | undefined;
/** Bytes of `n` as a protobuf varint. */
export declare function varintSize(n: number): number;
/** Writes `n` as a protobuf varint at `at`; returns the offset after it. */
export declare function writeVarint(out: Buffer, at: number, n: number): number;
/** Encodes a length-delimited string field. */
export declare function stringField(field: number, value: string): Buffer;
/** The identity (de)serializer, for calls whose messages we relay as bytes. */
export declare const rawBytes: (b: Buffer) => Buffer;
/**
 * A copy of a service definition whose listed methods also accept pre-encoded
 * responses: a Buffer is sent as is, anything else is serialized as usual.
 */
export declare function acceptRawResponses(definition: ServiceDefinition, methods: readonly string[]): ServiceDefinition;
/**
 * A copy of a service definition whose listed methods hand their implementation each request as
 * raw bytes, for handlers that decode requests themselves (so a message that does not decode is
 * theirs to answer, rather than grpc-js ending the call with INTERNAL).
 */
export declare function rawRequests(definition: ServiceDefinition, methods: readonly string[]): ServiceDefinition;
/**
 * Reads a raw ChannelResponse `{ call_id = 1 (varint); result = 2 | error = 3 }`.
 * For a result, returns the bytes of the equivalent ExecuteResponse (`result` as
 * field 1), ready for {@link submitTaskResponse}; for an error, only the call id
 * (decode the error normally). Undefined for any other shape.
 */
export declare function parseChannelResponse(raw: Buffer): {
    callId: string;
    executeResponse?: Buffer;
} | undefined;
