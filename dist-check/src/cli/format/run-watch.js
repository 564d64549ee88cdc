import { attemptsCell, clock, formatBytes, formatDuration, plural, summariseJson, traceSuffix, truncate } from './run-common.js';
import { formatChunkLine } from './task.js';
import { formatTable } from './table.js';
/** Columns of the live step table. */
export const PROGRESS_COLUMNS = ['STEP', 'STATUS', 'ATTEMPTS', 'AGENT', 'DURATION', 'NOTE'];
const text = (v) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v));
/** `+1.234s` since the watch began, padded so lines align up to 999 s. */
export function formatElapsed(ms) {
    return `+${(Math.max(0, ms) / 1000).toFixed(3)}s`.padStart(9);
}
/** "in 0.40s" / "now" for a time `at` relative to `now`. */
function until(at, now) {
    return at > now ? `in ${formatDuration(at - now)}` : 'now';
}
/** The `for_each` item a task id names (`<run>.<step>.<index>`), if any. */
function itemOf(run, stepId, taskId) {
    const prefix = `${run.runId}.${stepId}.`;
    return typeof taskId === 'string' && taskId.startsWith(prefix) ? taskId.slice(prefix.length) : undefined;
}
/**
 * One line of `troupe run --watch` when the output is not a terminal, for an event
 * already applied to `run` (so counts include it). `elapsedMs` is the time since the
 * watch began; `now` (ms) places retry times.
 *
 * @example `   +0.012s  speak   chunk #3  800 B  50.0 ms audio`
 */
export function formatRunEventLine(run, event, elapsedMs, now) {
    const d = event.detail && typeof event.detail === 'object' && !Array.isArray(event.detail) ? event.detail : {};
    const width = Math.max(1, ...run.steps.map((s) => s.id.length));
    const prefix = `${formatElapsed(elapsedMs)}  `;
    if (event.type.startsWith('run.'))
        return `${prefix}${runLine(run, event.type, d)}\n`;
    const step = run.steps.find((s) => s.id === event.stepId);
    const item = itemOf(run, event.stepId, d['taskId']);
    const what = item === undefined ? '' : `item ${item} `;
    let body;
    switch (event.type) {
        case 'step.started':
            body = typeof d['items'] === 'number' ? `started: ${text(d['capability'])} over ${plural(d['items'], 'item')}, ${text(d['concurrency'])} at once` : `started: ${text(d['capability'])}`;
            break;
        case 'attempt.started':
            body = `${what}attempt ${text(d['attempt'])} on ${text(d['instanceId']) || '?'} (${text(d['capability'])})`;
            break;
        case 'attempt.failed': {
            const on = text(d['instanceId']) || step?.taskInstances[text(d['taskId'])];
            body = `${what}attempt ${text(d['attempt'])} failed${on ? ` on ${on}` : ''}: ${text(d['code'])}: ${text(d['message'])}`;
            break;
        }
        case 'step.retrying': {
            const at = typeof d['retryAt'] === 'number' ? d['retryAt'] : now;
            const cap = d['capability'] && step?.primary && d['capability'] !== step.primary ? ` with fallback ${text(d['capability'])}` : '';
            body = `${what}retrying at ${clock(at)} (${until(at, now)})${cap}`;
            break;
        }
        case 'step.progress': {
            const fraction = typeof d['fraction'] === 'number' ? d['fraction'] : -1;
            body = `progress ${fraction < 0 ? '  ?%' : `${Math.round(Math.min(1, fraction) * 100)}%`.padStart(4)}  ${text(d['message'])}`.trimEnd();
            break;
        }
        case 'chunk': {
            const attempt = event.attempt && event.attempt > 1 ? `  (attempt ${event.attempt})` : '';
            body = event.chunk ? `${formatChunkLine(event.chunk).trimEnd()}${attempt}` : 'chunk';
            break;
        }
        case 'stream.restarted': {
            const r = event.restart;
            body = r
                ? `${what}stream restarted: attempt ${r.attempt} on ${r.instanceId || '?'} takes over from attempt ${r.failedAttempt} at chunk #${r.resumeFromSequence} (${r.mode})`
                : 'stream restarted';
            break;
        }
        case 'step.item_done':
            body = `item ${text(d['index'])} done (${step?.items?.done ?? '?'}/${text(d['total'])})`;
            break;
        case 'step.completed': {
            if (d['approved'] === true) {
                body = `succeeded: approved by ${text(d['actor'])}`;
                break;
            }
            const attempts = plural(Number(d['attempts'] ?? step?.attempts ?? 0), 'attempt');
            body = step?.items
                ? `succeeded: ${step.items.done}/${plural(step.items.total, 'item')}, ${attempts}${durationOf(step, now)}${warningsOf(d)}`
                : `succeeded after ${attempts}${durationOf(step, now)}${warningsOf(d)}`;
            break;
        }
        case 'step.failed':
            body = `failed${d['tolerated'] === true ? ' (tolerated: continue_on any)' : ''}: ${text(d['error'])}`;
            break;
        case 'step.reused':
            body = `reused: the output of run ${text(d['fromRunId'])} (not run again)`;
            break;
        case 'step.skipped':
            body = `skipped: ${text(d['reason'])}`;
            break;
        case 'step.recovered':
            body = `recovered: ${text(d['reason'])}`;
            break;
        case 'step.waiting':
            body = `waiting for a signal${d['until'] ? ` until ${new Date(Number(d['until'])).toISOString()}` : ''} (troupe run signal ${run.runId} ${event.stepId} [--payload JSON] [--reject])`;
            break;
        case 'step.signalled':
            body = d['approved'] === false ? `rejected by ${text(d['actor'])}` : `approved by ${text(d['actor'])}`;
            break;
        case 'step.cancelled':
            body = `cancelled: ${text(d['reason'])}`;
            break;
        case 'task.dead_lettered':
            body = `task ${text(d['taskId'])} dead-lettered (troupe dlq --run ${run.runId})`;
            break;
        default:
            body = `${event.type}${Object.keys(d).length > 0 ? ` ${summariseJson(d, 120)}` : ''}`;
    }
    return `${prefix}${event.stepId.padEnd(width)}  ${body}\n`;
}
function runLine(run, type, d) {
    const took = run.endedAt === undefined ? '' : ` after ${formatDuration(run.endedAt - run.startedAt)}`;
    switch (type) {
        case 'run.started':
            return `run ${run.runId} started: ${run.workflow}${traceSuffix(run.traceId)}`;
        case 'run.queued':
            return `run ${run.runId} waits (position ${text(d['position'])}): ${text(d['reason'])}`;
        case 'run.completed': {
            const n = Array.isArray(d['warnings']) ? d['warnings'].length : 0;
            return `run completed${took}${n > 0 ? ` with ${plural(n, 'warning')}` : ''}`;
        }
        case 'run.failed':
            return `run failed${took}: ${text(d['error'])}`;
        case 'run.cancelled':
            return `run cancelled${took}${d['error'] ? `: ${text(d['error'])}` : ''}`;
        default:
            return type;
    }
}
function durationOf(step, now) {
    return step?.startedAt === undefined ? '' : ` in ${formatDuration((step.endedAt ?? now) - step.startedAt)}`;
}
function warningsOf(d) {
    const warnings = Array.isArray(d['warnings']) ? d['warnings'].map(String) : [];
    return warnings.length > 0 ? ` (${warnings.join('; ')})` : '';
}
/**
 * The line that stands for a streamed step's chunks when they are not printed one by one
 * (off a terminal, without `--chunks`), printed once the step has ended:
 * `   +2.345s  speak   streamed 548 chunks · 54.8 s audio/L16 · 1.8 MB`. Undefined for a step without chunks.
 */
