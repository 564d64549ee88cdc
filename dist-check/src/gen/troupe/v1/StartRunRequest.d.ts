import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value.js';
import type { TaskOptions as _troupe_v1_TaskOptions, TaskOptions__Output as _troupe_v1_TaskOptions__Output } from '../../troupe/v1/TaskOptions.js';
/**
 * Request of OrchestratorService.StartRun.
 */
export interface StartRunRequest {
    /**
     * Name of a registered workflow.
     */
    'workflow'?: (string);
    /**
     * JSON-compatible run input.
     */
    'input'?: (_google_protobuf_Value | null);
    /**
     * Idempotency key, priority and timeout.
     */
    'options'?: (_troupe_v1_TaskOptions | null);
    /**
     * Optional http(s) URL the run's result (status, output or error, ids, trace id) is POSTed
     * to when it finishes, signed like SubmitTask's; its delivery shows in GetRun's `callback`.
     */
    'callbackUrl'?: (string);
    /**
     * Which secret of TROUPE_WEBHOOK_SECRET_FILE signs the callback; empty means "default".
     */
    'callbackSecretId'?: (string);
}
/**
 * Request of OrchestratorService.StartRun.
 */
export interface StartRunRequest__Output {
    /**
     * Name of a registered workflow.
     */
    'workflow': (string);
    /**
     * JSON-compatible run input.
     */
    'input': (_google_protobuf_Value__Output | null);
    /**
     * Idempotency key, priority and timeout.
     */
    'options': (_troupe_v1_TaskOptions__Output | null);
    /**
     * Optional http(s) URL the run's result (status, output or error, ids, trace id) is POSTed
     * to when it finishes, signed like SubmitTask's; its delivery shows in GetRun's `callback`.
     */
    'callbackUrl': (string);
    /**
     * Which secret of TROUPE_WEBHOOK_SECRET_FILE signs the callback; empty means "default".
     */
    'callbackSecretId': (string);
}
