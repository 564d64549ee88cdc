import { XMLParser } from 'fast-xml-parser';
import { isoDate, MAX_SUMMARY_CHARS, plainText, truncate } from './feed-item.js';
const REPEATED = new Set(['item', 'entry', 'link', 'category']);
const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    isArray: (name) => REPEATED.has(name),
});
/** Thrown when a document is not a feed we can read. */
export class FeedFormatError extends Error {
    name = 'FeedFormatError';
}
/**
 * Parses an RSS 2.0 (or 0.9x) or Atom 1.0 document. Entries without a link are
 * dropped (a topic needs somewhere to read more); a missing title falls back to
 * the summary's first words.
 */
export function parseXmlFeed(xml, location) {
    let doc;
    try {
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- validation in parse() still works in fast-xml-parser 5; its replacement is another package
        doc = parser.parse(xml, true);
    }
    catch (err) {
        throw new FeedFormatError(`not well-formed XML: ${err instanceof Error ? err.message : String(err)}`);
    }
    const rss = asObj(doc.rss);
    if (rss)
        return parseRss(asObj(rss.channel) ?? {}, location);
    const atom = asObj(doc.feed);
    if (atom)
        return parseAtom(atom, location);
    const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
    throw new FeedFormatError(`expected an RSS <rss> or Atom <feed> document; the root is <${root}>`);
}
function parseRss(channel, location) {
    const source = text(channel.title) || location;
    const items = list(channel.item).flatMap((node) => {
        const item = asObj(node);
        if (!item)
            return [];
        const guid = text(item.guid);
        const isPermaLink = attr(item.guid, 'isPermaLink') !== 'false';
        const url = text(first(item.link)) || (guid && isPermaLink && /^https?:\/\//.test(guid) ? guid : '');
        const summary = plainText(text(item.description) || text(item['content:encoded']));
        const date = text(item.pubDate) || text(item['dc:date']);
        return entry(url, text(item.title), summary, date, source, guid);
    });
    return { title: source, items };
}
function parseAtom(feed, location) {
    const source = plainText(text(feed.title)) || location;
    const items = list(feed.entry).flatMap((node) => {
        const e = asObj(node);
        if (!e)
            return [];
        const links = list(e.link).map(asObj).filter((l) => l !== undefined);
        const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
        const url = alternate ? (attr(alternate, 'href') ?? '') : '';
        const summary = plainText(text(e.summary) || text(e.content));
        return entry(url, plainText(text(e.title)), summary, text(e.published) || text(e.updated), source, text(e.id));
    });
    return { title: source, items };
}
function entry(url, title, summary, date, source, guid) {
    if (!url)
        return [];
    const item = {
        title: plainText(title) || truncate(summary, 80) || url,
        summary: truncate(summary, MAX_SUMMARY_CHARS),
        url: url.trim(),
        published: isoDate(date),
        source,
    };
    if (guid)
        item.guid = guid;
    return [item];
}
function asObj(node) {
    return typeof node === 'object' && !Array.isArray(node) ? node : undefined;
}
function list(node) {
    if (node === undefined)
        return [];
    return Array.isArray(node) ? node : [node];
}
function first(node) {
    return list(node)[0];
}
/** The text of a node: the node itself when it is text, else its `#text`. */
function text(node) {
    const n = Array.isArray(node) ? node[0] : node;
    if (n === undefined)
        return '';
    if (typeof n !== 'object')
        return String(n).trim();
    const inner = n['#text'];
    return typeof inner === 'string' || typeof inner === 'number' ? String(inner).trim() : '';
}
function attr(node, name) {
    const n = asObj(Array.isArray(node) ? node[0] : node);
    const value = n?.[`@_${name}`];
    return typeof value === 'string' ? value : undefined;
}
//# sourceMappingURL=feed-xml.js.map