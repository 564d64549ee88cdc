import { parsePcmContentType } from '../../sdk/audio/pcm-format.js';
import { statusName } from '../../sdk/errors.js';
import { mediaType } from './run-common.js';
import { mediaKind } from './task.js';
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** A fresh view of a run that has just started; `stepIds` (from a first GetRun) fixes the row order. */
export function newRunProgress(runId, workflow, traceId, stepIds, now) {
    return { runId, workflow, traceId, status: 'running', startedAt: now, warnings: [], steps: stepIds.map(newStep) };
}
function newStep(id) {
    return { id, status: 'pending', attempts: 0, taskInstances: {}, chunks: 0, bytes: 0, mediaMs: 0, warnings: [] };
}
/** The step `id`, added at the end when the view did not know it. */
export function stepOf(run, id) {
    let step = run.steps.find((s) => s.id === id);
    if (!step) {
        step = newStep(id);
        run.steps.push(step);
    }
    return step;
}
/** Updates `run` with one WatchRun event received at `now`. Unknown event types are ignored. */
export function applyRunEvent(run, event, now) {
    const d = event.detail && typeof event.detail === 'object' && !Array.isArray(event.detail) ? event.detail : {};
    if (event.type.startsWith('run.'))
        return applyRunLevel(run, event.type, d, now);
    if (!event.stepId)
        return;
    const step = stepOf(run, event.stepId);
    switch (event.type) {
        case 'step.started':
            step.status = 'running';
            step.startedAt ??= now;
            step.capability = str(d['capability']) ?? step.capability;
            step.primary ??= step.capability;
            if (num(d['items']) !== undefined)
                step.items = { done: 0, total: num(d['items']) ?? 0 };
            break;
        case 'attempt.started':
            step.status = 'running';
            step.startedAt ??= now;
            step.attempts++;
            step.instance = str(d['instanceId']) ?? step.instance;
            step.capability = str(d['capability']) ?? step.capability;
            if (str(d['taskId']) && str(d['instanceId']))
                step.taskInstances[String(d['taskId'])] = String(d['instanceId']);
            delete step.retryAt;
            break;
        case 'attempt.failed':
            step.lastFailure = `${str(d['code']) ?? 'UNKNOWN'}: ${str(d['message']) ?? ''}`.trim();
            break;
        case 'step.retrying':
            step.status = 'retrying';
            step.retryAt = num(d['retryAt']);
            step.capability = str(d['capability']) ?? step.capability;
            break;
        case 'step.waiting':
            step.status = 'waiting';
            break;
        case 'step.signalled':
            step.reason = d['approved'] === false ? 'rejected' : 'approved';
            break;
        case 'step.progress':
            step.progress = { fraction: num(d['fraction']) ?? -1, message: str(d['message']) ?? '' };
            break;
        case 'chunk':
            if (event.chunk)
                addChunk(step, event.chunk);
            break;
        case 'step.item_done':
            step.items = { done: (step.items?.done ?? 0) + 1, total: num(d['total']) ?? step.items?.total ?? 0 };
            break;
        case 'step.completed':
            end(step, 'succeeded', now);
            step.warnings = Array.isArray(d['warnings']) ? d['warnings'].map(String) : step.warnings;
            break;
        case 'step.failed':
            end(step, 'failed', now);
            step.reason = str(d['error']);
            step.tolerated = d['tolerated'] === true;
            break;
        case 'step.reused':
            end(step, 'succeeded', now);
            step.reusedFrom = str(d['fromRunId']) ?? '?';
            break;
        case 'step.skipped':
            end(step, 'skipped', now);
            step.reason = str(d['reason']);
            break;
        case 'step.recovered':
            end(step, 'recovered', now);
            step.reason = str(d['reason']);
            break;
        case 'step.cancelled':
            end(step, 'cancelled', now);
            step.reason = str(d['reason']);
            break;
        default:
            break;
    }
}
function applyRunLevel(run, type, d, now) {
    if (type === 'run.started') {
        run.traceId = str(d['traceId']) ?? run.traceId;
        return;
    }
    const status = type.slice('run.'.length);
    if (status !== 'completed' && status !== 'failed' && status !== 'cancelled')
        return;
    run.status = status;
    run.endedAt = now;
    run.error = str(d['error']);
    run.warnings = Array.isArray(d['warnings']) ? d['warnings'].map(String) : [];
    run.output = d['output'];
}
function end(step, status, now) {
    step.status = status;
    step.endedAt = now;
    delete step.retryAt;
}
function addChunk(step, chunk) {
    step.chunks++;
    step.bytes += chunk.data.length;
    step.media ??= mediaKind(chunk.contentType);
    step.mediaType ??= mediaType(chunk.contentType);
    if (chunk.durationMs > 0)
        step.mediaMs += chunk.durationMs;
    else {
        const pcm = parsePcmContentType(chunk.contentType);
        if (pcm)
            step.mediaMs += (chunk.data.length / (2 * pcm.channels * pcm.sampleRate)) * 1000;
    }
}
/**
 * Replaces what the events approximated with the orchestrator's own record once the
 * run has ended: statuses, attempt counts, instances, exact durations and reasons.
 */
export function syncWithReport(run, report) {
    run.traceId = report.traceId ?? run.traceId;
    if (report.status === 'completed' || report.status === 'failed' || report.status === 'cancelled')
        run.status = report.status;
    if (report.error)
        run.error = report.error;
    if (report.cancelReason && !run.error)
        run.error = report.cancelReason;
    run.warnings = [...report.warnings];
    if (report.output !== undefined)
        run.output = report.output;
    if (report.startedAt !== undefined && report.endedAt !== undefined) {
        run.startedAt = report.startedAt;
        run.endedAt = report.endedAt;
    }
    for (const s of report.steps) {
        const step = stepOf(run, s.id);
        const attempts = (s.tasks ?? []).flatMap((t) => t.attempts);
        step.status = s.status === 'running' ? step.status : s.status;
        step.attempts = attempts.length || s.attempts || step.attempts;
        step.instance = attempts.at(-1)?.instanceId || step.instance;
        step.capability = attempts.at(-1)?.capability ?? step.capability;
        if (s.startedAt !== undefined && s.endedAt !== undefined) {
            step.startedAt = s.startedAt;
            step.endedAt = s.endedAt;
        }
        // A step its on_failure recovered: its warning says so, with the original error.
        step.reason = (s.recovery ? s.skipReason ?? s.warnings.at(-1) : undefined) ?? s.error ?? s.skipReason ?? step.reason;
        step.warnings = [...s.warnings];
        if (s.items)
            step.items = { ...s.items };
        if (s.tolerated !== undefined)
            step.tolerated = s.tolerated;
        const failed = [...attempts].reverse().find((a) => a.outcome && a.outcome !== 'succeeded');
        if (failed)
            step.lastFailure = `${statusName(failed.code ?? 2)}: ${failed.message ?? ''}`.trim();
        delete step.retryAt;
    }
}
//# sourceMappingURL=run-progress.js.map