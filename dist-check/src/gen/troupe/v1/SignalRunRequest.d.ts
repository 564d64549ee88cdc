import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value.js';
/**
 * Request of OrchestratorService.SignalRun.
 */
export interface SignalRunRequest {
    /**
     * The run.
     */
    'runId'?: (string);
    /**
     * The step that waits (a `wait_for_signal` step in status "waiting").
     */
    'stepId'?: (string);
    /**
     * JSON-compatible payload: the step's output (`${steps.<id>.output}`) when approved,
     * the reason in the report when rejected. Null when unset.
     */
    'payload'?: (_google_protobuf_Value | null);
    /**
     * True rejects: the step fails (then its on_failure applies). False (the default) approves.
     */
    'reject'?: (boolean);
}
/**
 * Request of OrchestratorService.SignalRun.
 */
export interface SignalRunRequest__Output {
    /**
     * The run.
     */
    'runId': (string);
    /**
     * The step that waits (a `wait_for_signal` step in status "waiting").
     */
    'stepId': (string);
    /**
     * JSON-compatible payload: the step's output (`${steps.<id>.output}`) when approved,
     * the reason in the report when rejected. Null when unset.
     */
    'payload': (_google_protobuf_Value__Output | null);
    /**
     * True rejects: the step fails (then its on_failure applies). False (the default) approves.
     */
    'reject': (boolean);
}
