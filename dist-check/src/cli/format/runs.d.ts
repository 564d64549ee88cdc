import type { DeadLetterView, RunSummaryView, WorkflowView } from './run-types.js';
/** Columns of `troupe runs`. */
export declare const RUN_COLUMNS: readonly ["RUN", "WORKFLOW", "STATUS", "CREATED", "DURATION", "ERROR"];
/** Columns of `troupe dlq`. */
export declare const DEAD_LETTER_COLUMNS: readonly ["RUN", "STEP", "CAPABILITY", "ATTEMPTS", "FAILED AT", "REASON"];
/** Columns of `troupe workflows`. */
export declare const WORKFLOW_COLUMNS: readonly ["NAME", "VERSION", "STEPS", "REGISTERED", "DESCRIPTION"];
/** A run's duration from creation to its end; a run still going shows the time so far, "12.0s so far". */
export declare function runDuration(run: Pick<RunSummaryView, 'createdAt' | 'endedAt'>, now: number): string;
/** The `troupe runs` table, or a friendly line when there are none. */
export declare function formatRunsTable(runs: readonly RunSummaryView[], now: number): string;
/**
 * The STEP cell of a dead letter: the step, with the item for a `for_each` task
 * (`<run>.<step>.<item>` → "each, item 3"); a task outside any run shows its task id.
 */
export declare function deadLetterStep(record: Pick<DeadLetterView, 'taskId' | 'runId' | 'stepId'>): string;
/** The `troupe dlq` table, or a friendly line when there are none. */
export declare function formatDeadLetterTable(records: readonly DeadLetterView[], now: number): string;
/** The `troupe workflows` table, or a hint when none is registered. */
export declare function formatWorkflowTable(workflows: readonly WorkflowView[], now: number): string;
/**
 * A RegisterWorkflow INVALID_ARGUMENT for people: the server's message is
 * "the workflow definition has N problem(s):\n  - …"; it becomes
 * `<file>: N problems:` and one `  - problem` line each. Other messages pass through.
 */
export declare function formatDefinitionProblems(file: string, message: string): string;
