import type { Dispatcher } from '../../dispatch/dispatcher.js';
/** What a run's steps need from the dispatcher. */
export type StepDispatcher = Pick<Dispatcher, 'unary' | 'openStream'>;
/** Options of {@link RunAdmission}. */
export interface RunAdmissionOptions {
    /** Unfinished runs this orchestrator drives at most; StartRun beyond it answers RESOURCE_EXHAUSTED. @default 5000 */
    readonly maxActiveRuns?: number;
    /** Longest pause between two tries of a step that found the task queue full. @default 500 */
    readonly maxRetryMs?: number;
}
/**
 * Admission control for runs: overload is refused at the door, never accepted and
 * failed later. `admit()` refuses a new run at once with RESOURCE_EXHAUSTED
 * (naming the limit) when `maxActiveRuns` unfinished runs are driven here; a run
 * that was admitted is never failed for a full task queue: its steps go through
 * {@link RunAdmission.gate}, which waits for room in the queue (with a capped
 * backoff, until the step is aborted) instead of failing. SubmitTask is not gated:
 * it still gets RESOURCE_EXHAUSTED at once when the queue is full.
 *
 * @example
 * const release = admission.admit(); // throws RESOURCE_EXHAUSTED at the limit
 * run.done.finally(release);
 */
export declare class RunAdmission {
    #private;
    readonly maxActiveRuns: number;
    /** Step dispatches that found the queue full and waited (a metric for tests and logs). */
    queueWaits: number;
    constructor(options?: RunAdmissionOptions);
    /** Unfinished runs counted now. */
    get active(): number;
    /** Admits a new run or throws RESOURCE_EXHAUSTED naming the limit; returns its (idempotent) release. */
    admit(): () => void;
    /** Counts a run that must not be refused (resumed or adopted); returns its (idempotent) release. */
    count(): () => void;
    /** The dispatcher for run steps: a full task queue makes a step wait, not fail. */
    gate(dispatcher: StepDispatcher): StepDispatcher;
}
