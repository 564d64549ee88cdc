/**
 * Response of OrchestratorService.StartRun.
 */
export interface StartRunResponse {
    /**
     * Id of the run (an existing one when the idempotency key was used before).
     */
    'runId'?: (string);
    /**
     * True when the idempotency key matched an existing run and no new run was started.
     */
    'existing'?: (boolean);
    /**
     * W3C trace id of the run, for looking it up in Jaeger.
     */
    'traceId'?: (string);
}
/**
 * Response of OrchestratorService.StartRun.
 */
export interface StartRunResponse__Output {
    /**
     * Id of the run (an existing one when the idempotency key was used before).
     */
    'runId': (string);
    /**
     * True when the idempotency key matched an existing run and no new run was started.
     */
    'existing': (boolean);
    /**
     * W3C trace id of the run, for looking it up in Jaeger.
     */
    'traceId': (string);
}
