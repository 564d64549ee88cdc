/** Options of {@link splitSentences}. */
export interface SplitOptions {
    /**
     * Longest piece handed to the synthesiser at once. Longer sentences are cut after
     * the last clause mark (`,` `;` `:` `—`) that fits, else at the last space, so
     * no single synthesis call (and no first chunk) waits on a whole long sentence.
     * @default 240
     */
    maxChars?: number;
}
/**
 * Splits text into the pieces voice-forge synthesises one at a time: sentences,
 * with long ones cut at clause marks so each piece stays under `maxChars`.
 *
 * Blank lines end a paragraph, list items start a new piece, a heading is one; other
 * line breaks are just spaces. `.` ends a sentence unless it follows a known
 * abbreviation, an initial ("J. R. R. Tolkien") or a dotted acronym ("U.S."), or
 * the next word starts in lower case. `!`, `?` always end one, `…` only before a
 * capital. Whitespace is collapsed; pieces with no letter or digit are dropped.
 *
 * @example
 * splitSentences('Dr. Smith arrived. Was he late? No!');
 * // → ['Dr. Smith arrived.', 'Was he late?', 'No!']
 */
export declare function splitSentences(text: string, options?: SplitOptions): string[];
