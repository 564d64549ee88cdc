import type { AgentMode as _troupe_v1_AgentMode, AgentMode__Output as _troupe_v1_AgentMode__Output } from '../../troupe/v1/AgentMode.js';
/**
 * Request of OrchestratorService.SetAgentMode.
 */
export interface SetAgentModeRequest {
    /**
     * Instance to change; NOT_FOUND when unknown.
     */
    'instanceId'?: (string);
    /**
     * The new mode.
     */
    'mode'?: (_troupe_v1_AgentMode);
}
/**
 * Request of OrchestratorService.SetAgentMode.
 */
export interface SetAgentModeRequest__Output {
    /**
     * Instance to change; NOT_FOUND when unknown.
     */
    'instanceId': (string);
    /**
     * The new mode.
     */
    'mode': (_troupe_v1_AgentMode__Output);
}
