import { type TaskContext } from '../../sdk/index.js';
import type { FeedSource } from './input.js';
import { type FeedItem } from './parse-feed.js';
/** Span and attribute names of topic discovery. */
export declare const TOPICS_TELEMETRY: {
    /** Loading and parsing one feed. */
    readonly SPAN_FEED: "topics.feed";
    readonly ATTR_SOURCE: "topics.feed.source";
    readonly ATTR_KIND: "topics.feed.kind";
    readonly ATTR_ITEMS: "topics.feed.items";
};
/** How feeds are loaded. */
export interface LoadOptions {
    /** Whether http(s) feeds may be fetched. */
    live: boolean;
    /** Largest feed body read. */
    maxBytes: number;
    /** Time budget per feed. */
    timeoutMs: number;
    /** Folder of the bundled feeds (tests point it elsewhere). */
    fixturesDir?: string;
    fetch?: typeof fetch;
}
/** What loading the feeds produced. */
export interface Loaded {
    items: FeedItem[];
    /** One line per feed that could not be read; the others still count. */
    warnings: string[];
    feedsRead: number;
}
/**
 * Loads and parses every feed, four at a time, each in a `topics.feed` span. A bundled
 * feed that does not exist is the caller's mistake (InvalidArgumentError); a URL while
 * live fetching is off is FailedPreconditionError; a URL that fails to load or parse
 * becomes a warning, so one dead feed does not sink the others.
 */
export declare function loadFeeds(sources: readonly FeedSource[], ctx: TaskContext, options: LoadOptions): Promise<Loaded>;
