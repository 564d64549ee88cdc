/**
 * Types and vocabularies of the agent lifecycle machine
 * (`agent-lifecycle.machine.ts`, which re-exports everything here).
 */
/** Every event type the machine accepts somewhere. */
export const AGENT_LIFECYCLE_EVENTS = [
    // lifecycle region
    'READY', 'PROBE_FAILED', 'REFUSED', 'HEARTBEAT', 'LOAD', 'ENTER_MAINTENANCE', 'RESUME', 'DRAIN', 'GOODBYE',
    // breaker region
    'CALL_SUCCEEDED', 'CALL_FAILED',
    // the orchestrator's own NATS link (lifecycle region)
    'LINK_DOWN', 'LINK_UP',
];
/** Lifecycle region states, in the order of `troupe.v1.AgentState`. */
export const AGENT_LIFECYCLE_STATES = [
    'joining', 'active', 'saturated', 'maintenance', 'draining', 'suspect', 'unreachable', 'left', 'refused',
];
/** Breaker region states, in the order of `troupe.v1.BreakerState`. */
export const BREAKER_STATES = ['closed', 'open', 'halfOpen'];
//# sourceMappingURL=agent-lifecycle.types.js.map