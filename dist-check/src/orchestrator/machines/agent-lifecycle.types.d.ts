/**
 * Types and vocabularies of the agent lifecycle machine
 * (`agent-lifecycle.machine.ts`, which re-exports everything here).
 */
/** Input of `agentLifecycleMachine`. */
export interface AgentLifecycleInput {
    readonly instanceId: string;
    /** Most tasks the agent runs at once (as in its descriptor; 0 means 1). */
    readonly maxConcurrency: number;
    /** The agent's heartbeat interval in ms; liveness timers are multiples of it. */
    readonly heartbeatIntervalMs: number;
    /** Consecutive failed calls that open the breaker. @default 5 */
    readonly breakerFailureThreshold?: number;
    /** How long the breaker stays open before letting one trial call through. @default 10_000 */
    readonly breakerOpenMs?: number;
    /** How long an unreachable agent is kept before it is considered gone (`left`). @default 60_000 */
    readonly forgetAfterMs?: number;
}
/** Context of `agentLifecycleMachine`. Times are ms on the actor's clock. */
export interface AgentLifecycleContext {
    readonly instanceId: string;
    readonly maxConcurrency: number;
    readonly heartbeatIntervalMs: number;
    readonly breakerFailureThreshold: number;
    readonly breakerOpenMs: number;
    readonly forgetAfterMs: number;
    /** In-flight tasks the agent reported in its last heartbeat. */
    readonly reportedInFlight: number;
    /** Tasks the orchestrator has in flight on the agent (from `LOAD`). */
    readonly localInFlight: number;
    /** `at` of the last heartbeat, or null before the first. */
    readonly lastHeartbeatAt: number | null;
    /**
     * When the current active/saturated liveness window ends (last beat + 1.5
     * intervals). Null after `READY`/`RESUME`, which open a fresh window, until
     * the next timed event. Lets `LOAD` move between active and saturated
     * without extending the life of an agent that stopped beating.
     */
    readonly beatDeadlineAt: number | null;
    /**
     * The orchestrator's own NATS link is down (`LINK_DOWN` … `LINK_UP`): missed
     * beats prove nothing then, so liveness timers do not move the agent.
     */
    readonly linkDown: boolean;
    readonly consecutiveFailures: number;
    readonly succeeded: number;
    readonly failed: number;
    /** Why admission refused the instance (state `refused`), else null. */
    readonly refusedReason: string | null;
}
/** Events of `agentLifecycleMachine`; the orchestrator sends them. */
export type AgentLifecycleEvent = {
    readonly type: 'READY';
} | {
    readonly type: 'PROBE_FAILED';
}
/** Admission failed: the instance's certificate is not trusted or does not name the agent it claims to be. */
 | {
    readonly type: 'REFUSED';
    readonly reason: string;
} | {
    readonly type: 'HEARTBEAT';
    readonly at: number;
    readonly inFlight: number;
    readonly maxConcurrency: number;
    readonly draining: boolean;
} | {
    readonly type: 'LOAD';
    readonly inFlight: number;
    readonly at: number;
    /**
     * The instance refused a task as full (RESOURCE_EXHAUSTED): other orchestrators' tasks
     * fill it. It counts as at capacity until its next heartbeat says otherwise.
     */
    readonly full?: boolean;
} | {
    readonly type: 'ENTER_MAINTENANCE';
} | {
    readonly type: 'RESUME';
} | {
    readonly type: 'DRAIN';
} | {
    readonly type: 'GOODBYE';
} | {
    readonly type: 'CALL_SUCCEEDED';
} | {
    readonly type: 'CALL_FAILED';
}
/**
 * The orchestrator lost its own NATS link; `lastGoodAt` is when it last knew
 * the link worked. Freezes liveness; a `suspect` whose beat deadline fell after
 * `lastGoodAt` goes back to `active` (its silence is explained by our link).
 */
 | {
    readonly type: 'LINK_DOWN';
    readonly at: number;
    readonly lastGoodAt: number;
}
/** The link is back: every timed state restarts its silence window, active/saturated with `graceMs`. */
 | {
    readonly type: 'LINK_UP';
    readonly at: number;
    readonly graceMs: number;
};
/** Every event type the machine accepts somewhere. */
export declare const AGENT_LIFECYCLE_EVENTS: readonly ["READY", "PROBE_FAILED", "REFUSED", "HEARTBEAT", "LOAD", "ENTER_MAINTENANCE", "RESUME", "DRAIN", "GOODBYE", "CALL_SUCCEEDED", "CALL_FAILED", "LINK_DOWN", "LINK_UP"];
/** Lifecycle region states, in the order of `troupe.v1.AgentState`. */
export declare const AGENT_LIFECYCLE_STATES: readonly ["joining", "active", "saturated", "maintenance", "draining", "suspect", "unreachable", "left", "refused"];
export type AgentLifecycleState = (typeof AGENT_LIFECYCLE_STATES)[number];
/** Breaker region states, in the order of `troupe.v1.BreakerState`. */
export declare const BREAKER_STATES: readonly ["closed", "open", "halfOpen"];
export type BreakerRegionState = (typeof BREAKER_STATES)[number];
