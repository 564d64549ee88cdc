/**
 * One managed agent of a `troupe up` fleet, as an XState v5 machine.
 *
 * `waiting` (for the capabilities it needs) → `running` (`steady` ⇄ `healing`) →
 * `crashLoop` | `stopping` → `stopped`. In `running`, the invoked `instances` actor keeps
 * `desired` processes alive (RECONCILE); a process that exits unasked is a crash: the
 * machine waits out a backoff in `healing` (doubling per crash in the window, capped) and
 * reconciles again, or, at `crashLoopCrashes` crashes within `crashLoopWindowMs`, stops the
 * agent in `crashLoop` with a reason and emits `crashLoop` (the alert). SCALE events carry
 * the supervisor's decisions (queue, schedule, demand, idle cooldown, resource guard),
 * each recorded with its reason and emitted as `decision`.
 *
 * The machine is pure: effects are the invoked `instances` (fromCallback) and `stopAll`
 * (fromPromise) actors, which the supervisor provides; time comes from events (`at`) and
 * the `restartBackoff` delay, so tests drive it with `SimulatedClock`. The diagram is
 * docs/machines/fleet-agent.md.
 */
import { assign, emit, fromCallback, fromPromise, sendTo, setup } from 'xstate';
import { transitionTable } from '../sdk/machines/transition-table.js';
export * from './fleet-agent.types.js';
/** Decisions kept per agent. */
const MAX_DECISIONS = 20;
/** Crash times still inside the window at `at`. */
function recentCrashes(context, at) {
    return context.crashes.filter((t) => at - t < context.restart.crashLoopWindowMs);
}
/** Delay before restarting after the latest crash: backoff × 2^(crashes in window − 1), capped. */
export function restartDelay(context) {
    const n = Math.max(1, context.crashes.length);
    return Math.min(context.restart.maxBackoffMs, context.restart.backoffMs * 2 ** Math.min(30, n - 1));
}
function describeExit(event) {
    if (event.type !== 'INSTANCE_EXITED')
        return '';
    if (event.error)
        return event.error;
    return event.signal ? `signal ${event.signal}` : `exit code ${event.code ?? 'unknown'}`;
}
const clamp = (context, to) => Math.max(0, Math.min(context.max, Math.trunc(to)));
/**
 * The fleet agent machine. Create with `createActor(fleetAgentMachine.provide({ actors }), { input })`
 * and send events through `sendChecked` so illegal ones are refused, logged and counted.
 *
 * @example
 * ```ts
 * const actor = createActor(fleetAgentMachine, { input: { name: 'tts', min: 1, max: 3, restart, ready: true } }).start();
 * actor.send({ type: 'SCALE', to: 2, cause: 'queue', reason: 'queue depth 6 ≥ 4', at: Date.now() });
 * ```
 */
