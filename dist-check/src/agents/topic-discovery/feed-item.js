import { parseHtmlDocument } from '../html-dom.js';
/** Longest summary kept; longer ones are cut at a word and end in "…". */
export const MAX_SUMMARY_CHARS = 500;
/**
 * Plain text of a feed field that may hold HTML (RSS descriptions usually do):
 * parsed by a DOM, not stripped by patterns, so entities and nesting come out right.
 */
export function plainText(html) {
    if (!/[<&]/.test(html))
        return collapse(html);
    const document = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
    for (const el of document.querySelectorAll('script, style, noscript'))
        el.remove();
    // Block elements end with a space so their words do not run together.
    for (const el of document.querySelectorAll('p, br, li, div, h1, h2, h3, h4, h5, h6, blockquote'))
        el.after(' ');
    return collapse(document.body.textContent ?? '');
}
/** Cuts text to at most `max` characters at a word boundary, ending in "…" when cut. */
export function truncate(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—-]+$/, '')}…`;
}
/** A date in any of the forms feeds use (RFC 822, RFC 3339) as ISO 8601, or null. */
export function isoDate(value) {
    if (!value)
        return null;
    const ms = Date.parse(value.trim());
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
function collapse(text) {
    return text.replace(/\s+/g, ' ').trim();
}
//# sourceMappingURL=feed-item.js.map