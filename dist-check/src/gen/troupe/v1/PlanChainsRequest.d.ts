/**
 * Request of OrchestratorService.PlanChains.
 */
export interface PlanChainsRequest {
    /**
     * The type the chain starts from, e.g. "topic".
     */
    'fromType'?: (string);
    /**
     * The type the chain must produce, e.g. "audio/wav".
     */
    'toType'?: (string);
    /**
     * Most chains to return; 0 means 5, at most 20.
     */
    'maxChains'?: (number);
    /**
     * Name of the workflow in each chain's definition; empty means "<from>-to-<to>".
     */
    'workflowName'?: (string);
}
/**
 * Request of OrchestratorService.PlanChains.
 */
export interface PlanChainsRequest__Output {
    /**
     * The type the chain starts from, e.g. "topic".
     */
    'fromType': (string);
    /**
     * The type the chain must produce, e.g. "audio/wav".
     */
    'toType': (string);
    /**
     * Most chains to return; 0 means 5, at most 20.
     */
    'maxChains': (number);
    /**
     * Name of the workflow in each chain's definition; empty means "<from>-to-<to>".
     */
    'workflowName': (string);
}
