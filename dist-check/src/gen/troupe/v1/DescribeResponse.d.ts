import type { AgentDescriptor as _troupe_v1_AgentDescriptor, AgentDescriptor__Output as _troupe_v1_AgentDescriptor__Output } from '../../troupe/v1/AgentDescriptor.js';
/**
 * Response of AgentService.Describe.
 */
export interface DescribeResponse {
    /**
     * The agent instance's descriptor.
     */
    'agent'?: (_troupe_v1_AgentDescriptor | null);
}
/**
 * Response of AgentService.Describe.
 */
export interface DescribeResponse__Output {
    /**
     * The agent instance's descriptor.
     */
    'agent': (_troupe_v1_AgentDescriptor__Output | null);
}
