import type { AgentState } from '../../gen/troupe/v1/AgentState.js';
import type { AgentStatus } from '../../gen/troupe/v1/AgentStatus.js';
import type { AgentEntry, LifecycleState } from '../registry/agent-entry.js';
/** The wire enum of a lifecycle state. */
export declare function toAgentState(state: LifecycleState | undefined): AgentState;
/** The registry's view of one instance, as `troupe.v1.AgentStatus`. */
export declare function toAgentStatus(entry: AgentEntry): AgentStatus;
