/**
 * The shapes the CLI reads from the run methods of the orchestrator client. The
 * client hands them over as plain JSON; these types name what the engine puts in
 * (see `src/orchestrator/machines/run.types.ts` and `workflow/engine/run-executor.ts`).
 * Only type imports cross into the orchestrator, so the CLI stays in step with it at
 * compile time without loading it.
 */
import type { RunReport, RunStepReport } from '../../orchestrator/machines/run.types.js';
import type { TaskAttempt } from '../../orchestrator/machines/task.types.js';
import type { DeadLetterRecord } from '../../orchestrator/scheduler/dead-letters.js';
import type { Json } from '../../sdk/grpc/struct.js';
/** One task of a step in a report, with every attempt made for it. */
export interface ReportTask {
    readonly taskId: string;
    readonly attempts: readonly TaskAttempt[];
}
/** One step of a {@link ReportView}. */
export interface ReportStep extends RunStepReport {
    readonly tasks?: readonly ReportTask[];
}
/** What `GetRun` returns: the machine's report plus the trace id and per-task attempts. */
export interface ReportView extends Omit<RunReport, 'steps'> {
    readonly traceId?: string;
    /** For a run that failed or was cancelled: a plain sentence for people (`error` is the technical message). */
    readonly explanation?: string;
    /** For a finished run: factual advice drawn from its metrics and recent runs of its workflow. */
    readonly recommendations?: readonly string[];
    /** A run held by its workflow's flow control (max_concurrent_runs, concurrency): why it has not started. */
    readonly waiting?: string;
    readonly steps: readonly ReportStep[];
}
/** One line of `ListRuns`. */
export interface RunSummaryView {
    readonly runId: string;
    readonly workflow: string;
    readonly status: string;
    readonly priority?: number;
    readonly createdAt?: number | null;
    readonly endedAt?: number | null;
    readonly error?: string | null;
}
/** One line of `ListWorkflows`. */
export interface WorkflowView {
    readonly name: string;
    readonly version: number;
    readonly registeredAt?: number;
    /** The definition as registered (parsed JSON/YAML). */
    readonly definition?: {
        readonly steps?: readonly unknown[];
        readonly description?: string;
    } | null;
}
/** One record of `ListDeadLetters`. */
export type DeadLetterView = DeadLetterRecord;
/** Reads JSON from the client as one of the views above (the server is trusted to send that shape). */
export declare function asView<T>(json: Json): T;
