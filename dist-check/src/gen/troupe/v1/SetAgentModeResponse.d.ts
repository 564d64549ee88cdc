import type { AgentStatus as _troupe_v1_AgentStatus, AgentStatus__Output as _troupe_v1_AgentStatus__Output } from '../../troupe/v1/AgentStatus.js';
/**
 * Response of OrchestratorService.SetAgentMode.
 */
export interface SetAgentModeResponse {
    /**
     * The instance after the change.
     */
    'agent'?: (_troupe_v1_AgentStatus | null);
}
/**
 * Response of OrchestratorService.SetAgentMode.
 */
export interface SetAgentModeResponse__Output {
    /**
     * The instance after the change.
     */
    'agent': (_troupe_v1_AgentStatus__Output | null);
}
