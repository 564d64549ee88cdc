/**
 * Whether an instance's version of a capability satisfies a range, memoised: the dispatcher asks
 * per task, and the set of ranges and of running versions is small.
 */
import semver from 'semver';
/** Ranges kept compiled; past this the cache starts over (ranges come from requests). */
const MAX_RANGES = 1000;
/** Versions remembered per range. */
const MAX_VERSIONS = 1000;
const compiled = new Map();
/**
 * Whether `version` satisfies `range` (npm semver rules: a prerelease matches only a range that
 * names a prerelease of the same major.minor.patch). A version that is not valid semver matches
 * nothing; so does an invalid range (refused earlier, where it came in).
 *
 * @example satisfies('2.3.1', '^2') // true
 */
export function satisfies(version, range) {
    let entry = compiled.get(range);
    if (!entry) {
        if (compiled.size >= MAX_RANGES)
            compiled.clear();
        let parsed;
        try {
            parsed = new semver.Range(range);
        }
        catch {
            parsed = undefined;
        }
        entry = { range: parsed, verdicts: new Map() };
        compiled.set(range, entry);
    }
    let verdict = entry.verdicts.get(version);
    if (verdict === undefined) {
        verdict = entry.range?.test(version) ?? false;
        if (entry.verdicts.size >= MAX_VERSIONS)
            entry.verdicts.clear();
        entry.verdicts.set(version, verdict);
    }
    return verdict;
}
/**
 * The versions of each capability an agent offers: the capability's own `version`, else the
 * agent's (an agent that predates capability versions declares none).
 */
export function capabilityVersions(descriptor) {
    const agentVersion = descriptor.version ?? '';
    return new Map((descriptor.capabilities ?? []).map((c) => [c.name ?? '', c.version || agentVersion]));
}
//# sourceMappingURL=version-match.js.map