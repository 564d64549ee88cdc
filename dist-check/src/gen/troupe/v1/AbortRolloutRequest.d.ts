/**
 * Request of OrchestratorService.AbortRollout.
 */
export interface AbortRolloutRequest {
    /**
     * The capability whose rollout is aborted.
     */
    'capability'?: (string);
}
/**
 * Request of OrchestratorService.AbortRollout.
 */
export interface AbortRolloutRequest__Output {
    /**
     * The capability whose rollout is aborted.
     */
    'capability': (string);
}
