/**
 * The closest candidate phrased as a hint (`did you mean "weave"?`), or undefined when
 * nothing is close enough (at most a third of the word's length in edits, at least 1,
 * and never the whole word).
 * @internal
 */
export declare function didYouMean(word: string, candidates: Iterable<string>): string | undefined;
