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
import { type SnapshotFrom } from 'xstate';
import { type DueTimer } from './deadlines.js';
import { type TaskContext, type TaskInput, type TaskOutcome, type TaskState } from './task.types.js';
export * from './task.types.js';
export { backoffMs } from './task.policy.js';
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
export declare const taskMachine: import("xstate").StateMachine<TaskContext, {
    readonly type: "DISPATCH";
    readonly at: number;
    readonly instanceId: string;
    readonly attempt: number;
} | {
    readonly type: "STARTED";
    readonly at: number;
    readonly attempt?: number;
} | {
    readonly type: "REASSIGN";
    readonly at: number;
    readonly instanceId: string;
    readonly attempt?: number;
} | {
    readonly type: "SUCCEEDED";
    readonly at: number;
    readonly output?: unknown;
    readonly attempt?: number;
    readonly warnings?: readonly string[];
} | {
    readonly type: "FAILED";
    readonly at: number;
    readonly code: number;
    readonly message: string;
    readonly retryable: boolean;
    readonly jitter: number;
    readonly attempt?: number;
} | {
    readonly type: "TIMEOUT";
    readonly at: number;
    readonly jitter?: number;
} | {
    readonly type: "RETRY_DUE";
    readonly at: number;
} | {
    readonly type: "CANCEL";
    readonly at: number;
    readonly reason: string;
}, {}, never, {
    type: "recordDispatch";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "recordReassign";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "recordResponse";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "recordSuccess";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "recordFailure";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "recordTimeout";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "scheduleRetry";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "switchToFallback";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "clearRetry";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "markFailed";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "recordCancel";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "raiseTimeout";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "raiseRetryDue";
    params: import("xstate").NonReducibleUnknown;
}, {
    type: "deadlinePassed";
    params: unknown;
} | {
    type: "isNextAttempt";
    params: unknown;
} | {
    type: "isCurrentAttempt";
    params: unknown;
} | {
    type: "retryDue";
    params: unknown;
} | {
    type: "willRetry";
    params: unknown;
} | {
    type: "canFallback";
    params: unknown;
}, "taskTimeout" | "retryBackoff", "failed" | "timed_out" | "pending" | "completed" | "dispatched" | "in_progress" | "retry_wait", string, TaskInput, import("xstate").NonReducibleUnknown, import("xstate").EventObject, import("xstate").MetaObject, {
    id: "task";
    states: {
        readonly pending: {};
        readonly dispatched: {};
        readonly in_progress: {};
        readonly retry_wait: {};
        readonly timed_out: {};
        readonly completed: {};
        readonly failed: {};
    };
}, import("xstate").MetaObject>;
/** A snapshot of {@link taskMachine}. */
export type TaskSnapshot = SnapshotFrom<typeof taskMachine>;
/** Every explicit transition of {@link taskMachine}. */
export declare const TASK_TRANSITIONS: import("./transition-table.js").TransitionTable;
/**
 * The task's state.
 *
 * @example
 * ```ts
 * taskState(task.getSnapshot()); // 'pending'
 * ```
 */
export declare function taskState(snapshot: TaskSnapshot): TaskState;
/**
 * The number the next `DISPATCH` must carry.
 *
 * @example
 * ```ts
 * task.send({ type: 'DISPATCH', at, instanceId, attempt: nextAttempt(task.getSnapshot()) });
 * ```
 */
export declare function nextAttempt(snapshot: TaskSnapshot): number;
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
export declare function taskOutcome(snapshot: TaskSnapshot): TaskOutcome | undefined;
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
export declare function reArmDeadlines(snapshot: TaskSnapshot, now: number): DueTimer<'TIMEOUT' | 'RETRY_DUE'>[];
/**
 * A persisted task snapshot in today's shape: one written before the policy moved into
 * `context.policy` (records of runs in flight across an upgrade) gets its seven flat
 * policy fields moved there; anything else is returned as it is.
 */
export declare function upgradeTaskSnapshot(snapshot: unknown): unknown;
