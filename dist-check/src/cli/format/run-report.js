import { statusName } from '../../sdk/errors.js';
import { attemptsCell, formatDuration, isTraceId, isoTime, plural, summariseJson, truncate } from './run-common.js';
import { formatTable } from './table.js';
/** Columns of the step table of `troupe run show`. */
export const REPORT_STEP_COLUMNS = ['STEP', 'STATUS', 'ATTEMPTS', 'AGENT', 'DURATION', 'NOTE'];
/** Widest NOTE cell before it is cut. */
const NOTE_WIDTH = 100;
/** "completed", "completed with 2 warnings", "failed", … */
export function runStatusText(report) {
    const n = report.warnings.length;
    return report.status === 'completed' && n > 0 ? `completed with ${plural(n, 'warning')}` : report.status;
}
/** Every attempt of a step, across its tasks, with the task's item index for `for_each` steps. */
function attemptsOf(report, step) {
    const prefix = `${report.runId}.${step.id}.`;
    return (step.tasks ?? []).flatMap((task) => task.attempts.map((attempt) => ({ ...(task.taskId.startsWith(prefix) ? { item: task.taskId.slice(prefix.length) } : {}), attempt })));
}
/** The AGENT cell: the instance of the last attempt, "+N" when others were used too. */
function agentCell(attempts) {
    const ids = [...new Set(attempts.map((a) => a.attempt.instanceId).filter((id) => id !== ''))];
    const last = attempts.at(-1)?.attempt.instanceId || ids.at(-1);
    if (!last)
        return '-';
    return ids.length > 1 ? `${last} +${ids.length - 1}` : last;
}
/** The NOTE cell: why it failed or was skipped, for_each progress, warnings. */
export function reportStepNote(step) {
    const parts = [];
    if (step.items)
        parts.push(`items ${step.items.done}/${step.items.total}`);
    if (step.status === 'failed' && step.error)
        parts.push(`${step.tolerated ? 'tolerated: ' : ''}${step.error}`);
    if (step.status === 'skipped' && step.skipReason)
        parts.push(step.skipReason);
    if (step.status === 'cancelled' && step.error)
        parts.push(step.error);
    parts.push(...step.warnings.filter((w) => !(step.status === 'failed' && w === `failed: ${step.error}`) && w !== step.skipReason));
    return truncate(parts.join(' · '), NOTE_WIDTH);
}
/**
 * One sub-line per attempt:
 * `    attempt 2 on inst-1 (wb.simple): failed · UNAVAILABLE · always down · 12ms`.
 */
export function formatAttemptLine(entry, primaryCapability) {
    const a = entry.attempt;
    const fallback = primaryCapability !== undefined && a.capability !== primaryCapability ? ', fallback' : '';
    const where = a.instanceId ? `on ${a.instanceId}` : 'on no instance';
    const parts = [a.outcome ?? 'in flight'];
    if (a.code !== undefined && a.outcome !== 'succeeded')
        parts.push(statusName(a.code));
    if (a.message)
        parts.push(truncate(a.message, NOTE_WIDTH));
    if (a.endedAt !== undefined)
        parts.push(formatDuration(a.endedAt - a.startedAt));
    const item = entry.item === undefined ? '' : `item ${entry.item} `;
    return `    ${item}attempt ${a.attempt} ${where} (${a.capability}${fallback}): ${parts.join(' · ')}`;
}
/** The header block of `troupe run show`: one `key  value` line per known field. */
export function formatReportHeader(report) {
    const rows = [
        ['run', report.runId],
        ['workflow', report.workflow],
        ['status', runStatusText(report)],
        ['trace', isTraceId(report.traceId) ? report.traceId : '-'],
        ['priority', String(report.priority)],
        ['created', isoTime(report.createdAt)],
        ['started', isoTime(report.startedAt)],
        ['ended', isoTime(report.endedAt)],
        ['duration', formatDuration(report.durationMs)],
    ];
    if (report.waiting)
        rows.push(['waiting', report.waiting]);
    if (report.output !== undefined)
        rows.push(['output', summariseJson(report.output)]);
    for (const w of report.warnings)
        rows.push(['warning', w]);
    for (const r of report.recommendations ?? [])
        rows.push(['advice', r]);
    if (report.explanation && report.status === 'failed')
        rows.push(['problem', report.explanation]);
    if (report.error)
        rows.push(['error', report.error]);
    if (report.cancelReason && report.cancelReason !== report.error)
        rows.push(['cancelled', report.cancelReason]);
    return rows.map(([k, v]) => `${k.padEnd(9)} ${v}\n`).join('');
}
/**
 * The whole `troupe run show` text: the header, then the step table with one
 * indented sub-line per attempt under each step.
 */
export function formatRunReport(report) {
    const steps = report.steps;
    const attempts = steps.map((s) => attemptsOf(report, s));
    const rows = steps.map((s, i) => {
        const mine = attempts[i] ?? [];
        const duration = s.durationMs ?? (s.startedAt !== undefined && s.endedAt !== undefined ? s.endedAt - s.startedAt : undefined);
        return [s.id, s.status, attemptsCell(mine.length || s.attempts, s.items), agentCell(mine), formatDuration(duration), reportStepNote(s)];
    });
    const [header = '', ...lines] = formatTable(REPORT_STEP_COLUMNS, rows).trimEnd().split('\n');
    const body = lines.flatMap((line, i) => {
        const mine = attempts[i] ?? [];
        const primary = mine[0]?.attempt.capability;
        return [line, ...mine.map((entry) => formatAttemptLine(entry, primary))];
    });
    return `${formatReportHeader(report)}\n${[header, ...body].join('\n')}\n`;
}
//# sourceMappingURL=run-report.js.map