import type { HostStyle } from './host.js';
import type { WeaveRequest } from './input.js';
import type { ScriptDraft } from './script.js';
/**
 * The deterministic writer: picks the most informative sentences of the source text
 * and frames them with the host's intro and outro.
 *
 * 1. The text is cut into sentences; whole sentences of 6–60 words are candidates.
 * 2. Each is scored (see `scoreSentences`: document term frequency, topic terms, position).
 * 3. The candidates are cut into 2–5 segments (one per started minute) of contiguous
 *    text, each cut moved to the nearest paragraph start, so a segment follows one thread.
 * 4. Each segment keeps its best sentences within its share of `minutes × wordsPerMinute`,
 *    read in their original order, after a transition line naming its heading (the
 *    source's own heading when it has one there, else one from `HeadingNamer`).
 *
 * Same input, same script. Throws InvalidArgumentError when the text has no whole sentence.
 */
export declare function writeExtractive(request: WeaveRequest, host: HostStyle, wordsPerMinute: number): ScriptDraft;
