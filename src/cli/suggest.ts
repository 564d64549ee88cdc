/**
 * "Did you mean …?" for misspelt commands and flags: the closest known word by edit
 * distance (insertions, deletions, substitutions and swaps of two neighbours each cost 1).
 */

/**
 * Edit distance between `a` and `b` (optimal string alignment: Levenshtein plus
 * transposition of two adjacent characters), case-sensitive.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const above = d[i - 1]!;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
  }
  return d[rows - 1]![cols - 1]!;
}

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
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const bare = (s: string): string => s.replace(/^-+/, '').toLowerCase();
  const target = bare(word);
  if (target === '') return undefined;
  const limit = Math.min(2, Math.ceil(target.length / 2) - 1);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(target, bare(candidate));
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** ` (did you mean 'X'?)` for the closest candidate, or '' when there is none. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = suggest(word, candidates);
  return match === undefined ? '' : ` (did you mean '${match}'?)`;
}
