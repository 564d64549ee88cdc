/**
 * Request of OrchestratorService.ListWorkflowVersions.
 */
export interface ListWorkflowVersionsRequest {
    /**
     * The workflow's name.
     */
    'name'?: (string);
}
/**
 * Request of OrchestratorService.ListWorkflowVersions.
 */
export interface ListWorkflowVersionsRequest__Output {
    /**
     * The workflow's name.
     */
    'name': (string);
}
