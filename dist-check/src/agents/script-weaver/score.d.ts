import type { Sentence } from './sentences.js';
/** A content word of `text`: lower-case, 3+ letters, not a stopword, plural ending dropped (see {@link stem}). */
export declare function contentWords(text: string): string[];
/** The content words of `text` with the form they had in it, for showing them to people. */
export declare function contentWordForms(text: string): {
    stem: string;
    surface: string;
}[];
/**
 * Runs of adjacent content words in `text` — stopwords and punctuation end a run — as
 * candidate key phrases: "the parent span's context" → [[parent, span's], [context]]… in stem and surface form.
 */
export declare function contentRuns(text: string): {
    stem: string;
    surface: string;
}[][];
/** Drops an English plural ending so "agents" and "agent", "mailboxes" and "mailbox" count as one term. */
export declare function stem(word: string): string;
/** Term frequencies of content words over many texts. */
export declare function termFrequencies(texts: readonly string[]): Map<string, number>;
/** A sentence and how much it says about the text and the topic. */
export interface ScoredSentence extends Sentence {
    score: number;
}
/**
 * Scores sentences for an extractive summary. Each sentence gets
 * - the mean document frequency of its distinct content words (normalised to the most
 *   frequent word), favouring sentences about what the whole text is about;
 * - +1 times the share of topic terms it contains;
 * - +0.25 when it opens a paragraph (where writers put the point), and up to +0.15 for
 *   being early in the text;
 * - −0.3 when it opens with a word that leans on the sentence before ("This", "But",
 *   "They"…), since it reads badly out of context.
 * Pure and deterministic: the same input gives the same scores.
 */
export declare function scoreSentences(sentences: readonly Sentence[], topic: string): ScoredSentence[];
