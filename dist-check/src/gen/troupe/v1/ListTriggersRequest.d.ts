/**
 * Request of OrchestratorService.ListTriggers.
 */
export interface ListTriggersRequest {
    /**
     * Only the triggers of this workflow; empty for all.
     */
    'workflow'?: (string);
}
/**
 * Request of OrchestratorService.ListTriggers.
 */
export interface ListTriggersRequest__Output {
    /**
     * Only the triggers of this workflow; empty for all.
     */
    'workflow': (string);
}
