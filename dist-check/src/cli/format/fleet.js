import { formatTable } from './table.js';
/**
 * `troupe fleet` as text: one row per agent (state, desired/actual, restarts, what it
 * waits for or why it stopped), then the last scaling decisions with their reasons.
 */
export function formatFleetStatus(status, now = Date.now(), decisions = 10) {
    const guard = status.guard.level === 'ok' ? 'ok' : `${status.guard.level.toUpperCase()}: ${status.guard.reason}`;
    const orchestrator = status.orchestrator.reachable ? status.orchestrator.address : `${status.orchestrator.address} (unreachable: ${status.orchestrator.error ?? '?'})`;
    const lines = [
        `fleet ${status.fleet} (pid ${status.pid}, up ${ago(now - status.startedAt)}); orchestrator ${orchestrator}`,
        `resource guard: ${guard} (cpu ${status.guard.cpuPercent}%, memory ${status.guard.memoryPercent}%)`,
        `start order: ${status.order.map((w) => w.join(', ')).join(' → ')}`,
        '',
    ];
    const rows = status.agents.map((a) => [
        a.name,
        a.phase === 'healing' ? 'running (healing)' : a.state,
        `${a.desired}/${a.actual}`,
        `${a.min}-${a.max}`,
        String(a.restarts),
        a.queue ? `${a.queue.waiting}${a.queue.waiting > 0 ? ` (oldest ${Math.round(a.queue.oldestWaitMs)} ms)` : ''}` : '-',
        a.crashLoopReason ?? (a.waitingFor.length > 0 ? `waiting for ${a.waitingFor.join(', ')}` : a.lastCrash ? `last crash: ${a.lastCrash}` : ''),
    ]);
    lines.push(formatTable(['AGENT', 'STATE', 'DESIRED/ACTUAL', 'MIN-MAX', 'RESTARTS', 'WAITING', 'NOTE'], rows).trimEnd());
    const recent = status.agents
        .flatMap((a) => a.decisions.map((d) => ({ agent: a.name, ...d })))
        .sort((x, y) => x.at - y.at)
        .slice(-decisions);
    lines.push('', recent.length > 0 ? 'last scaling decisions:' : 'no scaling decisions yet');
    for (const d of recent) {
        const change = d.cause === 'guard' ? `held at ${d.to}` : `${d.from} → ${d.to}`;
        lines.push(`  ${new Date(d.at).toISOString()}  ${d.agent}  ${change}  (${d.cause}) ${d.reason}`);
    }
    return `${lines.join('\n')}\n`;
}
function ago(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    return s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`;
}
//# sourceMappingURL=fleet.js.map