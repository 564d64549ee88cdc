/**
 * Request of AgentService.Describe. Empty today.
 */
export interface DescribeRequest {
}
/**
 * Request of AgentService.Describe. Empty today.
 */
export interface DescribeRequest__Output {
}