export function formatStreamSummaryLine(run, stepId, elapsedMs) {
    const step = run.steps.find((s) => s.id === stepId);
    if (!step || step.chunks === 0)
        return undefined;
    const width = Math.max(1, ...run.steps.map((s) => s.id.length));
    const media = step.mediaMs > 0 ? ` · ${(step.mediaMs / 1000).toFixed(1)} s ${step.mediaType ?? 'media'}` : ` · ${step.mediaType ?? 'bytes'}`;
    return `${formatElapsed(elapsedMs)}  ${stepId.padEnd(width)}  streamed ${plural(step.chunks, 'chunk')}${media} · ${formatBytes(step.bytes)}\n`;
}
/**
 * The NOTE of a step: what is happening or why it ended, e.g.
 * `retrying at 12:00:01.400 (in 0.40s) · last: UNAVAILABLE: down`, `items 7/20`,
 * `12 chunks · 3.4 s audio`, `skipped: condition is false`.
 */
export function stepNote(step, now) {
    const parts = [];
    if (step.status === 'retrying' && step.retryAt !== undefined) {
        const fallback = step.capability && step.primary && step.capability !== step.primary ? ` with fallback ${step.capability}` : '';
        parts.push(`retrying at ${clock(step.retryAt)} (${until(step.retryAt, now)})${fallback}`);
    }
    if ((step.status === 'retrying' || step.status === 'running') && step.lastFailure)
        parts.push(`last: ${step.lastFailure}`);
    if (step.items)
        parts.push(`items ${step.items.done}/${step.items.total}`);
    if (step.chunks > 0) {
        const media = step.mediaMs > 0 ? ` · ${(step.mediaMs / 1000).toFixed(1)} s ${step.media ?? 'media'}` : ` · ${formatBytes(step.bytes)}`;
        parts.push(`${plural(step.chunks, 'chunk')}${media}`);
    }
    if (step.status === 'running' && step.progress) {
        const f = step.progress.fraction;
        parts.push(`${f < 0 ? '?' : Math.round(Math.min(1, f) * 100)}% ${step.progress.message}`.trim());
    }
    if (step.status === 'failed' && step.reason)
        parts.push(`${step.tolerated ? 'tolerated: ' : ''}${step.reason}`);
    if ((step.status === 'skipped' || step.status === 'recovered' || step.status === 'cancelled') && step.reason)
        parts.push(step.reason);
    if (step.status === 'succeeded')
        parts.push(...(step.reusedFrom ? [`reused from run ${step.reusedFrom}`] : []), ...step.warnings);
    return parts.join(' · ');
}
/** One row of the live table. */
export function progressRow(step, now) {
    const duration = step.startedAt === undefined ? '-' : formatDuration((step.endedAt ?? now) - step.startedAt);
    return [step.id, step.status, attemptsCell(step.attempts, step.items), step.instance ?? '-', duration, stepNote(step, now)];
}
/**
 * The live view of a run: a header line (`run <id> · <workflow> · <status> · <elapsed>`,
 * without the id when `withRunId` is false) and the step table, every line cut to
 * `width` characters so a terminal never wraps it (which would break redrawing).
 */
export function formatProgressView(run, now, width = 120, withRunId = true) {
    const elapsed = formatDuration((run.endedAt ?? now) - run.startedAt);
    const header = `${withRunId ? `run ${run.runId} · ` : ''}${run.workflow} · ${run.status} · ${elapsed}`;
    const table = formatTable(PROGRESS_COLUMNS, run.steps.map((s) => progressRow(s, now))).trimEnd().split('\n');
    return [header, ...table].map((line) => truncate(line, Math.max(20, width)));
}
//# sourceMappingURL=run-watch.js.map