import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value.js';
import type { TaskOptions as _troupe_v1_TaskOptions, TaskOptions__Output as _troupe_v1_TaskOptions__Output } from '../../troupe/v1/TaskOptions.js';
/**
 * Request of OrchestratorService.StreamTask.
 */
export interface StreamTaskRequest {
    /**
     * The capability to invoke; it must be a streaming capability.
     */
    'capability'?: (string);
    /**
     * JSON-compatible input passed to the agent unchanged.
     */
    'input'?: (_google_protobuf_Value | null);
    /**
     * Optional binary input.
     */
    'data'?: (Buffer | Uint8Array | string);
    /**
     * Content type of data.
     */
    'contentType'?: (string);
    /**
     * Idempotency key, priority and timeout.
     */
    'options'?: (_troupe_v1_TaskOptions | null);
}
/**
 * Request of OrchestratorService.StreamTask.
 */
export interface StreamTaskRequest__Output {
    /**
     * The capability to invoke; it must be a streaming capability.
     */
    'capability': (string);
    /**
     * JSON-compatible input passed to the agent unchanged.
     */
    'input': (_google_protobuf_Value__Output | null);
    /**
     * Optional binary input.
     */
    'data': (Buffer);
    /**
     * Content type of data.
     */
    'contentType': (string);
    /**
     * Idempotency key, priority and timeout.
     */
    'options': (_troupe_v1_TaskOptions__Output | null);
}
