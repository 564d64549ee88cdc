import { formatTable } from './table.js';
/** Columns of `troupe agents`. */
export const AGENT_COLUMNS = ['INSTANCE', 'AGENT', 'VERSION', 'ADDRESS', 'STATE', 'LOAD', 'BREAKER', 'LAST BEAT', 'LATENCY', 'OK', 'UPTIME', 'CAPABILITIES'];
/** "41.6 ms", or "-" before any measurement. */
function formatLatency(ms) {
    return ms > 0 ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms` : '-';
}
const percent = (ratio) => `${Math.round(ratio * 100)}%`;
/**
 * How long ago `then` was, compactly: "0.4s ago", "12s ago", "5m ago", "3h ago", "2d ago";
 * "-" when unknown. Clock skew (a time in the future) reads as "0.0s ago".
 */
export function formatAgo(then, now) {
    if (!then)
        return '-';
    const ms = Math.max(0, now - then.getTime());
    if (ms < 10_000)
        return `${(ms / 1000).toFixed(1)}s ago`;
    if (ms < 60_000)
        return `${Math.floor(ms / 1000)}s ago`;
    if (ms < 3_600_000)
        return `${Math.floor(ms / 60_000)}m ago`;
    if (ms < 86_400_000)
        return `${Math.floor(ms / 3_600_000)}h ago`;
    return `${Math.floor(ms / 86_400_000)}d ago`;
}
/** "inFlight/max", e.g. "2/4". */
export function formatLoad(agent) {
    return `${agent.inFlight}/${agent.maxConcurrency}`;
}
/** One table row for an agent. */
export function agentRow(agent, now) {
    return [
        agent.instanceId,
        agent.name,
        agent.version,
        agent.address,
        agent.state === 'refused' && agent.refusedReason ? `refused (${agent.refusedReason.split(':')[0]})` : agent.state,
        formatLoad(agent),
        agent.breaker,
        formatAgo(agent.lastHeartbeat, now),
        formatLatency(agent.latencyEwmaMs),
        agent.succeeded + agent.failed > 0 ? percent(agent.successRate) : '-',
        percent(agent.uptimeRatio),
        // A capability versioned apart from its agent shows its own version: tts.synthesize@2.1.0.
        agent.capabilities.map((c) => (c.version && c.version !== agent.version ? `${c.name}@${c.version}` : c.name)).join(',') || '-',
    ];
}
/** The `troupe agents` table, or a friendly line when there are none. */
export function formatAgentTable(agents, now) {
    if (agents.length === 0)
        return 'no agents\n';
    return formatTable(AGENT_COLUMNS, agents.map((a) => agentRow(a, now)));
}
/** HH:MM:SS.mmm in local time. */
function clock(at) {
    const p = (n, w = 2) => String(n).padStart(w, '0');
    return `${p(at.getHours())}:${p(at.getMinutes())}:${p(at.getSeconds())}.${p(at.getMilliseconds(), 3)}`;
}
/**
 * One line of `troupe agents --watch`, e.g.
 * `12:00:01.234  i-1a2b  voice-forge@1.2.0  joining → active  load 0/4  breaker closed`.
 * The initial snapshot shows the state alone.
 */
export function formatAgentChange(change, at) {
    const a = change.agent;
    const transition = change.previousState ? `${change.previousState} → ${a.state}` : a.state;
    const last = change.previousState ? a.history.at(-1) : undefined;
    const why = last?.reason ? `  (${last.actor || '?'}: ${last.reason})` : '';
    return `${clock(at)}  ${a.instanceId}  ${a.name}@${a.version}  ${transition}  load ${formatLoad(a)}  breaker ${a.breaker}${why}\n`;
}
/** Columns of `troupe agents --history ID`. */
export const HISTORY_COLUMNS = ['TIME', 'STATE', 'BY', 'REASON'];
/** ISO time, e.g. 2026-12-05T08:41:54.123Z (histories span days; the watch's clock would not do). */
const iso = (at) => at.toISOString();
/**
 * An instance's lifecycle history, oldest first: when, the state entered, who
 * triggered it and why ('-' in histories recorded before reasons were kept).
 */
export function formatAgentHistory(agent) {
    const head = `${agent.instanceId} (${agent.name}@${agent.version}) is ${agent.state}, breaker ${agent.breaker}\n`;
    if (agent.history.length === 0)
        return `${head}no recorded state changes\n`;
    return head + formatTable(HISTORY_COLUMNS, agent.history.map((h) => [iso(h.at), h.state, h.actor || '-', h.reason || '-']));
}
/** For `troupe agents --all`: each instance that left or was refused, with its last change (why it left). */
export function formatDeparted(agents) {
    const gone = agents.filter((a) => a.state === 'left' || a.state === 'refused');
    if (gone.length === 0)
        return '';
    const rows = gone.map((a) => {
        const last = a.history.at(-1);
        return [a.instanceId, a.name, a.state, last ? iso(last.at) : '-', last?.actor || '-', last?.reason || a.refusedReason || '-'];
    });
    return `\ninstances that left (troupe agents --history ID for the full history):\n${formatTable(['INSTANCE', 'AGENT', 'STATE', 'SINCE', 'BY', 'REASON'], rows)}`;
}
/**
 * For `troupe agents`: the rollouts of the capabilities listed (only `capability`'s when
 * `--capability` named one, with or without a range), one line each, e.g.
 * `  tts.synthesize  stable 1.4.0 90% / canary 2.1.0 10%, active (set by operator:ana at 2026-…: canary 2.1.0 at 10%)`;
 * '' when none of them has one. `troupe rollout list` has the measurements.
 */
export function formatRolloutNotes(rollouts, agents, capability) {
    const only = capability ? capability.split('@')[0] : undefined;
    const listed = new Set(agents.flatMap((a) => a.capabilities.map((c) => c.name)).filter((name) => only === undefined || name === only));
    const shown = rollouts.filter((r) => listed.has(r.capability));
    if (shown.length === 0)
        return '';
    const lines = shown.map((r) => {
        const last = r.decisions.at(-1);
        const why = last ? ` (${last.decision.replace('_', ' ')} by ${last.actor} at ${last.at}: ${last.reason})` : '';
        return `  ${r.capability}  stable ${r.stable || `not ${r.canary}`} ${100 - r.weight}% / canary ${r.canary} ${r.weight}%, ${r.state.replace('_', ' ')}${why}\n`;
    });
    return `\nrollouts (troupe rollout list for what was measured):\n${lines.join('')}`;
}
//# sourceMappingURL=agents.js.map