/**
 * Request of OrchestratorService.WatchAgents.
 */
export interface WatchAgentsRequest {
    /**
     * Only instances offering this capability; empty for all.
     */
    'capability'?: (string);
}
/**
 * Request of OrchestratorService.WatchAgents.
 */
export interface WatchAgentsRequest__Output {
    /**
     * Only instances offering this capability; empty for all.
     */
    'capability': (string);
}
