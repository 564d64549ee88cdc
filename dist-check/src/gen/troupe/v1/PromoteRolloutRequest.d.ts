/**
 * Request of OrchestratorService.PromoteRollout.
 */
export interface PromoteRolloutRequest {
    /**
     * The capability whose canary is promoted.
     */
    'capability'?: (string);
}
/**
 * Request of OrchestratorService.PromoteRollout.
 */
export interface PromoteRolloutRequest__Output {
    /**
     * The capability whose canary is promoted.
     */
    'capability': (string);
}
