/** The readable part of one HTML page. */
export interface ExtractedArticle {
    title: string;
    byline?: string;
    /** Paragraphs and headings, one per block, separated by blank lines. */
    text: string;
    words: number;
}
/** Options of {@link extractArticle}. */
export interface ExtractOptions {
    /** Text kept, cut at the first paragraph boundary past it. @default 50000 */
    maxChars?: number;
    /** Fewer words than this is not an article (a login page, a listing). @default 30 */
    minWords?: number;
}
/**
 * Extracts the article of an HTML page: boilerplate removed by markup (see
 * `removeBoilerplate`), then Mozilla Readability (Firefox Reader View) over a
 * linkedom DOM picks the main content, then its block elements become paragraphs.
 * Returns undefined when the page has no article: Readability finds none, or what it
 * finds has fewer than `minWords` words (a login page, a listing). The text is cut at
 * a paragraph boundary after `maxChars`.
 *
 * @example
 * extractArticle(html, 'https://example.com/post')?.text; // 'First paragraph.\n\nSecond paragraph.'
 */
export declare function extractArticle(html: string, url: string, options?: ExtractOptions): ExtractedArticle | undefined;
/** Words in `text`, counted as runs of non-space characters. */
export declare function countWords(text: string): number;
