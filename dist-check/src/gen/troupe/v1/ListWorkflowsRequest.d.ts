/**
 * Request of OrchestratorService.ListWorkflows.
 */
export interface ListWorkflowsRequest {
}
/**
 * Request of OrchestratorService.ListWorkflows.
 */
export interface ListWorkflowsRequest__Output {
}
