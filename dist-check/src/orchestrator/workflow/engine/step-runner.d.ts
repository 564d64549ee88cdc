import type { Context } from '@opentelemetry/api';
import type { Actor } from 'xstate';
import type { Logger } from 'pino';
import type { Json } from '../../../sdk/grpc/struct.js';
import type { StepDispatcher } from './run-admission.js';
import type { RunEvent as RunMachineEvent } from '../../machines/run.machine.js';
import type { taskMachine, TaskAttempt, TaskOutcome } from '../../machines/task.machine.js';
import { type CompiledStep, type RunScope } from '../definition/index.js';
import type { RunEventLog } from './run-event-log.js';
import { type SignalInbox } from './step-wait.js';
import { type ChildRunPort } from './child-runs.js';
/** How a step ended, for the run's scope. */
export interface StepResult {
    status: 'succeeded' | 'failed' | 'skipped' | 'recovered';
    output: Json;
}
/** What running one step needs from its run. */
export interface StepRun {
    step: CompiledStep;
    /** What the run knows when the step became ready (input, finished steps' outputs). */
    runScope: RunScope;
    runId: string;
    priority: number;
    runDeadline: number;
    defaultTimeoutMs: number;
    signal: AbortSignal;
    parent: Context;
    log: RunEventLog;
    dispatcher: StepDispatcher;
    logger: Logger;
    random: () => number;
    maxPayloadBytes: number;
    /** Sends an event to the run actor (checked; false when refused). */
    send: (event: RunMachineEvent) => boolean;
    onAttempts: (taskId: string, attempts: readonly TaskAttempt[]) => void;
    onDeadLetter: (outcome: TaskOutcome, input: Json) => void;
    /** Where a `wait_for_signal` step receives its SignalRun. */
    inbox?: SignalInbox;
    /** How a `workflow` step starts and waits for its child runs. */
    children?: ChildRunPort;
    /** Each task actor once created (the run persists its snapshots). */
    onTask?: (taskId: string, actor: Actor<typeof taskMachine>) => void;
    /**
     * Resuming a step that was `running` when its run was persisted (restart or adoption):
     * no `STEP_STARTED` again for tasks already started; each task resumes from its
     * persisted snapshot (a completed one keeps its output and is not run again).
     */
    resume?: {
        /** Task ids the run actor already counts as started for this step. */
        readonly startedTaskIds: readonly string[];
        /** The persisted snapshot of a task, if one was stored. */
        readonly taskSnapshot: (taskId: string) => unknown;
        /** A `wait_for_signal` step that was waiting: when its wait times out (absent: at the run's deadline). */
        readonly waitUntil?: number;
    };
}
/**
 * Runs one step: evaluates its condition, fans out over `for_each` items (at most
 * `concurrency` at once, outputs gathered in item order) or runs its single task,
 * and reports to the run actor. A failed item fails the step; `continue_on: any`
 * makes that failure tolerated (the run goes on, with a warning).
 */
export declare function runStep(run: StepRun): Promise<StepResult>;
