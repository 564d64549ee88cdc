import type { TaskAttempt } from '../../orchestrator/machines/task.types.js';
import type { ReportStep, ReportView } from './run-types.js';
/** Columns of the step table of `troupe run show`. */
export declare const REPORT_STEP_COLUMNS: readonly ["STEP", "STATUS", "ATTEMPTS", "AGENT", "DURATION", "NOTE"];
/** "completed", "completed with 2 warnings", "failed", … */
export declare function runStatusText(report: Pick<ReportView, 'status' | 'warnings'>): string;
/** The NOTE cell: why it failed or was skipped, for_each progress, warnings. */
export declare function reportStepNote(step: ReportStep): string;
/**
 * One sub-line per attempt:
 * `    attempt 2 on inst-1 (wb.simple): failed · UNAVAILABLE · always down · 12ms`.
 */
export declare function formatAttemptLine(entry: {
    item?: string;
    attempt: TaskAttempt;
}, primaryCapability: string | undefined): string;
/** The header block of `troupe run show`: one `key  value` line per known field. */
export declare function formatReportHeader(report: ReportView): string;
/**
 * The whole `troupe run show` text: the header, then the step table with one
 * indented sub-line per attempt under each step.
 */
export declare function formatRunReport(report: ReportView): string;
