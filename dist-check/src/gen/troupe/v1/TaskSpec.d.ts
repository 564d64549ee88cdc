import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value.js';
/**
 * The input of one task: one capability invocation.
 */
export interface TaskSpec {
    /**
     * Orchestrator-assigned id of the task; unique per attempt series.
     */
    'taskId'?: (string);
    /**
     * The capability to invoke.
     */
    'capability'?: (string);
    /**
     * JSON-compatible input. Agents validate it and answer INVALID_ARGUMENT when it does not fit.
     */
    'input'?: (_google_protobuf_Value | null);
    /**
     * Optional binary input (e.g. an audio clip), described by content_type.
     */
    'data'?: (Buffer | Uint8Array | string);
    /**
     * Content type of data, e.g. "text/plain; charset=utf-8". Empty when data is empty.
     */
    'contentType'?: (string);
    /**
     * Key that lets agents deduplicate work: "<run_id>/<step_id>/<attempt>" in runs,
     * or the client's idempotency key for single tasks.
     */
    'idempotencyKey'?: (string);
    /**
     * Attempt number, starting at 1.
     */
    'attempt'?: (number);
    /**
     * Run this task belongs to; empty for a single task.
     */
    'runId'?: (string);
    /**
     * Step of the run this task executes; empty for a single task.
     */
    'stepId'?: (string);
}
/**
 * The input of one task: one capability invocation.
 */
export interface TaskSpec__Output {
    /**
     * Orchestrator-assigned id of the task; unique per attempt series.
     */
    'taskId': (string);
    /**
     * The capability to invoke.
     */
    'capability': (string);
    /**
     * JSON-compatible input. Agents validate it and answer INVALID_ARGUMENT when it does not fit.
     */
    'input': (_google_protobuf_Value__Output | null);
    /**
     * Optional binary input (e.g. an audio clip), described by content_type.
     */
    'data': (Buffer);
    /**
     * Content type of data, e.g. "text/plain; charset=utf-8". Empty when data is empty.
     */
    'contentType': (string);
    /**
     * Key that lets agents deduplicate work: "<run_id>/<step_id>/<attempt>" in runs,
     * or the client's idempotency key for single tasks.
     */
    'idempotencyKey': (string);
    /**
     * Attempt number, starting at 1.
     */
    'attempt': (number);
    /**
     * Run this task belongs to; empty for a single task.
     */
    'runId': (string);
    /**
     * Step of the run this task executes; empty for a single task.
     */
    'stepId': (string);
}
