import type { CompiledStep, CompiledWorkflow } from './compile.js';
/** Where a step of a run stands. A step absent from the state is pending. */
export type StepStatus = 'pending' | 'running' | 'waiting' | 'succeeded' | 'failed' | 'skipped' | 'recovered' | 'cancelled';
/** Status of each step of a run, by step id. */
export type RunState = Readonly<Record<string, StepStatus | undefined>>;
/** What a run can do next, from {@link readySteps}. */
export interface NextSteps {
    /** Pending steps whose dependencies have all finished: start them now (evaluate `when` first). */
    readonly ready: readonly CompiledStep[];
    /**
     * Pending steps that can never run: a dependency failed without `continue_on: any`,
     * or is itself blocked. Mark them skipped in the report; the run has failed.
     */
    readonly blocked: readonly CompiledStep[];
}
/** The overall state of a run, from {@link runOutcome}. */
export type RunOutcome = 'running' | 'completed' | 'completed_with_warnings' | 'failed';
/**
 * The steps to start now, and those that never can. A dependency counts as finished
 * when it succeeded, was skipped (its output is null), or failed with `continue_on: any`.
 * Pure: call it again after every status change.
 *
 * @example
 * const { ready } = readySteps(workflow, { harvest: 'succeeded', weave: 'running' });
 */
export declare function readySteps(workflow: CompiledWorkflow, state: RunState): NextSteps;
/**
 * The overall state of a run: 'failed' as soon as a step fails without
 * `continue_on: any` (stop dispatching; cancel what is in flight), 'completed' once
 * every step has succeeded or been skipped, 'completed_with_warnings' when some
 * tolerated step failed, 'running' otherwise.
 *
 * @example runOutcome(workflow, { a: 'succeeded', b: 'failed' }) // 'failed' unless b has continue_on: any
 */
export declare function runOutcome(workflow: CompiledWorkflow, state: RunState): RunOutcome;
