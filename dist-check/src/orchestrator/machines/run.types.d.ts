/**
 * Types and vocabularies of the run machine (`run.machine.ts`, which
 * re-exports everything here). Times are ms on the actor's clock.
 */
/** Input of `runMachine`. */
export interface RunInput {
    readonly runId: string;
    /** Name of the workflow definition. */
    readonly workflow: string;
    /** Every step of the workflow, in definition order; the report keeps this order. */
    readonly stepIds: readonly string[];
    /** Absolute time the whole run must finish by. */
    readonly deadlineAt?: number;
    /** 1 (highest) … 5 (lowest), as in `troupe.v1.TaskOptions`. */
    readonly priority: number;
    /** When the run was accepted (queued), for the report. */
    readonly createdAt?: number;
}
/** Status of one step. */
export type RunStepStatus = 'pending' | 'running' | 'waiting' | 'succeeded' | 'failed' | 'skipped' | 'recovered' | 'cancelled';
/** One step's bookkeeping. Optional fields are absent until they apply. */
export interface RunStep {
    readonly status: RunStepStatus;
    /**
     * Task attempts made for the step: as reported by `STEP_SUCCEEDED` /
     * `STEP_FAILED` (`attempts`), until then the number of tasks started.
     */
    readonly attempts: number;
    /** Tasks started for the step: one, or one per `for_each` item. */
    readonly taskIds: readonly string[];
    readonly startedAt?: number;
    readonly endedAt?: number;
    readonly output?: unknown;
    readonly error?: string;
    readonly warnings: readonly string[];
    /** `for_each` progress: items, and items finished (either way). */
    readonly items?: {
        readonly total: number;
        readonly done: number;
    };
    /** A failed step whose `continue_on: any` lets the run go on. */
    readonly tolerated?: boolean;
    /** Why a skipped step was skipped (condition false, upstream failed, run ended). */
    readonly skipReason?: string;
    /**
     * The step failed for good and its `on_failure` recovered it: `skip` (status
     * `skipped`, output its default) or `use` (status `recovered`, output the data
     * given). `error` keeps the original failure.
     */
    readonly recovery?: 'skip' | 'use';
    /**
     * A `wait_for_signal` step: when its wait times out (absolute, ms), kept so that a
     * restored run keeps the original timeout; absent when it waits until the run's deadline.
     */
    readonly waitUntil?: number;
    /** A `wait_for_signal` step that was signalled: approved (`true`) or rejected. */
    readonly approved?: boolean;
}
/** Context of `runMachine`; JSON-serialisable (absent values are null). */
export interface RunContext {
    readonly runId: string;
    readonly workflow: string;
    readonly priority: number;
    readonly stepIds: readonly string[];
    readonly steps: Readonly<Record<string, RunStep>>;
    readonly deadlineAt: number | null;
    readonly createdAt: number | null;
    readonly startedAt: number | null;
    readonly endedAt: number | null;
    readonly output: unknown;
    readonly error: string | null;
    /** Run-level warnings, from `COMPLETE`. */
    readonly warnings: readonly string[];
    readonly cancelReason: string | null;
}
/**
 * Events of `runMachine`; the engine sends them after deciding the graph
 * logic (which steps are ready), the machine checks them against the steps.
 */
export type RunEvent = {
    readonly type: 'START';
    readonly at: number;
} | {
    readonly type: 'STEP_STARTED';
    readonly at: number;
    readonly stepId: string;
    readonly taskId: string;
    /**
     * A `for_each` step's item count, on its first `STEP_STARTED`; each item's
     * task then sends its own `STEP_STARTED` (up to `items` tasks).
     */
    readonly items?: number;
} | {
    readonly type: 'STEP_SUCCEEDED';
    readonly at: number;
    readonly stepId: string;
    readonly output: unknown;
    readonly attempts?: number;
    readonly warnings?: readonly string[];
} | {
    readonly type: 'STEP_FAILED';
    readonly at: number;
    readonly stepId: string;
    readonly error: string;
    /** The step's `continue_on` is `any`: the run may still complete. */
    readonly tolerated: boolean;
    /** A rejected `wait_for_signal` step (false); absent otherwise. */
    readonly approved?: boolean;
    readonly attempts?: number;
    readonly warnings?: readonly string[];
} | {
    readonly type: 'STEP_SKIPPED';
    readonly at: number;
    readonly stepId: string;
    readonly reason: string;
} | {
    /** A running step failed for good; its `on_failure` continues with `output` instead. */
    readonly type: 'STEP_RECOVERED';
    readonly at: number;
    readonly stepId: string;
    readonly strategy: 'skip' | 'use';
    /** The failure it recovers from. */
    readonly error: string;
    /** A rejected `wait_for_signal` step (false); absent otherwise. */
    readonly approved?: boolean;
    readonly output: unknown;
    readonly attempts?: number;
    readonly warnings?: readonly string[];
} | {
    /** A pending `wait_for_signal` step starts waiting for SignalRun (no task). */
    readonly type: 'STEP_WAITING';
    readonly at: number;
    readonly stepId: string;
    /** When the wait times out; absent: at the run's deadline. */
    readonly until?: number;
} | {
    /** A waiting step was approved with SignalRun: it succeeds with the payload as its output. */
    readonly type: 'STEP_SIGNALLED';
    readonly at: number;
    readonly stepId: string;
    readonly output: unknown;
} | {
    readonly type: 'ITEM_DONE';
    readonly at: number;
    readonly stepId: string;
} | {
    readonly type: 'COMPLETE';
    readonly at: number;
    readonly output: unknown;
    readonly warnings: readonly string[];
} | {
    readonly type: 'FAIL';
    readonly at: number;
    readonly error: string;
} | {
    readonly type: 'CANCEL';
    readonly at: number;
    readonly reason: string;
} | {
    readonly type: 'DEADLINE';
    readonly at: number;
};
/** Every event type the machine accepts somewhere. */
export declare const RUN_EVENTS: readonly ["START", "STEP_STARTED", "STEP_WAITING", "STEP_SIGNALLED", "STEP_SUCCEEDED", "STEP_FAILED", "STEP_SKIPPED", "STEP_RECOVERED", "ITEM_DONE", "COMPLETE", "FAIL", "CANCEL", "DEADLINE"];
/** States of `runMachine`; the last three are final. */
export declare const RUN_STATES: readonly ["pending", "running", "completed", "failed", "cancelled"];
export type RunState = (typeof RUN_STATES)[number];
/** One step in a {@link RunReport}: its id first, then its bookkeeping and duration. */
export interface RunStepReport extends RunStep {
    readonly id: string;
    readonly durationMs?: number;
}
/** The run's report, plain JSON (what `GetRun` returns as a Struct): absent values are left out. */
export interface RunReport {
    readonly runId: string;
    readonly workflow: string;
    readonly priority: number;
    readonly status: RunState;
    readonly createdAt?: number;
    readonly startedAt?: number;
    readonly endedAt?: number;
    readonly durationMs?: number;
    readonly deadlineAt?: number;
    readonly output?: unknown;
    readonly error?: string;
    readonly cancelReason?: string;
    readonly warnings: readonly string[];
    readonly steps: readonly RunStepReport[];
}
