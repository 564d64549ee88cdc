/**
 * One task — one step invocation or one `for_each` item — as a flat XState v5
 * machine: `pending → dispatched → in_progress → completed | failed`, plus
 * `retry_wait` (backoff) and the transient `timed_out`.
 *
 * The machine is bookkeeping only: the engine performs the effects (picking an
 * agent, calling it, aborting it) and sends events carrying `at`; guards check
 * every event against the context. A failure is retried while it is retryable
 * and the capability has attempts left, with exponential backoff and full
 * jitter (the random number arrives in the event); after that the task
 * switches once to `fallbackCapability` if there is one, else fails.
 * `TIMEOUT` ends the attempt in `timed_out`, which resolves at once, through
 * eventless transitions, exactly like a retryable `DEADLINE_EXCEEDED` failure.
 * `REASSIGN` moves a dispatched attempt to another instance (the first refused it
 * as full) without spending an attempt.
 *
 * Deadlines (`deadlineAt`, `retryAt`) are absolute times in context; the
 * `after` timers derived from them only raise `TIMEOUT` / `RETRY_DUE` on the
 * actor's clock, so tests drive it with `SimulatedClock` and, after a restore
 * (which does not re-arm timers), the engine uses {@link reArmDeadlines}.
 * The full table is {@link TASK_TRANSITIONS}; the diagram is `docs/machines/task.md`.
 */
import { and, assign, raise, setup } from 'xstate';
import { clockNow, dueTimers, MAX_TIMER_MS, timerDelay } from './deadlines.js';
import { GRPC_CANCELLED, } from './task.types.js';
import { backoffMs, closeLast, failureOf, timeoutFailure } from './task.policy.js';
import { transitionTable } from './transition-table.js';
export * from './task.types.js';
export { backoffMs } from './task.policy.js';
const ended = { deadlineAt: null, retryAt: null };
/**
 * One task's attempts, retries, timeout and fallback. Create with
 * `createActor(taskMachine, { input, clock })`; send events through
 * `sendChecked` so illegal ones are refused, logged and counted.
 *
 * @example
 * ```ts
 * const task = createActor(taskMachine, { input: { taskId: 't1', capability: 'tts.speak', maxAttempts: 3,
 *   initialBackoffMs: 100, maxBackoffMs: 2000, multiplier: 2, timeoutMs: 10_000 } }).start();
 * task.send({ type: 'DISPATCH', at: Date.now(), instanceId: 'tts-1', attempt: nextAttempt(task.getSnapshot()) });
 * ```
 */
