import { editDistance } from '../../../sdk/util/edit-distance.js';
/**
 * The closest candidate phrased as a hint (`did you mean "weave"?`), or undefined when
 * nothing is close enough (at most a third of the word's length in edits, at least 1,
 * and never the whole word).
 * @internal
 */
export function didYouMean(word, candidates) {
    let best;
    let bestDistance = Math.max(1, Math.floor(word.length / 3));
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < word.length && d <= bestDistance && (best === undefined || d < bestDistance)) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best === undefined ? undefined : `did you mean "${best}"?`;
}
//# sourceMappingURL=did-you-mean.js.map