export const fleetAgentMachine = setup({
    types: {
        context: {},
        input: {},
        events: {},
        emitted: {},
    },
    actors: {
        /** Keeps `desired` processes running; reports INSTANCE_STARTED / INSTANCE_EXITED; stops them all when it stops. */
        instances: fromCallback(() => () => undefined),
        /** Stops every process gracefully (SIGTERM, then SIGKILL after the grace). */
        stopAll: fromPromise(async () => undefined),
    },
    actions: {
        reconcile: sendTo('instances', ({ context }) => ({ type: 'RECONCILE', desired: context.desired })),
        applyScale: assign(({ context, event }) => {
            if (event.type !== 'SCALE')
                return {};
            const to = clamp(context, event.to);
            const decision = { at: event.at, from: context.desired, to, cause: event.cause, reason: event.reason };
            return { desired: to, decisions: [...context.decisions, decision].slice(-MAX_DECISIONS) };
        }),
        emitDecision: emit(({ context }) => ({ type: 'decision', decision: context.decisions[context.decisions.length - 1] })),
        markReady: assign({ ready: true }),
        countStarted: assign(({ context }) => ({ running: context.running + 1 })),
        countExited: assign(({ context }) => ({ running: Math.max(0, context.running - 1) })),
        recordCrash: assign(({ context, event }) => {
            if (event.type !== 'INSTANCE_EXITED')
                return {};
            return { crashes: [...recentCrashes(context, event.at), event.at], lastCrash: describeExit(event) };
        }),
        countRestart: assign(({ context }) => ({ restarts: context.restarts + 1 })),
        emitRestart: emit(({ context }) => ({ type: 'restart', backoffMs: restartDelay(context), lastCrash: context.lastCrash ?? '' })),
        setCrashLoopReason: assign(({ context, event }) => {
            if (event.type !== 'INSTANCE_EXITED')
                return {};
            const n = recentCrashes(context, event.at).length + 1;
            return { crashLoopReason: `crash loop: ${n} crashes within ${context.restart.crashLoopWindowMs} ms (last: ${describeExit(event)}); restarts stopped` };
        }),
        emitCrashLoop: emit(({ context }) => ({ type: 'crashLoop', reason: context.crashLoopReason ?? 'crash loop' })),
        forgetInstances: assign({ running: 0 }),
        clearCrashes: assign({ crashes: [], crashLoopReason: null }),
    },
    guards: {
        expectedExit: ({ event }) => event.type === 'INSTANCE_EXITED' && event.expected,
        crashLoop: ({ context, event }) => event.type === 'INSTANCE_EXITED' && recentCrashes(context, event.at).length + 1 >= context.restart.crashLoopCrashes,
        wasReady: ({ context }) => context.ready,
    },
    delays: {
        restartBackoff: ({ context }) => restartDelay(context),
    },
}).createMachine({
    id: 'fleetAgent',
    description: 'One managed agent of a `troupe up` fleet: it waits for the capabilities it needs, keeps its desired instances running (restarting crashed ones after a backoff), scales on the supervisor\'s decisions, and stops with a reason on a crash loop.',
    context: ({ input }) => ({
        name: input.name,
        min: input.min,
        max: input.max,
        restart: input.restart,
        desired: Math.min(input.max, input.min),
        running: 0,
        restarts: 0,
        crashes: [],
        lastCrash: null,
        crashLoopReason: null,
        decisions: [],
        ready: input.ready === true,
    }),
    initial: 'waiting',
    states: {
        waiting: {
            always: { guard: 'wasReady', target: 'running' },
            on: {
                DEPENDENCIES_MET: { target: 'running', actions: 'markReady' },
                SCALE: { actions: ['applyScale', 'emitDecision'] },
                STOP: 'stopped',
            },
        },
        running: {
            invoke: { id: 'instances', src: 'instances', input: ({ context }) => ({ name: context.name }) },
            exit: 'forgetInstances',
            initial: 'steady',
            on: {
                INSTANCE_STARTED: { actions: 'countStarted' },
                STOP: 'stopping',
            },
            states: {
                steady: {
                    entry: 'reconcile',
                    on: {
                        SCALE: { actions: ['applyScale', 'emitDecision', 'reconcile'] },
                        INSTANCE_EXITED: [
                            { guard: 'expectedExit', actions: 'countExited' },
                            { guard: 'crashLoop', target: '#fleetAgent.crashLoop', actions: ['countExited', 'setCrashLoopReason', 'recordCrash'] },
                            { target: 'healing', actions: ['countExited', 'recordCrash', 'countRestart', 'emitRestart'] },
                        ],
                    },
                },
                healing: {
                    after: { restartBackoff: 'steady' },
                    on: {
                        SCALE: { actions: ['applyScale', 'emitDecision'] },
                        INSTANCE_EXITED: [
                            { guard: 'expectedExit', actions: 'countExited' },
                            { guard: 'crashLoop', target: '#fleetAgent.crashLoop', actions: ['countExited', 'setCrashLoopReason', 'recordCrash'] },
                            { actions: ['countExited', 'recordCrash', 'countRestart', 'emitRestart'] },
                        ],
                    },
                },
            },
        },
        crashLoop: {
            entry: 'emitCrashLoop',
            on: {
                RESET: { target: 'running', actions: 'clearCrashes' },
                STOP: 'stopped',
            },
        },
        stopping: {
            invoke: { id: 'stopAll', src: 'stopAll', input: ({ context }) => ({ name: context.name }), onDone: 'stopped', onError: 'stopped' },
        },
        stopped: { type: 'final' },
    },
});
/** Every explicit transition of {@link fleetAgentMachine} (tests walk it; the diagram is drawn from it). */
export const FLEET_AGENT_TRANSITIONS = transitionTable(fleetAgentMachine);
//# sourceMappingURL=fleet-agent.machine.js.map