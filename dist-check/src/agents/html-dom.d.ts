/**
 * The parts of a linkedom element the agents use. linkedom's typings name the DOM
 * lib's `Window` and `Element`, which this Node project's `lib` leaves out, so they
 * resolve to nothing and every use of a parsed document would be untyped.
 */
export interface HtmlElement {
    readonly id: string;
    readonly className: string;
    readonly textContent: string | null;
    readonly parentElement: HtmlElement | null;
    closest(selector: string): HtmlElement | null;
    getAttribute(name: string): string | null;
    /** Inserts text right after this element. */
    after(...text: string[]): void;
    remove(): void;
}
/** The parts of a linkedom document the agents use (see {@link HtmlElement}). */
export interface HtmlDocument {
    readonly title: string;
    readonly body: HtmlElement;
    querySelector(selector: string): HtmlElement | null;
    querySelectorAll(selector: string): Iterable<HtmlElement>;
}
/**
 * Parses an HTML page into a linkedom document. A fragment needs wrapping in
 * `<!doctype html><html><body>…</body></html>` to land in `body`.
 *
 * @example
 * parseHtmlDocument('<!doctype html><html><body><p>Hi <b>there</b></p></body></html>').body.textContent; // 'Hi there'
 */
export declare function parseHtmlDocument(html: string): HtmlDocument;
