import { formatAgo } from './agents.js';
import { formatDuration, truncate } from './run-common.js';
import { formatTable } from './table.js';
/** Columns of `troupe runs`. */
export const RUN_COLUMNS = ['RUN', 'WORKFLOW', 'STATUS', 'CREATED', 'DURATION', 'ERROR'];
/** Columns of `troupe dlq`. */
export const DEAD_LETTER_COLUMNS = ['RUN', 'STEP', 'CAPABILITY', 'ATTEMPTS', 'FAILED AT', 'REASON'];
/** Columns of `troupe workflows`. */
export const WORKFLOW_COLUMNS = ['NAME', 'VERSION', 'STEPS', 'REGISTERED', 'DESCRIPTION'];
/** Widest free-text cell (errors, reasons, descriptions) before it is cut. */
const TEXT_WIDTH = 80;
const ago = (ms, now) => formatAgo(typeof ms === 'number' ? new Date(ms) : null, now);
/** A run's duration from creation to its end; a run still going shows the time so far, "12.0s so far". */
export function runDuration(run, now) {
    if (typeof run.createdAt !== 'number')
        return '-';
    if (typeof run.endedAt === 'number')
        return formatDuration(run.endedAt - run.createdAt);
    return `${formatDuration(now - run.createdAt)} so far`;
}
/** The `troupe runs` table, or a friendly line when there are none. */
export function formatRunsTable(runs, now) {
    if (runs.length === 0)
        return 'no runs\n';
    return formatTable(RUN_COLUMNS, runs.map((r) => [r.runId, r.workflow, r.status, ago(r.createdAt, now), runDuration(r, now), r.error ? truncate(r.error, TEXT_WIDTH) : '-']));
}
/**
 * The STEP cell of a dead letter: the step, with the item for a `for_each` task
 * (`<run>.<step>.<item>` → "each, item 3"); a task outside any run shows its task id.
 */
export function deadLetterStep(record) {
    if (!record.runId || !record.stepId)
        return `task ${record.taskId}`;
    const prefix = `${record.runId}.${record.stepId}.`;
    const item = record.taskId.startsWith(prefix) ? record.taskId.slice(prefix.length) : '';
    return /^\d+$/.test(item) ? `${record.stepId}, item ${item}` : record.stepId;
}
/** The `troupe dlq` table, or a friendly line when there are none. */
export function formatDeadLetterTable(records, now) {
    if (records.length === 0)
        return 'no dead letters\n';
    return formatTable(DEAD_LETTER_COLUMNS, records.map((r) => [
        r.runId ?? '-',
        deadLetterStep(r),
        r.capability,
        String(r.attempts.length),
        ago(r.failedAt, now),
        truncate(r.reason, TEXT_WIDTH),
    ]));
}
/** The `troupe workflows` table, or a hint when none is registered. */
export function formatWorkflowTable(workflows, now) {
    if (workflows.length === 0)
        return 'no workflows (register one with: troupe workflow register FILE)\n';
    return formatTable(WORKFLOW_COLUMNS, workflows.map((w) => [
        w.name,
        `v${w.version}`,
        Array.isArray(w.definition?.steps) ? String(w.definition.steps.length) : '-',
        ago(w.registeredAt, now),
        w.definition?.description ? truncate(w.definition.description, TEXT_WIDTH) : '-',
    ]));
}
/**
 * A RegisterWorkflow INVALID_ARGUMENT for people: the server's message is
 * "the workflow definition has N problem(s):\n  - …"; it becomes
 * `<file>: N problems:` and one `  - problem` line each. Other messages pass through.
 */
export function formatDefinitionProblems(file, message) {
    const lines = message.split(/\r?\n/);
    const problems = lines.filter((l) => /^\s*- /.test(l)).map((l) => l.replace(/^\s*- /, '').trim());
    if (problems.length === 0)
        return `${file}: ${message.trim()}\n`;
    return `${file}: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}\n`).join('')}`;
}
//# sourceMappingURL=runs.js.map