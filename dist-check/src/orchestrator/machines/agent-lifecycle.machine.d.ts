/**
 * The lifecycle of one agent instance as the orchestrator sees it, plus its
 * circuit breaker, as one parallel XState v5 machine.
 *
 * - Region `lifecycle`: `joining → active ⇄ saturated`, `active → maintenance | draining → left`,
 *   `active → suspect (missed beats) → active | unreachable`, `unreachable → active | left`,
 *   `joining | active | saturated | suspect | unreachable → refused → left` (admission failed:
 *   never routable; an instance whose first probe failed is re-probed from where its beats
 *   took it; it leaves when it says goodbye or stops beating).
 *   State names map 1:1 to the proto enum `troupe.v1.AgentState` (`active` ↔ `AGENT_STATE_ACTIVE`).
 * - Region `breaker`: `closed → open → halfOpen → closed | open` (`troupe.v1.BreakerState`).
 *
 * Liveness, with I the heartbeat interval: active/saturated without a beat for
 * 1.5 I → suspect (out of rotation), 1.5 I more → unreachable (3 I after the
 * last beat), `forgetAfterMs` more → left; maintenance 3 I silent → unreachable;
 * draining 3 I silent → left. `LOAD` carries `at` so that moving between active
 * and saturated keeps the deadline of the last beat instead of restarting it.
 *
 * The orchestrator's own NATS link: losing it is no evidence that agents are
 * dead. Between `LINK_DOWN` and `LINK_UP` no liveness timer moves an agent
 * (guard `linkUp`); a `suspect` whose silence began after the link was last
 * known good returns to `active`; on `LINK_UP` every timed state restarts its
 * window, active/saturated with the event's `graceMs` (beat interval × N plus the
 * agents' own reconnect time). A failed gRPC call still counts as before.
 *
 * The machine is pure: no side effects besides `assign`, and time only from
 * events (`at`, on the actor's clock) and `after` timers, so tests drive it with
 * `SimulatedClock`. The full table is {@link AGENT_LIFECYCLE_TRANSITIONS};
 * the diagram is `docs/machines/agent-lifecycle.md`.
 */
import { type SnapshotFrom } from 'xstate';
import type { AgentLifecycleContext, AgentLifecycleInput, AgentLifecycleState, BreakerRegionState } from './agent-lifecycle.types.js';
export * from './agent-lifecycle.types.js';
/**
 * One agent instance's lifecycle and circuit breaker. Create with
 * `createActor(agentLifecycleMachine, { input, clock })`; send events through
 * `sendChecked` so illegal ones are refused, logged and counted.
 *
 * @example
 * ```ts
 * const actor = createActor(agentLifecycleMachine, { input: { instanceId: 'tts-1', maxConcurrency: 4, heartbeatIntervalMs: 1000 } }).start();
 * actor.send({ type: 'READY' });
 * isRoutable(actor.getSnapshot()); // true
 * ```
 */
export declare const agentLifecycleMachine: import("xstate").StateMachine<AgentLifecycleContext, {
    readonly type: "READY";
} | {
    readonly type: "PROBE_FAILED";
} | {
    readonly type: "REFUSED";
    readonly reason: string;
} | {
    readonly type: "HEARTBEAT";
    readonly at: number;
    readonly inFlight: number;
    readonly maxConcurrency: number;
    readonly draining: boolean;
} | {
    readonly type: "LOAD";
    readonly inFlight: number;
    readonly at: number;
    readonly full?: boolean;
} | {
    readonly type: "ENTER_MAINTENANCE";
} | {
    readonly type: "RESUME";
} | {
    readonly type: "DRAIN";
} | {
    readonly type: "GOODBYE";
} | {
    readonly type: "CALL_SUCCEEDED";
} | {
    readonly type: "CALL_FAILED";
} | {
    readonly type: "LINK_DOWN";
    readonly at: number;
    readonly lastGoodAt: number;
} | {
    readonly type: "LINK_UP";
    readonly at: number;
    readonly graceMs: number;
}, {}, never, {
    type: "recordHeartbeat";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "recordLoad";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "openFreshWindow";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "recordRefusal";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "markLinkDown";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "markLinkUp";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "openReconnectWindow";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "countSuccess";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "countFailure";
    params: import("xstate").NonReducibleUnknown;
}, {
    type: "drainingBeat";
    params: unknown;
} | {
    type: "atCapacity";
    params: unknown;
} | {
    type: "failureThresholdReached";
    params: unknown;
} | {
    type: "linkUp";
    params: unknown;
} | {
    type: "silenceExplained";
    params: unknown;
}, "heartbeatGrace" | "suspectGrace" | "silenceTimeout" | "forgetAfter" | "breakerOpen", {
    lifecycle: "draining" | "refused" | "joining" | "active" | "saturated" | "maintenance" | "suspect" | "unreachable" | "left";
    breaker: "closed" | "open" | "halfOpen";
}, string, AgentLifecycleInput, import("xstate").NonReducibleUnknown, import("xstate").EventObject, import("xstate").MetaObject, {
    id: "agentLifecycle";
    states: {
        readonly lifecycle: {
            states: {
                readonly joining: {};
                readonly active: {};
                readonly saturated: {};
                readonly maintenance: {};
                readonly draining: {};
                readonly suspect: {};
                readonly unreachable: {};
                readonly refused: {};
                readonly left: {};
            };
        };
        readonly breaker: {
            states: {
                readonly closed: {};
                readonly open: {};
                readonly halfOpen: {};
            };
        };
    };
}, import("xstate").MetaObject>;
/** A snapshot of {@link agentLifecycleMachine}. */
export type AgentLifecycleSnapshot = SnapshotFrom<typeof agentLifecycleMachine>;
/** Every explicit transition of {@link agentLifecycleMachine}. */
export declare const AGENT_LIFECYCLE_TRANSITIONS: import("./transition-table.js").TransitionTable;
/**
 * The `lifecycle` region's state.
 *
 * @example
 * ```ts
 * lifecycleState(actor.getSnapshot()); // 'joining'
 * ```
 */
export declare function lifecycleState(snapshot: AgentLifecycleSnapshot): AgentLifecycleState;
/**
 * The `breaker` region's state.
 *
 * @example
 * ```ts
 * breakerState(actor.getSnapshot()); // 'closed'
 * ```
 */
export declare function breakerState(snapshot: AgentLifecycleSnapshot): BreakerRegionState;
/**
 * True when the scheduler may pick this agent: lifecycle `active` and breaker
 * not `open` (`halfOpen` lets trial calls through).
 *
 * @example
 * ```ts
 * if (isRoutable(actor.getSnapshot())) candidates.push(instance);
 * ```
 */
export declare function isRoutable(snapshot: AgentLifecycleSnapshot): boolean;
