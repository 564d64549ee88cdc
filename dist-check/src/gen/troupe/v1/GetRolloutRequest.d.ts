/**
 * Request of OrchestratorService.GetRollout.
 */
export interface GetRolloutRequest {
    /**
     * The capability.
     */
    'capability'?: (string);
}
/**
 * Request of OrchestratorService.GetRollout.
 */
export interface GetRolloutRequest__Output {
    /**
     * The capability.
     */
    'capability': (string);
}
