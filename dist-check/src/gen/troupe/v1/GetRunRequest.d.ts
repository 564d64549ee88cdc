/**
 * Request of OrchestratorService.GetRun.
 */
export interface GetRunRequest {
    /**
     * The run.
     */
    'runId'?: (string);
}
/**
 * Request of OrchestratorService.GetRun.
 */
export interface GetRunRequest__Output {
    /**
     * The run.
     */
    'runId': (string);
}
