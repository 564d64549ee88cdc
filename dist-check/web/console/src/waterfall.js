/**
 * A run's trace as a waterfall drawn from its own timings (the report's steps and their task
 * attempts), pure: one bar per step and one per attempt, each as an offset and a length in
 * milliseconds from the run's start. Open ends (still running) reach `now`.
 */
export function waterfall(report, now) {
    const origin = report.startedAt ?? report.createdAt;
    if (origin === undefined)
        return { bars: [], totalMs: 0 };
    const end = (t) => t ?? now;
    const bars = [{ label: 'run', kind: 'run', status: report.status ?? '', startMs: 0, durationMs: Math.max(0, end(report.endedAt) - origin) }];
    for (const step of report.steps ?? []) {
        if (step.startedAt === undefined)
            continue;
        bars.push({ label: step.id, kind: 'step', status: step.status, startMs: Math.max(0, step.startedAt - origin), durationMs: Math.max(0, end(step.endedAt) - step.startedAt) });
        const attempts = (step.tasks ?? []).flatMap((t) => t.attempts ?? []);
        attempts.forEach((a, i) => {
            if (a.startedAt === undefined)
                return;
            bars.push({
                label: `${step.id} #${a.attempt ?? i + 1}`,
                kind: 'attempt',
                status: a.outcome ?? (a.endedAt === undefined ? 'running' : ''),
                startMs: Math.max(0, a.startedAt - origin),
                durationMs: Math.max(0, end(a.endedAt) - a.startedAt),
                ...(a.instanceId ? { detail: a.instanceId } : {}),
            });
        });
    }
    const totalMs = Math.max(1, ...bars.map((b) => b.startMs + b.durationMs));
    return { bars, totalMs };
}
//# sourceMappingURL=waterfall.js.map