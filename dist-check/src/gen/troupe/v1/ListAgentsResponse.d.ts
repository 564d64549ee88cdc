import type { AgentStatus as _troupe_v1_AgentStatus, AgentStatus__Output as _troupe_v1_AgentStatus__Output } from '../../troupe/v1/AgentStatus.js';
/**
 * Response of OrchestratorService.ListAgents.
 */
export interface ListAgentsResponse {
    /**
     * The instances, ordered by agent name then instance id.
     */
    'agents'?: (_troupe_v1_AgentStatus)[];
}
/**
 * Response of OrchestratorService.ListAgents.
 */
export interface ListAgentsResponse__Output {
    /**
     * The instances, ordered by agent name then instance id.
     */
    'agents': (_troupe_v1_AgentStatus__Output)[];
}
