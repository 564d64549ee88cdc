/**
 * Request of OrchestratorService.ListRollouts.
 */
export interface ListRolloutsRequest {
}
/**
 * Request of OrchestratorService.ListRollouts.
 */
export interface ListRolloutsRequest__Output {
}