export const taskMachine = setup({
    types: { context: {}, input: {}, events: {} },
    actions: {
        recordDispatch: assign(({ context, event }) => {
            if (event.type !== 'DISPATCH')
                return {};
            const attempt = {
                attempt: event.attempt,
                instanceId: event.instanceId,
                capability: context.capability,
                startedAt: event.at,
            };
            return {
                attempts: [...context.attempts, attempt],
                capabilityAttempts: context.capabilityAttempts + 1,
                deadlineAt: event.at + context.policy.timeoutMs,
                retryAt: null,
            };
        }),
        recordReassign: assign(({ context, event }) => {
            const last = context.attempts.at(-1);
            if (event.type !== 'REASSIGN' || last === undefined)
                return {};
            return { attempts: [...context.attempts.slice(0, -1), { ...last, instanceId: event.instanceId }] };
        }),
        recordResponse: assign(({ context, event }) => {
            const last = context.attempts.at(-1);
            if (event.type !== 'STARTED' || last === undefined)
                return {};
            return { attempts: [...context.attempts.slice(0, -1), { ...last, respondedAt: event.at }] };
        }),
        recordSuccess: assign(({ context, event }) => event.type === 'SUCCEEDED'
            ? {
                attempts: closeLast(context.attempts, { endedAt: event.at, outcome: 'succeeded' }),
                output: event.output ?? null,
                ...(event.warnings && event.warnings.length > 0 ? { warnings: [...event.warnings] } : {}),
                endedAt: event.at,
                ...ended,
            }
            : {}),
        recordFailure: assign(({ context, event }) => {
            const failure = failureOf(context, event);
            if (event.type !== 'FAILED' || failure === null)
                return {};
            const { at: endedAt, code, message } = failure;
            return {
                attempts: closeLast(context.attempts, { endedAt, outcome: 'failed', code, message }),
                lastFailure: failure,
                deadlineAt: null,
            };
        }),
        recordTimeout: assign(({ context, event }) => {
            if (event.type !== 'TIMEOUT')
                return {};
            const failure = timeoutFailure(context, event);
            const { code, message } = failure;
            return {
                attempts: closeLast(context.attempts, { endedAt: event.at, outcome: 'timed_out', code, message }),
                lastFailure: failure,
                deadlineAt: null,
            };
        }),
        scheduleRetry: assign(({ context, event }) => {
            const failure = failureOf(context, event);
            return failure === null ? {} : { retryAt: failure.at + backoffMs(context.policy, context.capabilityAttempts, failure.jitter) };
        }),
        switchToFallback: assign(({ context, event }) => ({
            capability: context.policy.fallbackCapability ?? context.capability,
            usedFallback: true,
            capabilityAttempts: 0,
            retryAt: failureOf(context, event)?.at ?? null,
        })),
        clearRetry: assign({ retryAt: null }),
        markFailed: assign(({ context, event }) => ({ endedAt: failureOf(context, event)?.at ?? null, ...ended })),
        recordCancel: assign(({ context, event }) => event.type === 'CANCEL'
            ? {
                attempts: closeLast(context.attempts, { endedAt: event.at, outcome: 'cancelled', code: GRPC_CANCELLED, message: event.reason }),
                cancelled: true,
                cancelReason: event.reason,
                endedAt: event.at,
                ...ended,
            }
            : {}),
        raiseTimeout: raise(({ system }) => ({ type: 'TIMEOUT', at: clockNow(system) })),
        raiseRetryDue: raise(({ system }) => ({ type: 'RETRY_DUE', at: clockNow(system) })),
    },
    guards: {
        /** `DISPATCH` numbers the next attempt: one more than those made. */
        isNextAttempt: ({ context, event }) => event.type === 'DISPATCH' && event.attempt === context.attempts.length + 1,
        /** The news is about the open attempt (or does not say which). */
        isCurrentAttempt: ({ context, event }) => !('attempt' in event) || event.attempt === undefined || event.attempt === context.attempts.length,
        retryDue: ({ context, event }) => context.retryAt !== null && event.at >= context.retryAt,
        deadlinePassed: ({ context, event }) => context.deadlineAt !== null && event.at >= context.deadlineAt,
        /** Retryable, and the capability has attempts left. */
        willRetry: ({ context, event }) => failureOf(context, event)?.retryable === true && context.capabilityAttempts < context.policy.maxAttempts,
        canFallback: ({ context }) => context.policy.fallbackCapability !== null && !context.usedFallback,
    },
    delays: {
        taskTimeout: ({ context, system }) => timerDelay(context.deadlineAt, system),
        retryBackoff: ({ context, system }) => timerDelay(context.retryAt, system),
    },
}).createMachine({
    id: 'task',
    description: 'One task (a step invocation or a `for_each` item): its attempts on agent instances, timeouts, retries with backoff and full jitter, and one fallback capability. Deadlines live in context; each `after` timer only raises the `TIMEOUT` or `RETRY_DUE` its guard checks, and `timed_out` resolves at once.',
    initial: 'pending',
    context: ({ input }) => ({
        taskId: input.taskId,
        runId: input.runId ?? null,
        stepId: input.stepId ?? null,
        capability: input.capability,
        usedFallback: false,
        policy: {
            primaryCapability: input.capability,
            fallbackCapability: input.fallbackCapability ?? null,
            maxAttempts: Math.max(1, Math.floor(input.maxAttempts)),
            initialBackoffMs: Math.max(0, input.initialBackoffMs),
            maxBackoffMs: Math.min(MAX_TIMER_MS, Math.max(0, input.maxBackoffMs)),
            multiplier: Math.max(1, input.multiplier),
            timeoutMs: Math.min(MAX_TIMER_MS, Math.max(0, input.timeoutMs)),
        },
        attempts: [],
        capabilityAttempts: 0,
        deadlineAt: null,
        retryAt: null,
        lastFailure: null,
        cancelled: false,
        cancelReason: null,
        output: null,
        endedAt: null,
    }),
    states: {
        pending: {
            on: {
                DISPATCH: { guard: 'isNextAttempt', target: 'dispatched', actions: 'recordDispatch' },
                CANCEL: { target: 'failed', actions: 'recordCancel' },
            },
        },
        dispatched: {
            after: { taskTimeout: { target: 'dispatched', reenter: true, actions: 'raiseTimeout' } },
            on: {
                STARTED: { guard: 'isCurrentAttempt', target: 'in_progress', actions: 'recordResponse' },
                REASSIGN: { guard: 'isCurrentAttempt', target: 'dispatched', actions: 'recordReassign' },
                ...attemptOutcomes(),
            },
        },
        in_progress: {
            after: { taskTimeout: { target: 'in_progress', reenter: true, actions: 'raiseTimeout' } },
            on: attemptOutcomes(),
        },
        retry_wait: {
            after: { retryBackoff: { target: 'retry_wait', reenter: true, actions: 'raiseRetryDue' } },
            on: {
                RETRY_DUE: { guard: 'retryDue', target: 'pending', actions: 'clearRetry' },
                DISPATCH: { guard: and(['isNextAttempt', 'retryDue']), target: 'dispatched', actions: 'recordDispatch' },
                CANCEL: { target: 'failed', actions: 'recordCancel' },
            },
        },
        timed_out: {
            always: [
                { guard: 'willRetry', target: 'retry_wait', actions: 'scheduleRetry' },
                { guard: 'canFallback', target: 'retry_wait', actions: 'switchToFallback' },
                { target: 'failed', actions: 'markFailed' },
            ],
        },
        completed: { type: 'final' },
        failed: { type: 'final' },
    },
});
/** How an open attempt ends: shared by `dispatched` and `in_progress`. */
function attemptOutcomes() {
    return {
        SUCCEEDED: { guard: 'isCurrentAttempt', target: 'completed', actions: 'recordSuccess' },
        FAILED: [
            { guard: and(['isCurrentAttempt', 'willRetry']), target: 'retry_wait', actions: ['recordFailure', 'scheduleRetry'] },
            { guard: and(['isCurrentAttempt', 'canFallback']), target: 'retry_wait', actions: ['recordFailure', 'switchToFallback'] },
            { guard: 'isCurrentAttempt', target: 'failed', actions: ['recordFailure', 'markFailed'] },
        ],
        TIMEOUT: { guard: 'deadlinePassed', target: 'timed_out', actions: 'recordTimeout' },
        CANCEL: { target: 'failed', actions: 'recordCancel' },
    };
}
/** Every explicit transition of {@link taskMachine}. */
export const TASK_TRANSITIONS = transitionTable(taskMachine);
/**
 * The task's state.
 *
 * @example
 * ```ts
 * taskState(task.getSnapshot()); // 'pending'
 * ```
 */
