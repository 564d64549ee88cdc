import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value.js';
import type { TaskOptions as _troupe_v1_TaskOptions, TaskOptions__Output as _troupe_v1_TaskOptions__Output } from '../../troupe/v1/TaskOptions.js';
/**
 * Request of OrchestratorService.SubmitTask.
 */
export interface SubmitTaskRequest {
    /**
     * The capability to invoke; NOT_FOUND when no agent has ever offered it.
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
    /**
     * Optional http(s) URL the task's result is POSTed to when it finishes, signed with the
     * orchestrator's webhook secret (`Troupe-Signature`, docs/http-api.md); INVALID_ARGUMENT
     * when it is not http(s), carries credentials or is off TROUPE_WEBHOOK_ALLOW.
     */
    'callbackUrl'?: (string);
    /**
     * Which secret of TROUPE_WEBHOOK_SECRET_FILE signs the callback; empty means "default".
     */
    'callbackSecretId'?: (string);
}
/**
 * Request of OrchestratorService.SubmitTask.
 */
export interface SubmitTaskRequest__Output {
    /**
     * The capability to invoke; NOT_FOUND when no agent has ever offered it.
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
    /**
     * Optional http(s) URL the task's result is POSTed to when it finishes, signed with the
     * orchestrator's webhook secret (`Troupe-Signature`, docs/http-api.md); INVALID_ARGUMENT
     * when it is not http(s), carries credentials or is off TROUPE_WEBHOOK_ALLOW.
     */
    'callbackUrl': (string);
    /**
     * Which secret of TROUPE_WEBHOOK_SECRET_FILE signs the callback; empty means "default".
     */
    'callbackSecretId': (string);
}
