// Local in-flight is exact and immediate; the reported figure breaks ties (other orchestrators' load).
const load = (e) => e.localInFlight * 1_000_000 + e.reportedInFlight;
const SCORES = {
    least_in_flight: load,
    // Unmeasured instances (EWMA 0) go first so they get measured.
    fastest: (e) => e.latencyEwmaMs,
    // Laplace-smoothed failure rate: a new instance starts at 0.5, not at a perfect 0.
    most_reliable: (e) => (e.failed + 1) / (e.succeeded + e.failed + 2),
    cheapest: (e) => Number(e.descriptor.costPerCall ?? 0),
};
/** An instance's weight from its `weight` label (default 1; must be positive). */
function weightOf(e) {
    const w = Number(e.descriptor.labels?.weight ?? 1);
    return Number.isFinite(w) && w > 0 ? w : 1;
}
/**
 * Builds a selector over a default strategy and per-capability overrides:
 * - `round_robin` rotates through instances;
 * - `least_in_flight` picks the fewest tasks in flight from this orchestrator (then reported);
 * - `weighted` is smooth weighted round robin by the instances' `weight` label;
 * - `fastest` picks the lowest latency EWMA; `most_reliable` the best success rate;
 *   `cheapest` the lowest declared cost per call.
 * All skip instances already at their max concurrency and rotate among ties.
 */
export function createSelector(strategy, perCapability = {}) {
    const cursors = new Map();
    const credit = new Map();
    const next = (capability) => {
        const n = (cursors.get(capability) ?? 0) + 1;
        cursors.set(capability, n >= Number.MAX_SAFE_INTEGER ? 0 : n);
        return n;
    };
    return (candidates, capability) => {
        const open = candidates.filter((e) => e.localInFlight < e.maxConcurrency);
        if (open.length === 0)
            return undefined;
        const chosen = perCapability[capability] ?? strategy;
        const start = next(capability) % open.length;
        if (chosen === 'round_robin')
            return open[start];
        if (chosen === 'weighted')
            return smoothWeighted(open, capability, credit);
        const score = SCORES[chosen];
        let best;
        for (let i = 0; i < open.length; i++) {
            const e = open[(start + i) % open.length];
            if (!best || score(e) < score(best))
                best = e;
        }
        return best;
    };
}
/** Nginx's smooth weighted round robin: deterministic, and spreads picks evenly in proportion to weight. */
function smoothWeighted(open, capability, credit) {
    let total = 0;
    let best;
    let bestCredit = -Infinity;
    for (const e of open) {
        const key = `${capability}\u0000${e.instanceId}`;
        const c = (credit.get(key) ?? 0) + weightOf(e);
        credit.set(key, c);
        total += weightOf(e);
        if (c > bestCredit) {
            best = e;
            bestCredit = c;
        }
    }
    const chosen = best;
    const key = `${capability}\u0000${chosen.instanceId}`;
    credit.set(key, (credit.get(key) ?? 0) - total);
    return chosen;
}
//# sourceMappingURL=select.js.map