/**
 * Recommendations in a finished run's report: a few factual sentences drawn from
 * its own metrics and from the recent runs of the same workflow this orchestrator
 * still holds in memory. Pure; no I/O.
 *
 * @packageDocumentation
 */
const failedAttempt = (a) => a.outcome !== undefined && a.outcome !== 'succeeded';
const attemptsOf = (step) => (step.tasks ?? []).flatMap((t) => t.attempts);
/**
 * Sentences for a finished run, most useful first:
 * - a step its `on_failure` recovered, or that used its fallback capability (and in how many recent runs);
 * - `step X failed in N of the last M runs on instance Y` (attempts that failed there);
 * - `queue wait dominated (N ms of M ms)`: time before the run started and before each
 *   step's first attempt was dispatched (plain steps; for_each items queue by design).
 *
 * @param run the run's report
 * @param recent earlier runs of the same workflow, newest first (only finished ones count)
 * @example recommendations(report, history) // ['step voice used its fallback capability tts.simple', …]
 */
export function recommendations(run, recent, options = {}) {
    const window = [run, ...recent.filter((r) => r.runId !== run.runId && r.endedAt !== undefined)].slice(0, options.window ?? 10);
    const out = [];
    const inRuns = (n) => `in ${n} of the last ${window.length} runs`;
    const stepIn = (r, id) => r.steps.find((s) => s.id === id);
    for (const step of run.steps) {
        if (step.recovery) {
            const n = window.filter((r) => stepIn(r, step.id)?.recovery !== undefined).length;
            const how = step.recovery === 'skip' ? 'was skipped with its on_failure default output' : 'continued with its on_failure data';
            out.push(`step ${step.id} failed and ${how} (${inRuns(n)}): ${step.error ?? 'unknown error'}`);
        }
        const used = fallbackUsed(step);
        if (used) {
            const n = window.filter((r) => {
                const s = stepIn(r, step.id);
                return s !== undefined && fallbackUsed(s) !== undefined;
            }).length;
            out.push(`step ${step.id} used its fallback capability ${used} (${inRuns(n)})`);
        }
    }
    out.push(...failingInstances(run, window, options));
    const queue = queueWait(run, options);
    if (queue)
        out.push(queue);
    return out;
}
/** The fallback capability a step's attempts moved to, if any. */
function fallbackUsed(step) {
    for (const task of step.tasks ?? []) {
        const primary = task.attempts[0]?.capability;
        const other = task.attempts.find((a) => a.capability !== primary);
        if (other)
            return other.capability;
    }
    return undefined;
}
function failingInstances(run, window, options) {
    // step id → instance → runs in which an attempt of that step failed there
    const failures = new Map();
    for (const r of window) {
        for (const step of r.steps) {
            const instances = new Set(attemptsOf(step).filter(failedAttempt).map((a) => a.instanceId).filter((id) => id !== ''));
            for (const instance of instances) {
                const byInstance = failures.get(step.id) ?? new Map();
                byInstance.set(instance, (byInstance.get(instance) ?? 0) + 1);
                failures.set(step.id, byInstance);
            }
        }
    }
    const out = [];
    for (const step of run.steps) {
        const worst = [...(failures.get(step.id) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
        if (worst && worst[1] >= (options.minFailedRuns ?? 2)) {
            out.push(`step ${step.id} failed in ${worst[1]} of the last ${window.length} runs on instance ${worst[0]}`);
        }
    }
    return out;
}
function queueWait(run, options) {
    const from = run.createdAt ?? run.startedAt;
    const to = run.endedAt;
    if (from === undefined || to === undefined || to - from < (options.minRunMs ?? 100))
        return undefined;
    const intervals = [];
    if (run.startedAt !== undefined)
        intervals.push([from, run.startedAt]);
    for (const step of run.steps) {
        const first = attemptsOf(step)[0];
        if (step.items === undefined && step.startedAt !== undefined && first)
            intervals.push([step.startedAt, first.startedAt]);
    }
    const waited = unionLength(intervals, from, to);
    if (waited <= (to - from) * (options.queueShare ?? 0.5))
        return undefined;
    return `queue wait dominated (${Math.round(waited)} ms of ${Math.round(to - from)} ms): runs waited for admission or for a free agent; add instances or raise their maxConcurrency`;
}
/** Total length of the union of `[start, end]` intervals, clipped to `[from, to]`. */
function unionLength(intervals, from, to) {
    const clipped = intervals
        .map(([a, b]) => [Math.max(a, from), Math.min(b, to)])
        .filter(([a, b]) => b > a)
        .sort((x, y) => x[0] - y[0]);
    let total = 0;
    let end = -Infinity;
    for (const [a, b] of clipped) {
        if (a >= end) {
            total += b - a;
            end = b;
        }
        else if (b > end) {
            total += b - end;
            end = b;
        }
    }
    return total;
}
//# sourceMappingURL=run-recommendations.js.map