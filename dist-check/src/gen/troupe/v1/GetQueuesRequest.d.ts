/**
 * Request of OrchestratorService.GetQueues.
 */
export interface GetQueuesRequest {
    /**
     * Only this capability; empty for every capability known or with tasks waiting.
     */
    'capability'?: (string);
}
/**
 * Request of OrchestratorService.GetQueues.
 */
export interface GetQueuesRequest__Output {
    /**
     * Only this capability; empty for every capability known or with tasks waiting.
     */
    'capability': (string);
}
