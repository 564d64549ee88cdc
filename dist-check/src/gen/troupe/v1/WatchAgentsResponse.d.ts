import type { AgentStatus as _troupe_v1_AgentStatus, AgentStatus__Output as _troupe_v1_AgentStatus__Output } from '../../troupe/v1/AgentStatus.js';
import type { AgentState as _troupe_v1_AgentState, AgentState__Output as _troupe_v1_AgentState__Output } from '../../troupe/v1/AgentState.js';
/**
 * One registry change.
 */
export interface WatchAgentsResponse {
    /**
     * The instance after the change.
     */
    'agent'?: (_troupe_v1_AgentStatus | null);
    /**
     * State before the change; UNSPECIFIED for the initial snapshot.
     */
    'previousState'?: (_troupe_v1_AgentState);
}
/**
 * One registry change.
 */
export interface WatchAgentsResponse__Output {
    /**
     * The instance after the change.
     */
    'agent': (_troupe_v1_AgentStatus__Output | null);
    /**
     * State before the change; UNSPECIFIED for the initial snapshot.
     */
    'previousState': (_troupe_v1_AgentState__Output);
}
