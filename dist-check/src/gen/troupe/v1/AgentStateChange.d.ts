import type { AgentState as _troupe_v1_AgentState, AgentState__Output as _troupe_v1_AgentState__Output } from '../../troupe/v1/AgentState.js';
import type { Long } from '@grpc/proto-loader';
/**
 * One lifecycle state change of an agent instance.
 */
export interface AgentStateChange {
    /**
     * The state entered.
     */
    'state'?: (_troupe_v1_AgentState);
    /**
     * Unix time in milliseconds when it was entered.
     */
    'atUnixMs'?: (number | string | Long);
    /**
     * Why it changed, e.g. "heartbeat timeout: no heartbeat for 3000 ms" or "demoted: success rate 40% < 80%";
     * empty in histories recorded before reasons were kept.
     */
    'reason'?: (string);
    /**
     * Who triggered it: "agent" (its own beats, goodbye), "orchestrator" (timers, probes, breaker, load),
     * "operator:<subject>" (SetAgentMode; the token subject when auth is on) or "auto-demotion".
     */
    'actor'?: (string);
}
/**
 * One lifecycle state change of an agent instance.
 */
export interface AgentStateChange__Output {
    /**
     * The state entered.
     */
    'state': (_troupe_v1_AgentState__Output);
    /**
     * Unix time in milliseconds when it was entered.
     */
    'atUnixMs': (string);
    /**
     * Why it changed, e.g. "heartbeat timeout: no heartbeat for 3000 ms" or "demoted: success rate 40% < 80%";
     * empty in histories recorded before reasons were kept.
     */
    'reason': (string);
    /**
     * Who triggered it: "agent" (its own beats, goodbye), "orchestrator" (timers, probes, breaker, load),
     * "operator:<subject>" (SetAgentMode; the token subject when auth is on) or "auto-demotion".
     */
    'actor': (string);
}
