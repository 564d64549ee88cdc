/**
 * The step bookkeeping of the run machine (`run.machine.ts`): pure functions
 * of the context and the event, no XState.
 */
import type { RunContext, RunEvent, RunStep } from './run.types.js';
type StepEvent = Extract<RunEvent, {
    readonly stepId: string;
}>;
type Steps = RunContext['steps'];
/** A fresh step. */
export declare const pendingStep: () => RunStep;
/** The step an event names, or undefined for an unknown id (own properties only, so `constructor` is unknown). */
export declare function stepOf(context: RunContext, event: RunEvent): RunStep | undefined;
/** Applies a step event the guards accepted; other events leave `steps` as they are. */
export declare function applyStepEvent(steps: Steps, event: StepEvent): Steps;
/**
 * `steps` as the run ends early (failed, cancelled, deadline): running (and waiting) steps
 * end as `running` says (`failed`, or `cancelled` when the run was cancelled)
 * with `why`, pending ones are skipped with `why`, so every step of a finished
 * run has a final status.
 */
export declare function closeOpenSteps(steps: Steps, at: number, why: string, running?: 'failed' | 'cancelled'): Steps;
/** True when a step no longer blocks completion: succeeded, skipped, recovered, or failed with `continue_on: any`. */
export declare function isSettled(step: RunStep): boolean;
/** Another item task of a running `for_each` step: room for it, and a task id not seen before. */
export declare function canAddItemTask(step: RunStep, taskId: string): boolean;
export {};
