import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value.js';
/**
 * The final outcome of a successful task.
 */
export interface TaskResult {
    /**
     * JSON-compatible output.
     */
    'output'?: (_google_protobuf_Value | null);
    /**
     * Optional binary output, described by content_type.
     */
    'data'?: (Buffer | Uint8Array | string);
    /**
     * Content type of data; empty when data is empty.
     */
    'contentType'?: (string);
    /**
     * Numeric measurements the agent wants to report (tokens, audio_ms, ...).
     */
    'metrics'?: ({
        [key: string]: number | string;
    });
    /**
     * Non-fatal problems the caller should know about.
     */
    'warnings'?: (string)[];
}
/**
 * The final outcome of a successful task.
 */
export interface TaskResult__Output {
    /**
     * JSON-compatible output.
     */
    'output': (_google_protobuf_Value__Output | null);
    /**
     * Optional binary output, described by content_type.
     */
    'data': (Buffer);
    /**
     * Content type of data; empty when data is empty.
     */
    'contentType': (string);
    /**
     * Numeric measurements the agent wants to report (tokens, audio_ms, ...).
     */
    'metrics': ({
        [key: string]: number;
    });
    /**
     * Non-fatal problems the caller should know about.
     */
    'warnings': (string)[];
}