export function taskState(snapshot) {
    return snapshot.value;
}
/**
 * The number the next `DISPATCH` must carry.
 *
 * @example
 * ```ts
 * task.send({ type: 'DISPATCH', at, instanceId, attempt: nextAttempt(task.getSnapshot()) });
 * ```
 */
export function nextAttempt(snapshot) {
    return snapshot.context.attempts.length + 1;
}
/**
 * How the task ended, or undefined while it is not final. A cancelled task
 * rests in `failed` but reports `cancelled`.
 *
 * @example
 * ```ts
 * const outcome = taskOutcome(task.getSnapshot());
 * if (outcome?.status === 'completed') run.send({ type: 'STEP_SUCCEEDED', at, stepId, output: outcome.output });
 * ```
 */
export function taskOutcome(snapshot) {
    const c = snapshot.context;
    const common = { taskId: c.taskId, capability: c.capability, usedFallback: c.usedFallback, attempts: c.attempts.length };
    const endedAt = c.endedAt ?? c.attempts.at(-1)?.endedAt ?? 0;
    if (snapshot.value === 'completed')
        return { ...common, endedAt, status: 'completed', output: c.output, warnings: [...(c.warnings ?? [])] };
    if (snapshot.value !== 'failed')
        return undefined;
    if (c.cancelled)
        return { ...common, endedAt, status: 'cancelled', reason: c.cancelReason ?? '' };
    const code = c.lastFailure?.code ?? GRPC_CANCELLED;
    return { ...common, endedAt, status: 'failed', code, message: c.lastFailure?.message ?? 'failed' };
}
/**
 * The timer events a (restored) snapshot is waiting for: `TIMEOUT` at
 * `deadlineAt` in dispatched/in_progress, `RETRY_DUE` at `retryAt` in
 * retry_wait; `overdue` ones should be sent at once with `at: now`, the rest
 * scheduled. XState does not re-arm `after` timers on restore (xstate#4860).
 *
 * @example
 * ```ts
 * for (const t of reArmDeadlines(snapshot, Date.now())) {
 *   if (t.overdue) sendChecked(actor, { type: t.type, at: Date.now() }, ctx); else schedule(t);
 * }
 * ```
 */
export function reArmDeadlines(snapshot, now) {
    switch (snapshot.value) {
        case 'dispatched':
        case 'in_progress':
            return dueTimers('TIMEOUT', snapshot.context.deadlineAt, now);
        case 'retry_wait':
            return dueTimers('RETRY_DUE', snapshot.context.retryAt, now);
        default:
            return [];
    }
}
const POLICY_KEYS = ['primaryCapability', 'fallbackCapability', 'maxAttempts', 'initialBackoffMs', 'maxBackoffMs', 'multiplier', 'timeoutMs'];
/**
 * A persisted task snapshot in today's shape: one written before the policy moved into
 * `context.policy` (records of runs in flight across an upgrade) gets its seven flat
 * policy fields moved there; anything else is returned as it is.
 */
export function upgradeTaskSnapshot(snapshot) {
    const context = snapshot?.context;
    if (!context || typeof context !== 'object' || 'policy' in context || !('maxAttempts' in context))
        return snapshot;
    const policyKeys = new Set(POLICY_KEYS);
    const rest = Object.fromEntries(Object.entries(context).filter(([key]) => !policyKeys.has(key)));
    const policy = Object.fromEntries(POLICY_KEYS.map((key) => [key, key === 'primaryCapability' ? (context[key] ?? context.capability) : (context[key] ?? null)]));
    return { ...snapshot, context: { ...rest, policy } };
}
//# sourceMappingURL=task.machine.js.map