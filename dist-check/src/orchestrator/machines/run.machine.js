/**
 * One workflow run as a flat XState v5 machine:
 * `pending → running → completed | failed | cancelled`, with `running`
 * holding the step graph in context (`steps`, one entry per step id).
 *
 * The engine decides the graph logic (which steps are ready, when the failure
 * policy is exhausted) and performs the effects; the machine keeps the books
 * and refuses what is inconsistent: a step starts only from pending (another
 * item task may join a running `for_each` step), succeeds or fails only while
 * running (a `for_each` step succeeds once every item is done), is skipped only
 * while pending; a running step that failed for good is recovered by its
 * `on_failure` (`STEP_RECOVERED`: skipped with a default output, or `recovered`
 * with the data given); a pending `wait_for_signal` step waits (`STEP_WAITING`, no
 * task) until it is approved (`STEP_SIGNALLED`: succeeded with the payload), or
 * rejected or timed out (`STEP_FAILED`, `STEP_SKIPPED` or `STEP_RECOVERED` from waiting); `COMPLETE` needs every step succeeded, skipped,
 * recovered or failed with `continue_on: any`. Nothing is accepted once the run is final, so no task
 * starts after a cancel. Ending early (`FAIL`, `CANCEL`, `DEADLINE`) closes the
 * open steps: running ones fail, pending ones are skipped.
 *
 * `deadlineAt` is an absolute time in context; the `after` timer derived from
 * it only raises `DEADLINE` on the actor's clock, and after a restore (which
 * does not re-arm timers) the engine uses {@link reArmRunDeadline}. The full
 * table is {@link RUN_TRANSITIONS}; the diagram is `docs/machines/run.md`.
 */
import { assign, raise, setup } from 'xstate';
import { clockNow, dueTimers, timerDelay } from './deadlines.js';
import { applyStepEvent, canAddItemTask, closeOpenSteps, isSettled, pendingStep, stepOf } from './run.steps.js';
import { transitionTable } from './transition-table.js';
export * from './run.types.js';
/** Why the steps still open when the run ends early were closed. */
const endedBecause = (event) => {
    switch (event.type) {
        case 'CANCEL':
            return `run cancelled: ${event.reason}`;
        case 'FAIL':
            return `run failed: ${event.error}`;
        default:
            return 'run deadline exceeded';
    }
};
/**
 * One run's step bookkeeping. Create with `createActor(runMachine, { input, clock })`;
 * send events through `sendChecked` so illegal ones are refused, logged and counted.
 *
 * @example
 * ```ts
 * const run = createActor(runMachine, { input: { runId: 'r1', workflow: 'podcast', stepIds: ['script', 'voice'], priority: 3 } }).start();
 * run.send({ type: 'START', at: Date.now() });
 * run.send({ type: 'STEP_STARTED', at: Date.now(), stepId: 'script', taskId: 't1' });
 * ```
 */
