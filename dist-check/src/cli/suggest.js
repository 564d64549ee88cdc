/**
 * "Did you mean …?" for misspelt commands and flags: the closest known word by edit
 * distance (insertions, deletions, substitutions and swaps of two neighbours each cost 1).
 */
import { editDistance } from '../sdk/util/edit-distance.js';
/**
 * The candidate closest to `word`, or undefined when none is close enough: at most 2 edits,
 * and fewer than half of the word's length (so `ab` does not suggest `run`). Ties go to the
 * earliest candidate. Leading dashes are ignored when measuring, so `--natz` matches `--nats`.
 *
 * @example
 * ```ts
 * suggest('agnet', ['agent', 'agents', 'run']); // 'agent'
 * suggest('--prot', ['--port', '--nats']);      // '--port'
 * ```
 */
export function suggest(word, candidates) {
    const bare = (s) => s.replace(/^-+/, '').toLowerCase();
    const target = bare(word);
    if (target === '')
        return undefined;
    const limit = Math.min(2, Math.ceil(target.length / 2) - 1);
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(target, bare(candidate));
        if (distance <= limit && (best === undefined || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}
/** ` (did you mean 'X'?)` for the closest candidate, or '' when there is none. */
export function didYouMean(word, candidates) {
    const match = suggest(word, candidates);
    return match === undefined ? '' : ` (did you mean '${match}'?)`;
}
//# sourceMappingURL=suggest.js.map