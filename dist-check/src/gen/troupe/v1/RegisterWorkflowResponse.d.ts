/**
 * Response of OrchestratorService.RegisterWorkflow.
 */
export interface RegisterWorkflowResponse {
    /**
     * Name of the registered workflow.
     */
    'name'?: (string);
    /**
     * Version number, incremented on every registration of the same name.
     */
    'version'?: (number);
}
/**
 * Response of OrchestratorService.RegisterWorkflow.
 */
export interface RegisterWorkflowResponse__Output {
    /**
     * Name of the registered workflow.
     */
    'name': (string);
    /**
     * Version number, incremented on every registration of the same name.
     */
    'version': (number);
}
