/**
 * Request of OrchestratorService.WatchRun.
 */
export interface WatchRunRequest {
    /**
     * The run.
     */
    'runId'?: (string);
}
/**
 * Request of OrchestratorService.WatchRun.
 */
export interface WatchRunRequest__Output {
    /**
     * The run.
     */
    'runId': (string);
}
