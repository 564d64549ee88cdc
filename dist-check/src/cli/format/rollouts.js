import { truncate } from './run-common.js';
import { formatTable } from './table.js';
/** Columns of `troupe rollout list`. */
export const ROLLOUT_COLUMNS = ['CAPABILITY', 'CANARY', 'STABLE', 'WEIGHT', 'STATE', 'CANARY OK', 'STABLE OK', 'CANARY P50', 'STABLE P50', 'REASON'];
/** "95% of 40", or "-" before any task. */
function ok(s) {
    return s.samples > 0 ? `${Math.round(s.successRate * 100)}% of ${s.samples}` : '-';
}
function p50(s) {
    return s.latencyP50Ms > 0 ? `${s.latencyP50Ms < 10 ? s.latencyP50Ms.toFixed(1) : Math.round(s.latencyP50Ms)} ms` : '-';
}
/** The `troupe rollout list` table (measurements are the answering orchestrator's), or a friendly line when there are none. */
export function formatRolloutTable(rollouts) {
    if (rollouts.length === 0)
        return 'no rollouts (start one with: troupe rollout set CAPABILITY --canary VERSION --weight 10)\n';
    return formatTable(ROLLOUT_COLUMNS, rollouts.map((r) => [r.capability, r.canary, r.stable || `not ${r.canary}`, `${r.weight}%`, r.state, ok(r.canaryStats), ok(r.stableStats), p50(r.canaryStats), p50(r.stableStats), truncate(r.reason, 90)]));
}
/** One line after a change, e.g. "tts.synthesize: canary 2.1.0 at 10%, active (canary 2.1.0 at 10% (stable: …))". */
export function formatRolloutLine(r) {
    return `${r.capability}: canary ${r.canary} at ${r.weight}%, ${r.state.replace('_', ' ')}${r.reason ? ` (${r.reason})` : ''}\n`;
}
/** `troupe rollout show`: the rollout, its margins, what this orchestrator measured and every decision. */
export function formatRolloutDetail(r) {
    const lines = [
        formatRolloutLine(r).trimEnd(),
        `  stable: ${r.stable || `every version but ${r.canary}`}`,
        `  policy: rolls back when canary success < stable − ${Math.round(r.policy.maxSuccessDrop * 100)}%, or p50 latency > ${r.policy.maxLatencyRatio} × stable; after ${r.policy.minSamples} tasks per side, over the last ${r.policy.window}`,
        `  canary: ${ok(r.canaryStats)} ok, p50 ${p50(r.canaryStats)}    stable: ${ok(r.stableStats)} ok, p50 ${p50(r.stableStats)}`,
        '  decisions:',
        ...r.decisions.map((d) => `    ${d.at}  ${d.decision}  by ${d.actor}: ${d.reason}`),
    ];
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=rollouts.js.map