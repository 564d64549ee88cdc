/** One entry of a feed, whatever its format, before selection. */
export interface FeedItem {
    title: string;
    /** Plain text (markup removed), at most {@link MAX_SUMMARY_CHARS}. */
    summary: string;
    url: string;
    /** ISO 8601, or null when the entry has no usable date. */
    published: string | null;
    /** The feed's title, else where the feed came from. */
    source: string;
    /** The entry's own id (guid, Atom id, JSON Feed id), when it has one. */
    guid?: string;
}
/** A parsed feed. */
export interface Feed {
    title: string;
    items: FeedItem[];
}
/** Longest summary kept; longer ones are cut at a word and end in "…". */
export declare const MAX_SUMMARY_CHARS = 500;
/**
 * Plain text of a feed field that may hold HTML (RSS descriptions usually do):
 * parsed by a DOM, not stripped by patterns, so entities and nesting come out right.
 */
export declare function plainText(html: string): string;
/** Cuts text to at most `max` characters at a word boundary, ending in "…" when cut. */
export declare function truncate(text: string, max: number): string;
/** A date in any of the forms feeds use (RFC 822, RFC 3339) as ISO 8601, or null. */
export declare function isoDate(value: string | undefined): string | null;
