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
import { assign, not, setup } from 'xstate';
import { transitionTable } from './transition-table.js';
export * from './agent-lifecycle.types.js';
/** Missed-beat grace in active/saturated, and again in suspect, in intervals. */
const SUSPECT_AFTER_INTERVALS = 1.5;
/** Silence tolerated in maintenance and draining, in intervals. */
const SILENT_AFTER_INTERVALS = 3;
/**
 * The agent's last reported load once this orchestrator's own in-flight count has
 * dropped to `local`: the beat counted those tasks too, so each one that ended since
 * takes one off (otherwise an instance freed by our own task stays saturated until
 * its next beat, and a task sent meanwhile is refused for nothing).
 */
function reportedAfterLoad(context, local, full = false) {
    // Refused as full: whatever the last beat said, the instance is at its max now.
    if (full)
        return Math.max(context.maxConcurrency, context.reportedInFlight);
    return Math.max(0, context.reportedInFlight - Math.max(0, context.localInFlight - local));
}
/** Load after `event` is applied, without applying it. */
function loadAfter(context, event) {
    if (event.type === 'HEARTBEAT') {
        return { inFlight: Math.max(event.inFlight, context.localInFlight), max: Math.max(1, event.maxConcurrency) };
    }
    if (event.type === 'LOAD')
        return { inFlight: Math.max(reportedAfterLoad(context, event.inFlight, event.full), event.inFlight), max: context.maxConcurrency };
    return { inFlight: Math.max(context.reportedInFlight, context.localInFlight), max: context.maxConcurrency };
}
const grace = (context) => SUSPECT_AFTER_INTERVALS * context.heartbeatIntervalMs;
/**
 * HEARTBEAT out of `self`: a draining beat → draining, at capacity → saturated,
 * else → active; `reenter` restarts the liveness timer when the target is `self`.
 */
