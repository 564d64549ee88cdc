import { satisfies } from '../versions/version-match.js';
/** The side `version` is on, or undefined when it is on neither (outside a given stable range). */
export function sideOfVersion(record, version) {
    if (satisfies(version, record.canary))
        return 'canary';
    if (!record.stable || satisfies(version, record.stable))
        return 'stable';
    return undefined;
}
/** The canary's share of traffic in each state: `weight` while active, all once promoted, none once aborted or rolled back. */
export function effectiveWeight(record) {
    if (record.state === 'promoted')
        return 100;
    if (record.state === 'active')
        return record.weight;
    return 0;
}
/**
 * The version filter for one task: with `draw` in [0, 1), the canary side when `draw` is below the
 * weight, else the stable side. While both sides take traffic (0 < weight < 100) the other side is
 * the fallback when the drawn one has no routable instance; at 0 or 100 only one side is used.
 *
 * @example rolloutFilter({ canary: '2.1.0', stable: '', weight: 10, state: 'active' }, capability, 0.05) // canary first, then stable
 */
export function rolloutFilter(record, capability, draw) {
    const onSide = (side) => (e) => sideOfVersion(record, e.versionOf(capability)) === side;
    const canary = onSide('canary');
    const stable = onSide('stable');
    const canaryWanted = `on the canary side of its rollout (${record.canary})`;
    const stableWanted = `on the stable side of its rollout (${record.stable || `not ${record.canary}`})`;
    const weight = effectiveWeight(record);
    if (weight <= 0)
        return { wanted: stableWanted, tiers: [stable] };
    if (weight >= 100)
        return { wanted: canaryWanted, tiers: [canary] };
    const either = `of its rollout (canary ${record.canary} or stable ${record.stable || `not ${record.canary}`})`;
    return draw * 100 < weight ? { wanted: either, tiers: [canary, stable] } : { wanted: either, tiers: [stable, canary] };
}
//# sourceMappingURL=rollout-routing.js.map