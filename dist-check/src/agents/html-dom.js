import { parseHTML } from 'linkedom';
/**
 * Parses an HTML page into a linkedom document. A fragment needs wrapping in
 * `<!doctype html><html><body>…</body></html>` to land in `body`.
 *
 * @example
 * parseHtmlDocument('<!doctype html><html><body><p>Hi <b>there</b></p></body></html>').body.textContent; // 'Hi there'
 */
export function parseHtmlDocument(html) {
    return parseHTML(html).document;
}
//# sourceMappingURL=html-dom.js.map