const beatFrom = (self) => [
    { guard: 'drainingBeat', target: 'draining', actions: 'recordHeartbeat' },
    { guard: 'atCapacity', target: 'saturated', actions: 'recordHeartbeat', reenter: self === 'saturated' },
    { target: 'active', actions: 'recordHeartbeat', reenter: self === 'active' },
];
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
export const agentLifecycleMachine = setup({
    types: {
        context: {},
        input: {},
        events: {},
    },
    actions: {
        recordHeartbeat: assign(({ context, event }) => event.type === 'HEARTBEAT'
            ? {
                lastHeartbeatAt: event.at,
                beatDeadlineAt: event.at + grace(context),
                reportedInFlight: event.inFlight,
                maxConcurrency: Math.max(1, event.maxConcurrency),
            }
            : {}),
        recordLoad: assign(({ context, event }) => event.type === 'LOAD'
            ? {
                localInFlight: event.inFlight,
                reportedInFlight: reportedAfterLoad(context, event.inFlight, event.full),
                beatDeadlineAt: context.beatDeadlineAt ?? event.at + grace(context),
            }
            : {}),
        openFreshWindow: assign({ beatDeadlineAt: null }),
        recordRefusal: assign(({ event }) => (event.type === 'REFUSED' ? { refusedReason: event.reason } : {})),
        markLinkDown: assign({ linkDown: true }),
        markLinkUp: assign({ linkDown: false }),
        openReconnectWindow: assign(({ event }) => (event.type === 'LINK_UP' ? { linkDown: false, beatDeadlineAt: event.at + event.graceMs } : { linkDown: false })),
        countSuccess: assign(({ context }) => ({ succeeded: context.succeeded + 1, consecutiveFailures: 0 })),
        countFailure: assign(({ context }) => ({
            failed: context.failed + 1,
            consecutiveFailures: context.consecutiveFailures + 1,
        })),
    },
    guards: {
        drainingBeat: ({ event }) => event.type === 'HEARTBEAT' && event.draining,
        atCapacity: ({ context, event }) => {
            const load = loadAfter(context, event);
            return load.inFlight >= load.max;
        },
        failureThresholdReached: ({ context }) => context.consecutiveFailures + 1 >= context.breakerFailureThreshold,
        /** Liveness timers act only while the orchestrator's own NATS link is up. */
        linkUp: ({ context }) => !context.linkDown,
        /** The beat deadline passed after the link was last known good: the silence may be ours. */
        silenceExplained: ({ context, event }) => event.type === 'LINK_DOWN' && (context.beatDeadlineAt === null || context.beatDeadlineAt >= event.lastGoodAt),
    },
    delays: {
        /** Active/saturated without a beat: 1.5 intervals after the last beat, even across LOAD toggles. */
        heartbeatGrace: ({ context, event }) => event.type === 'LINK_UP'
            ? event.graceMs
            : event.type === 'LOAD' && context.beatDeadlineAt !== null
                ? Math.max(0, context.beatDeadlineAt - event.at)
                : grace(context),
        suspectGrace: ({ context }) => grace(context),
        silenceTimeout: ({ context }) => SILENT_AFTER_INTERVALS * context.heartbeatIntervalMs,
        forgetAfter: ({ context }) => context.forgetAfterMs,
        breakerOpen: ({ context }) => context.breakerOpenMs,
    },
}).createMachine({
    id: 'agentLifecycle',
    description: 'One agent instance as the orchestrator sees it: its lifecycle (only `active` is routable) and, in parallel, the circuit breaker guarding calls to it.',
    type: 'parallel',
    context: ({ input }) => ({
        instanceId: input.instanceId,
        maxConcurrency: Math.max(1, input.maxConcurrency),
        heartbeatIntervalMs: input.heartbeatIntervalMs,
        breakerFailureThreshold: input.breakerFailureThreshold ?? 5,
        breakerOpenMs: input.breakerOpenMs ?? 10_000,
        forgetAfterMs: input.forgetAfterMs ?? 60_000,
        reportedInFlight: 0,
        localInFlight: 0,
        lastHeartbeatAt: null,
        beatDeadlineAt: null,
        linkDown: false,
        consecutiveFailures: 0,
        succeeded: 0,
        failed: 0,
        refusedReason: null,
    }),
    states: {
        lifecycle: {
            initial: 'joining',
            // Defaults for states without their own handling (joining, left); timed states restart their window on LINK_UP.
            on: {
                LINK_DOWN: { actions: 'markLinkDown' },
                LINK_UP: { actions: 'markLinkUp' },
            },
            states: {
                joining: {
                    on: {
                        READY: { target: 'active', actions: 'openFreshWindow' },
                        PROBE_FAILED: { target: 'unreachable' },
                        REFUSED: { target: 'refused', actions: 'recordRefusal' },
                        HEARTBEAT: { actions: 'recordHeartbeat' },
                        LOAD: { actions: 'recordLoad' },
                        GOODBYE: { target: 'left' },
                    },
                },
                active: {
                    after: { heartbeatGrace: { guard: 'linkUp', target: 'suspect' } },
                    on: {
                        LINK_UP: { target: 'active', reenter: true, actions: 'openReconnectWindow' },
                        HEARTBEAT: beatFrom('active'),
                        LOAD: [{ guard: 'atCapacity', target: 'saturated', actions: 'recordLoad' }, { actions: 'recordLoad' }],
                        ENTER_MAINTENANCE: { target: 'maintenance' },
                        DRAIN: { target: 'draining' },
                        REFUSED: { target: 'refused', actions: 'recordRefusal' },
                        GOODBYE: { target: 'left' },
                    },
                },
                saturated: {
                    after: { heartbeatGrace: { guard: 'linkUp', target: 'suspect' } },
                    on: {
                        LINK_UP: { target: 'saturated', reenter: true, actions: 'openReconnectWindow' },
                        HEARTBEAT: beatFrom('saturated'),
                        LOAD: [{ guard: not('atCapacity'), target: 'active', actions: 'recordLoad' }, { actions: 'recordLoad' }],
                        ENTER_MAINTENANCE: { target: 'maintenance' },
                        DRAIN: { target: 'draining' },
                        REFUSED: { target: 'refused', actions: 'recordRefusal' },
                        GOODBYE: { target: 'left' },
                    },
                },
                maintenance: {
                    after: { silenceTimeout: { guard: 'linkUp', target: 'unreachable' } },
                    on: {
                        LINK_UP: { target: 'maintenance', reenter: true, actions: 'markLinkUp' },
                        HEARTBEAT: { target: 'maintenance', reenter: true, actions: 'recordHeartbeat' },
                        LOAD: { actions: 'recordLoad' },
                        RESUME: { target: 'active', actions: 'openFreshWindow' },
                        DRAIN: { target: 'draining' },
                        GOODBYE: { target: 'left' },
                    },
                },
                draining: {
                    after: { silenceTimeout: { guard: 'linkUp', target: 'left' } },
                    on: {
                        LINK_UP: { target: 'draining', reenter: true, actions: 'markLinkUp' },
                        HEARTBEAT: { target: 'draining', reenter: true, actions: 'recordHeartbeat' },
                        LOAD: { actions: 'recordLoad' },
                        GOODBYE: { target: 'left' },
                    },
                },
                suspect: {
                    after: { suspectGrace: { guard: 'linkUp', target: 'unreachable' } },
                    on: {
                        LINK_DOWN: { guard: 'silenceExplained', target: 'active', actions: 'markLinkDown' },
                        LINK_UP: { target: 'suspect', reenter: true, actions: 'markLinkUp' },
                        HEARTBEAT: beatFrom('suspect'),
                        LOAD: { actions: 'recordLoad' },
                        DRAIN: { target: 'draining' },
                        REFUSED: { target: 'refused', actions: 'recordRefusal' },
                        GOODBYE: { target: 'left' },
                    },
                },
                unreachable: {
                    after: { forgetAfter: { guard: 'linkUp', target: 'left' } },
                    on: {
                        LINK_UP: { target: 'unreachable', reenter: true, actions: 'markLinkUp' },
                        HEARTBEAT: beatFrom('unreachable'),
                        LOAD: { actions: 'recordLoad' },
                        REFUSED: { target: 'refused', actions: 'recordRefusal' },
                        GOODBYE: { target: 'left' },
                    },
                },
                // Admission failed. Beats are noted (not an illegal event each second) but never
                // make it routable; a silent refused instance is forgotten like a draining one.
                refused: {
                    after: { silenceTimeout: { guard: 'linkUp', target: 'left' } },
                    on: {
                        LINK_UP: { target: 'refused', reenter: true, actions: 'markLinkUp' },
                        HEARTBEAT: { target: 'refused', reenter: true, actions: 'recordHeartbeat' },
                        LOAD: { actions: 'recordLoad' },
                        GOODBYE: { target: 'left' },
                    },
                },
                // Nothing leaves `left`; it is not `type: 'final'` so the breaker region
                // keeps counting calls that were already in flight.
                left: {},
            },
        },
        breaker: {
            initial: 'closed',
            states: {
                closed: {
                    on: {
                        CALL_SUCCEEDED: { actions: 'countSuccess' },
                        CALL_FAILED: [
                            { guard: 'failureThresholdReached', target: 'open', actions: 'countFailure' },
                            { actions: 'countFailure' },
                        ],
                    },
                },
                open: {
                    after: { breakerOpen: { target: 'halfOpen' } },
                    on: {
                        CALL_SUCCEEDED: { actions: 'countSuccess' },
                        CALL_FAILED: { actions: 'countFailure' },
                    },
                },
                halfOpen: {
                    on: {
                        CALL_SUCCEEDED: { target: 'closed', actions: 'countSuccess' },
                        CALL_FAILED: { target: 'open', actions: 'countFailure' },
                    },
                },
            },
        },
    },
});
/** Every explicit transition of {@link agentLifecycleMachine}. */
export const AGENT_LIFECYCLE_TRANSITIONS = transitionTable(agentLifecycleMachine);
/**
 * The `lifecycle` region's state.
 *
 * @example
 * ```ts
 * lifecycleState(actor.getSnapshot()); // 'joining'
 * ```
 */
export function lifecycleState(snapshot) {
    return snapshot.value.lifecycle;
}
/**
 * The `breaker` region's state.
 *
 * @example
 * ```ts
 * breakerState(actor.getSnapshot()); // 'closed'
 * ```
 */
export function breakerState(snapshot) {
    return snapshot.value.breaker;
}
/**
 * True when the scheduler may pick this agent: lifecycle `active` and breaker
 * not `open` (`halfOpen` lets trial calls through).
 *
 * @example
 * ```ts
 * if (isRoutable(actor.getSnapshot())) candidates.push(instance);
 * ```
 */
export function isRoutable(snapshot) {
    return lifecycleState(snapshot) === 'active' && breakerState(snapshot) !== 'open';
}
//# sourceMappingURL=agent-lifecycle.machine.js.map