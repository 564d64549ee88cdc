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
export declare function suggest(word: string, candidates: Iterable<string>): string | undefined;
/** ` (did you mean 'X'?)` for the closest candidate, or '' when there is none. */
export declare function didYouMean(word: string, candidates: Iterable<string>): string;
