/**
 * The read side of a registry as `pickInstance` uses it, over fixed entries of capability "tts":
 * candidates are the active ones. For unit tests of picking, where a live Registry's joining and
 * probing would only be in the way.
 */
export function pickRegistry(entries) {
    return {
        candidates: () => entries.filter((e) => e.state === 'active'),
        knows: () => true,
        knownCapabilities: () => ['tts'],
        list: () => entries,
    };
}
//# sourceMappingURL=pick-registry.js.map