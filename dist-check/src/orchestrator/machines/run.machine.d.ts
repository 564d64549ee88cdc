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
import { type SnapshotFrom } from 'xstate';
import { type DueTimer } from './deadlines.js';
import type { RunContext, RunInput, RunReport, RunState } from './run.types.js';
export * from './run.types.js';
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
export declare const runMachine: import("xstate").StateMachine<RunContext, {
    readonly type: "START";
    readonly at: number;
} | {
    readonly type: "STEP_STARTED";
    readonly at: number;
    readonly stepId: string;
    readonly taskId: string;
    readonly items?: number;
} | {
    readonly type: "STEP_SUCCEEDED";
    readonly at: number;
    readonly stepId: string;
    readonly output: unknown;
    readonly attempts?: number;
    readonly warnings?: readonly string[];
} | {
    readonly type: "STEP_FAILED";
    readonly at: number;
    readonly stepId: string;
    readonly error: string;
    readonly tolerated: boolean;
    readonly approved?: boolean;
    readonly attempts?: number;
    readonly warnings?: readonly string[];
} | {
    readonly type: "STEP_SKIPPED";
    readonly at: number;
    readonly stepId: string;
    readonly reason: string;
} | {
    readonly type: "STEP_RECOVERED";
    readonly at: number;
    readonly stepId: string;
    readonly strategy: "skip" | "use";
    readonly error: string;
    readonly approved?: boolean;
    readonly output: unknown;
    readonly attempts?: number;
    readonly warnings?: readonly string[];
} | {
    readonly type: "STEP_WAITING";
    readonly at: number;
    readonly stepId: string;
    readonly until?: number;
} | {
    readonly type: "STEP_SIGNALLED";
    readonly at: number;
    readonly stepId: string;
    readonly output: unknown;
} | {
    readonly type: "ITEM_DONE";
    readonly at: number;
    readonly stepId: string;
} | {
    readonly type: "COMPLETE";
    readonly at: number;
    readonly output: unknown;
    readonly warnings: readonly string[];
} | {
    readonly type: "FAIL";
    readonly at: number;
    readonly error: string;
} | {
    readonly type: "CANCEL";
    readonly at: number;
    readonly reason: string;
} | {
    readonly type: "DEADLINE";
    readonly at: number;
}, {}, never, {
    type: "recordStart";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "applyStep";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "recordCompletion";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "endEarly";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "raiseDeadline";
    params: import("xstate").NonReducibleUnknown;
}, {
    type: "stepPending";
    params: unknown;
} | {
    type: "itemTaskJoining";
    params: unknown;
} | {
    type: "stepRunning";
    params: unknown;
} | {
    type: "stepWaiting";
    params: unknown;
} | {
    type: "stepCanSucceed";
    params: unknown;
} | {
    type: "itemInFlight";
    params: unknown;
} | {
    type: "allStepsSettled";
    params: unknown;
} | {
    type: "hasDeadline";
    params: unknown;
} | {
    type: "deadlinePassed";
    params: unknown;
}, "runDeadline", "failed" | "cancelled" | "pending" | "running" | "completed", string, RunInput, import("xstate").NonReducibleUnknown, import("xstate").EventObject, import("xstate").MetaObject, {
    id: "run";
    states: {
        readonly pending: {};
        readonly running: {};
        readonly completed: {};
        readonly failed: {};
        readonly cancelled: {};
    };
}, import("xstate").MetaObject>;
/** A snapshot of {@link runMachine}. */
export type RunSnapshot = SnapshotFrom<typeof runMachine>;
/** Every explicit transition of {@link runMachine}. */
export declare const RUN_TRANSITIONS: import("./transition-table.js").TransitionTable;
/**
 * The run's state.
 *
 * @example
 * ```ts
 * runState(run.getSnapshot()); // 'pending'
 * ```
 */
export declare function runState(snapshot: RunSnapshot): RunState;
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
export declare function runReport(snapshot: RunSnapshot): RunReport;
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
export declare function reArmRunDeadline(snapshot: RunSnapshot, now: number): DueTimer<'DEADLINE'>[];
