/**
 * Request of OrchestratorService.RegisterWorkflow.
 */
export interface RegisterWorkflowRequest {
    /**
     * The definition as JSON (or YAML) text.
     */
    'definition'?: (string);
}
/**
 * Request of OrchestratorService.RegisterWorkflow.
 */
export interface RegisterWorkflowRequest__Output {
    /**
     * The definition as JSON (or YAML) text.
     */
    'definition': (string);
}
