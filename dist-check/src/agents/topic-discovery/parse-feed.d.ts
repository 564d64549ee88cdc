import type { Feed } from './feed-item.js';
export { FeedFormatError } from './feed-xml.js';
export type { Feed, FeedItem } from './feed-item.js';
/**
 * Parses a feed in any format we read — RSS 2.0, Atom 1.0 or JSON Feed — telling
 * them apart by content (a leading `{` is JSON), since servers often send feeds
 * as `text/plain` or `application/octet-stream`. Throws FeedFormatError.
 *
 * @example
 * parseFeed('<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://a.example/</link></item></channel></rss>', 'x')
 * // → { title: 'T', items: [{ title: 'A', url: 'https://a.example/', summary: '', published: null, source: 'T' }] }
 */
export declare function parseFeed(body: string, location: string): Feed;
