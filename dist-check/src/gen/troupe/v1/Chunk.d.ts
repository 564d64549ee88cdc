import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value.js';
import type { Long } from '@grpc/proto-loader';
/**
 * One streamed piece of a task's output, e.g. a slice of synthesised audio.
 */
export interface Chunk {
    /**
     * Position of the chunk in its stream, starting at 0 and increasing by 1 without gaps.
     */
    'sequence'?: (number | string | Long);
    /**
     * Content type of data, e.g. "audio/L16;rate=22050;channels=1" for raw PCM.
     */
    'contentType'?: (string);
    /**
     * The payload.
     */
    'data'?: (Buffer | Uint8Array | string);
    /**
     * Media duration of this chunk in milliseconds (0 when not media).
     */
    'durationMs'?: (number | string);
    /**
     * Optional JSON-compatible metadata (e.g. the sentence this audio speaks).
     */
    'metadata'?: (_google_protobuf_Value | null);
    /**
     * W3C traceparent of the span that produced the chunk, so a consumer can continue the trace.
     */
    'traceparent'?: (string);
}
/**
 * One streamed piece of a task's output, e.g. a slice of synthesised audio.
 */
export interface Chunk__Output {
    /**
     * Position of the chunk in its stream, starting at 0 and increasing by 1 without gaps.
     */
    'sequence': (string);
    /**
     * Content type of data, e.g. "audio/L16;rate=22050;channels=1" for raw PCM.
     */
    'contentType': (string);
    /**
     * The payload.
     */
    'data': (Buffer);
    /**
     * Media duration of this chunk in milliseconds (0 when not media).
     */
    'durationMs': (number);
    /**
     * Optional JSON-compatible metadata (e.g. the sentence this audio speaks).
     */
    'metadata': (_google_protobuf_Value__Output | null);
    /**
     * W3C traceparent of the span that produced the chunk, so a consumer can continue the trace.
     */
    'traceparent': (string);
}
