import { satisfies } from './version-match.js';
/** Instances whose version of `capability` satisfies `range`. */
export function rangeFilter(capability, range) {
    return { wanted: `matching ${range}`, tiers: [(e) => satisfies(e.versionOf(capability), range)] };
}
/** The entries of the first tier with any; empty when none matches. */
export function narrowByVersion(entries, filter) {
    for (const tier of filter.tiers) {
        const matching = entries.filter(tier);
        if (matching.length > 0)
            return matching;
    }
    return [];
}
/** Whether `entry` belongs to any tier of `filter`. */
export function admits(filter, entry) {
    return filter.tiers.some((tier) => tier(entry));
}
/** "2.0.1 (i-1), 3.0.0 (i-2)": the versions of `capability` that instances run, for error messages. */
export function runningVersions(entries, capability) {
    const seen = new Map();
    for (const e of entries) {
        const v = e.versionOf(capability) || '(none)';
        seen.set(v, (seen.get(v) ?? 0) + 1);
    }
    return [...seen].map(([v, n]) => `${v}${n > 1 ? ` ×${n}` : ''}`).join(', ');
}
//# sourceMappingURL=version-filter.js.map