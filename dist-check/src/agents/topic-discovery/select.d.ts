import type { FeedItem } from './feed-item.js';
/** A topic as `topics.discover` returns it. */
export interface Topic {
    /** Stable across runs: derived from the topic's canonical URL. */
    id: string;
    title: string;
    summary: string;
    url: string;
    published: string | null;
    source: string;
}
/** How to pick topics out of the entries of all feeds. */
export interface SelectOptions {
    limit: number;
    /** Case-insensitive substring of the title or summary. */
    query?: string;
}
/**
 * The URL that identifies an entry: fragment and tracking parameters (`utm_*`,
 * `fbclid`, `gclid`, `ref`) removed, host lower-cased, a trailing slash dropped —
 * so the same article reached through a newsletter link is recognised.
 */
export declare function canonicalUrl(url: string): string;
/** A stable id for a canonical URL: `t-` and 12 hex digits of its SHA-256. */
export declare function topicId(canonical: string): string;
/**
 * Turns the entries of all feeds into topics: one per canonical URL (of duplicates
 * the earliest published wins — the original, not a repost — then the first seen),
 * filtered by `query`, newest first (undated last, ties by title), at most `limit`.
 */
export declare function selectTopics(items: readonly FeedItem[], options: SelectOptions): Topic[];
