import { type Feed } from './feed-item.js';
/** Thrown when a document is not a feed we can read. */
export declare class FeedFormatError extends Error {
    readonly name = "FeedFormatError";
}
/**
 * Parses an RSS 2.0 (or 0.9x) or Atom 1.0 document. Entries without a link are
 * dropped (a topic needs somewhere to read more); a missing title falls back to
 * the summary's first words.
 */
export declare function parseXmlFeed(xml: string, location: string): Feed;