export const runMachine = setup({
    types: { context: {}, input: {}, events: {} },
    actions: {
        recordStart: assign(({ event }) => ({ startedAt: event.at })),
        applyStep: assign(({ context, event }) => ('stepId' in event ? { steps: applyStepEvent(context.steps, event) } : {})),
        recordCompletion: assign(({ event }) => event.type === 'COMPLETE' ? { output: event.output, warnings: [...event.warnings], endedAt: event.at } : {}),
        endEarly: assign(({ context, event }) => ({
            steps: closeOpenSteps(context.steps, event.at, endedBecause(event), event.type === 'CANCEL' ? 'cancelled' : 'failed'),
            endedAt: event.at,
            ...(event.type === 'CANCEL' ? { cancelReason: event.reason } : {}),
            ...(event.type === 'FAIL' ? { error: event.error } : {}),
            ...(event.type === 'DEADLINE' ? { error: 'deadline exceeded' } : {}),
        })),
        raiseDeadline: raise(({ system }) => ({ type: 'DEADLINE', at: clockNow(system) })),
    },
    guards: {
        /** `STEP_STARTED` / `STEP_SKIPPED` of a known step that is still pending. */
        stepPending: ({ context, event }) => stepOf(context, event)?.status === 'pending',
        /** `STEP_STARTED` of another item task of a running `for_each` step. */
        itemTaskJoining: ({ context, event }) => {
            const step = stepOf(context, event);
            return event.type === 'STEP_STARTED' && step !== undefined && canAddItemTask(step, event.taskId);
        },
        stepRunning: ({ context, event }) => stepOf(context, event)?.status === 'running',
        /** A `wait_for_signal` step waiting for SignalRun or its timeout. */
        stepWaiting: ({ context, event }) => stepOf(context, event)?.status === 'waiting',
        /** Running, and for a `for_each` step every item done. */
        stepCanSucceed: ({ context, event }) => {
            const step = stepOf(context, event);
            return step?.status === 'running' && (step.items === undefined || step.items.done >= step.items.total);
        },
        /** A `for_each` item task started and not yet counted done. */
        itemInFlight: ({ context, event }) => {
            const step = stepOf(context, event);
            return step?.status === 'running' && step.items !== undefined && step.items.done < step.taskIds.length;
        },
        allStepsSettled: ({ context }) => Object.values(context.steps).every(isSettled),
        hasDeadline: ({ context }) => context.deadlineAt !== null,
        deadlinePassed: ({ context, event }) => context.deadlineAt !== null && event.at >= context.deadlineAt,
    },
    delays: {
        runDeadline: ({ context, system }) => timerDelay(context.deadlineAt, system),
    },
}).createMachine({
    id: 'run',
    description: 'One workflow run: its step graph (status, tasks, attempts, timings, output per step) from start to completed, failed or cancelled. The engine decides which steps run; guards refuse inconsistent step events, and the `after` timer only raises the `DEADLINE` its guard checks.',
    initial: 'pending',
    context: ({ input }) => ({
        runId: input.runId,
        workflow: input.workflow,
        priority: input.priority,
        stepIds: [...input.stepIds],
        steps: Object.fromEntries(input.stepIds.map((id) => [id, pendingStep()])),
        deadlineAt: input.deadlineAt ?? null,
        createdAt: input.createdAt ?? null,
        startedAt: null,
        endedAt: null,
        output: null,
        error: null,
        warnings: [],
        cancelReason: null,
    }),
    states: {
        pending: {
            after: { runDeadline: { guard: 'hasDeadline', target: 'pending', reenter: true, actions: 'raiseDeadline' } },
            on: {
                START: { target: 'running', actions: 'recordStart' },
                ...endings(),
            },
        },
        running: {
            after: { runDeadline: { guard: 'hasDeadline', target: 'running', reenter: true, actions: 'raiseDeadline' } },
            on: {
                STEP_STARTED: [
                    { guard: 'stepPending', actions: 'applyStep' },
                    { guard: 'itemTaskJoining', actions: 'applyStep' },
                ],
                STEP_WAITING: { guard: 'stepPending', actions: 'applyStep' },
                STEP_SIGNALLED: { guard: 'stepWaiting', actions: 'applyStep' },
                ITEM_DONE: { guard: 'itemInFlight', actions: 'applyStep' },
                STEP_SUCCEEDED: { guard: 'stepCanSucceed', actions: 'applyStep' },
                STEP_FAILED: [
                    { guard: 'stepRunning', actions: 'applyStep' },
                    { guard: 'stepWaiting', actions: 'applyStep' },
                ],
                STEP_SKIPPED: [
                    { guard: 'stepPending', actions: 'applyStep' },
                    { guard: 'stepWaiting', actions: 'applyStep' },
                ],
                STEP_RECOVERED: [
                    { guard: 'stepRunning', actions: 'applyStep' },
                    { guard: 'stepWaiting', actions: 'applyStep' },
                ],
                COMPLETE: { guard: 'allStepsSettled', target: 'completed', actions: 'recordCompletion' },
                ...endings(),
            },
        },
        completed: { type: 'final' },
        failed: { type: 'final' },
        cancelled: { type: 'final' },
    },
});
/** How a run ends early, from pending or running. */
function endings() {
    return {
        FAIL: { target: 'failed', actions: 'endEarly' },
        CANCEL: { target: 'cancelled', actions: 'endEarly' },
        DEADLINE: { guard: 'deadlinePassed', target: 'failed', actions: 'endEarly' },
    };
}
/** Every explicit transition of {@link runMachine}. */
export const RUN_TRANSITIONS = transitionTable(runMachine);
/**
 * The run's state.
 *
 * @example
 * ```ts
 * runState(run.getSnapshot()); // 'pending'
 * ```
 */
export function runState(snapshot) {
    return snapshot.value;
}
/**
 * The run's report as plain JSON: status, timestamps, output or error,
 * warnings, and every step in definition order with its tasks, attempts,
 * timings, status, warnings and output. Absent values are left out, so it
 * converts to a `google.protobuf.Struct` as is.
 *
 * @example
 * ```ts
 * const report = runReport(run.getSnapshot());
 * report.steps.map((s) => `${s.id}: ${s.status}`);
 * ```
 */
export function runReport(snapshot) {
    const c = snapshot.context;
    const steps = c.stepIds.flatMap((id) => {
        const step = c.steps[id];
        return step === undefined ? [] : [stepReport(id, step)];
    });
    return compact({
        runId: c.runId,
        workflow: c.workflow,
        priority: c.priority,
        status: snapshot.value,
        createdAt: c.createdAt,
        startedAt: c.startedAt,
        endedAt: c.endedAt,
        durationMs: c.startedAt !== null && c.endedAt !== null ? c.endedAt - c.startedAt : null,
        deadlineAt: c.deadlineAt,
        output: c.output,
        error: c.error,
        cancelReason: c.cancelReason,
        warnings: [...c.warnings],
        steps,
    });
}
function stepReport(id, step) {
    const durationMs = step.startedAt !== undefined && step.endedAt !== undefined ? step.endedAt - step.startedAt : undefined;
    return compact({
        id,
        ...step,
        taskIds: [...step.taskIds],
        warnings: [...step.warnings],
        ...(step.items === undefined ? {} : { items: { ...step.items } }),
        durationMs,
    });
}
/** `obj` without its null and undefined properties (shallow). */
function compact(obj) {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined));
}
/**
 * The `DEADLINE` a (restored) pending or running snapshot is waiting for;
 * send it at once with `at: now` when `overdue`, else schedule it. XState does
 * not re-arm `after` timers on restore (xstate#4860).
 *
 * @example
 * ```ts
 * for (const t of reArmRunDeadline(snapshot, Date.now())) if (t.overdue) sendChecked(actor, { type: 'DEADLINE', at: Date.now() }, ctx);
 * ```
 */
export function reArmRunDeadline(snapshot, now) {
    return snapshot.status === 'active' ? dueTimers('DEADLINE', snapshot.context.deadlineAt, now) : [];
}
//# sourceMappingURL=run.machine.js.map