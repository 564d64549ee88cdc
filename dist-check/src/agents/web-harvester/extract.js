import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from '../html-dom.js';
import { removeBoilerplate } from './clean-dom.js';
/** Blocks whose text makes up the article, in document order. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dt, dd, td';
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
export function extractArticle(html, url, options = {}) {
    const { maxChars = 50_000, minWords = 30 } = options;
    const document = parseHtmlDocument(html);
    removeBoilerplate(document);
    // Readability resolves relative links against the document's URL.
    Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
    const article = new Readability(document, { charThreshold: 200, keepClasses: false }).parse();
    if (!article?.content)
        return undefined;
    const content = parseHtmlDocument(`<!doctype html><html><body>${article.content}</body></html>`);
    const paragraphs = [];
    let length = 0;
    for (const block of content.querySelectorAll(BLOCKS)) {
        if (block.parentElement?.closest(BLOCKS))
            continue; // its text is already in an enclosing block
        const text = collapse(block.textContent ?? '');
        if (!text)
            continue;
        paragraphs.push(text);
        length += text.length + 2;
        if (length >= maxChars)
            break;
    }
    if (paragraphs.length === 0) {
        const whole = collapse(article.textContent ?? '');
        if (whole)
            paragraphs.push(whole.slice(0, maxChars));
    }
    const text = paragraphs.join('\n\n');
    const words = countWords(text);
    if (words < minWords)
        return undefined;
    const result = { title: collapse(article.title ?? '') || url, text, words };
    const byline = collapse(article.byline ?? '').replace(/^by\s+/i, '');
    if (byline)
        result.byline = byline;
    return result;
}
/** Words in `text`, counted as runs of non-space characters. */
export function countWords(text) {
    return text.split(/\s+/).filter(Boolean).length;
}
function collapse(text) {
    return text.replace(/\s+/g, ' ').trim();
}
//# sourceMappingURL=extract.js.map