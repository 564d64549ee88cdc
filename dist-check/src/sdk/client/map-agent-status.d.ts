import type { AgentMode } from '../../gen/troupe/v1/AgentMode.js';
import type { AgentStatus__Output } from '../../gen/troupe/v1/AgentStatus.js';
import type { AgentInfo, AgentModeName, AgentStateName, BreakerStateName } from './types.js';
/** `AGENT_STATE_ACTIVE` → `'active'`; anything unknown (a newer server) → `'unspecified'`. */
export declare function agentStateName(state: string | number | undefined): AgentStateName;
/** `BREAKER_STATE_HALF_OPEN` → `'half_open'`; anything unknown → `'unspecified'`. */
export declare function breakerStateName(state: string | number | undefined): BreakerStateName;
/** `'drain'` → `AGENT_MODE_DRAIN`; throws InvalidArgumentError naming the valid modes otherwise. */
export declare function agentModeToWire(mode: string): AgentMode;
/** True for the names {@link agentModeToWire} accepts. */
export declare function isAgentModeName(mode: string): mode is AgentModeName;
/** Converts a decoded `troupe.v1.AgentStatus` to a plain {@link AgentInfo}. */
export declare function toAgentInfo(status: AgentStatus__Output): AgentInfo;
