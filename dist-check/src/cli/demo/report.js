/** A compact, human summary of a run report: status line, then one line per step. */
export function reportLines(report) {
    const lines = [`run ${report.status} in ${Math.round(report.durationMs ?? 0)} ms${report.error ? `: ${report.error}` : ''}`];
    for (const step of report.steps) {
        const attempts = (step.tasks ?? []).flatMap((t) => t.attempts);
        const last = attempts.at(-1);
        const agent = last?.instanceId ? ` on ${last.instanceId}` : '';
        const via = last?.capability ? ` (${last.capability})` : '';
        lines.push(`  ${step.id.padEnd(10)} ${step.status.padEnd(9)} ${String(attempts.length).padStart(2)} attempt(s)${agent}${via}  ${Math.round(step.durationMs ?? 0)} ms`);
        for (const w of step.warnings)
            lines.push(`    warning: ${w}`);
    }
    return lines;
}
//# sourceMappingURL=report.js.map