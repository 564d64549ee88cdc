/**
 * Request of OrchestratorService.CancelRun.
 */
export interface CancelRunRequest {
    /**
     * The run.
     */
    'runId'?: (string);
    /**
     * Why, for the report.
     */
    'reason'?: (string);
}
/**
 * Request of OrchestratorService.CancelRun.
 */
export interface CancelRunRequest__Output {
    /**
     * The run.
     */
    'runId': (string);
    /**
     * Why, for the report.
     */
    'reason': (string);
}
