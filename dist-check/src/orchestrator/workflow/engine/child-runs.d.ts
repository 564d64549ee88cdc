import type { Json } from '../../../sdk/grpc/struct.js';
import type { TaskAttemptOutcome, TaskOutcome } from '../../machines/task.machine.js';
import type { ChildRunHost } from './child-host.js';
import type { StepRun } from './step-runner.js';
/** One child run started for a `workflow` step's task (one per attempt), as kept in the run record and report. */
export interface ChildAttempt {
    readonly attempt: number;
    /** Always '' (a child run is not an agent instance); kept so reports read child attempts as task attempts. */
    readonly instanceId: string;
    /** `workflow:<name>`. */
    readonly capability: string;
    readonly startedAt: number;
    /** The child run; absent while it is being started. */
    readonly childRunId?: string;
    readonly endedAt?: number;
    readonly outcome?: TaskAttemptOutcome;
    readonly code?: number;
    readonly message?: string;
    /** A failed attempt that another attempt may mend (the child failed, or there was no room to start it). */
    readonly retryable?: boolean;
}
/**
 * The persisted state of a `workflow` step's task (a step, or one for_each item), kept
 * where task snapshots are: `status` `done` once the task ended (as a task actor's).
 */
export interface ChildTaskSnapshot {
    readonly status: 'active' | 'done';
    readonly value: 'child';
    readonly context: {
        readonly taskId: string;
        readonly stepId: string;
        readonly attempts: readonly ChildAttempt[];
    };
}
/** What a run gives its `workflow` steps. */
export interface ChildRunPort {
    readonly host: ChildRunHost;
    /** Nesting depth of the run (0: not a child). */
    readonly depth: number;
    /** True once the run is not driven here any more (shutdown, lease lost): its children go on. */
    detached(): boolean;
    /** Keeps a child task's state with the run (record and report). */
    record(taskId: string, snapshot: ChildTaskSnapshot): void;
}
/** The StartRun idempotency key of a child: a parent resumed after a crash finds the same child. */
export declare function childKey(parentRunId: string, stepId: string, index: number | undefined, attempt: number): string;
/**
 * One task of a `workflow` step (the step, or one for_each item): starts the child run
 * (StartRun's path, idempotency key {@link childKey}, its `troupe.run` span a child of
 * this attempt's `troupe.step.child` span, so the child is in the parent's trace), waits
 * for its end without holding any task slot, and answers as a task would: the child's
 * output, or its failure (a failed child is retried per the step's `retry`; a child that
 * cannot start for lack of room too). A task resumed from `snapshot` (restart or
 * adoption) re-attaches to the child it had started. When the parent run ends first
 * (cancelled, failed, deadline), the child is cancelled; when the parent is only
 * detached (shutdown, lease lost), the child goes on.
 */
export declare function runChildTask(run: StepRun, port: ChildRunPort, taskId: string, input: Json, index: number | undefined, snapshot?: unknown): Promise<TaskOutcome>;
