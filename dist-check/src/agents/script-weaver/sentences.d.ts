/** One sentence of the source text, with where it stood. */
export interface Sentence {
    text: string;
    /** Position among all sentences of the text, from 0. */
    index: number;
    /** Paragraph it belongs to, from 0. */
    paragraph: number;
    /** Position within its paragraph, from 0. */
    inParagraph: number;
    words: number;
}
/** A paragraph that reads as a heading: one short line without closing punctuation. */
export interface Heading {
    text: string;
    /** Index of the first sentence after it. */
    before: number;
}
/** A text cut into sentences and headings. */
export interface Outline {
    sentences: Sentence[];
    headings: Heading[];
}
/**
 * Splits text into paragraphs (blank lines) and sentences (Unicode sentence
 * boundaries from `Intl.Segmenter`, re-joined after common abbreviations).
 * A paragraph of one short line that does not end like a sentence is a heading.
 *
 * @example
 * outline('Intro\n\nFirst point. Second point.').sentences.map((s) => s.text); // ['First point.', 'Second point.']
 */
export declare function outline(text: string): Outline;
/** The sentences of one paragraph. */
export declare function splitSentences(paragraph: string): string[];
/** Words in `text`, counted as runs of non-space characters. */
export declare function countWords(text: string): number;
/** Whether a sentence is worth reading aloud: a whole sentence of 6 to 60 words. */
export declare function isSpeakable(sentence: Sentence): boolean;
