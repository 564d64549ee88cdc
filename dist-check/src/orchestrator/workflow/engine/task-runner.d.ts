import { type Context } from '@opentelemetry/api';
import type { Actor } from 'xstate';
import type { Logger } from 'pino';
import { type Json } from '../../../sdk/grpc/struct.js';
import type { StepDispatcher } from './run-admission.js';
import { taskMachine, type TaskInput, type TaskOutcome } from '../../machines/task.machine.js';
import type { RunEventLog } from './run-event-log.js';
/** Everything one task of a run needs. */
export interface TaskRun {
    readonly input: TaskInput & {
        runId: string;
        stepId: string;
    };
    readonly taskInput: Json;
    /** Fallback input, when the step's fallback maps its input differently. */
    readonly fallbackInput?: Json;
    readonly stream: boolean;
    readonly priority: number;
    /** The run's deadline: no attempt outlives it. */
    readonly runDeadline: number;
    readonly signal: AbortSignal;
    readonly parent: Context;
    readonly log: RunEventLog;
    readonly dispatcher: StepDispatcher;
    readonly logger: Logger;
    /** Backoff jitter source in [0, 1). */
    readonly random: () => number;
    /** Largest agent result accepted, in bytes. @default 67108864 */
    readonly maxPayloadBytes?: number;
    /** The task actor, once created (for the report). */
    onActor?: (actor: Actor<typeof taskMachine>) => void;
    /**
     * A persisted snapshot to resume from (after an orchestrator restart or adoption).
     * An attempt that was in flight (`dispatched`/`in_progress`) is redone with the SAME
     * attempt number, so the agent sees the same idempotency key; timers are re-armed
     * from the absolute deadlines in context (XState does not re-arm them on restore).
     */
    readonly snapshot?: unknown;
}
/**
 * Runs one task (a step, or one for_each item) to its end through the task machine:
 * each attempt is admitted by the scheduler, dispatched to an instance the registry
 * picks (instances that failed UNAVAILABLE are skipped next time), traced as a
 * `troupe.task` span, and fed to the machine, whose timers decide timeouts and when a
 * retry is due (full-jitter backoff) and whose fallback switches the capability.
 */
export declare function runTask(run: TaskRun): Promise<TaskOutcome>;
/**
 * `run_id/step_id/attempt`; for a for_each item the step part names the item
 * (`step.3`), so an agent that deduplicates on the key never merges two items.
 */
export declare function idempotencyKey(runId: string, stepId: string, taskId: string, attempt: number): string;
