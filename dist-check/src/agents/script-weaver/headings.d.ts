import type { Sentence } from './sentences.js';
/**
 * Names segments that have no heading of their own in the source. Each word of a block
 * gets a tf-idf weight across blocks (used often here, rarely elsewhere), so a word the
 * whole text repeats does not name every segment; topic terms weigh nothing, since the
 * intro already says the topic. A block is named by the two-word phrase it repeats
 * ("parent span", "language model") whose words weigh most; without one, by its two
 * weightiest repeated words ("Latency and buffers"), repetition being the best hint,
 * short of a part-of-speech tagger, that a word is a subject rather than a verb; else by
 * its weightiest word.
 */
export declare class HeadingNamer {
    private readonly blocks;
    private readonly phrases;
    private readonly words;
    private readonly topicTerms;
    constructor(blocks: readonly (readonly Sentence[])[], topicTerms: ReadonlySet<string>);
    /** A heading for block `index` that is not in `used` (compared lower-case). */
    name(index: number, used: ReadonlySet<string>): string;
    /** tf-idf of a word in block `index`; 0 for topic terms and short words. */
    private weight;
    private count;
}
