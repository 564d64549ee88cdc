import { type Json } from '../../sdk/index.js';
/** Where a feed comes from: a feed bundled with the agent, or an http(s) URL. */
export type FeedSource = {
    kind: 'bundled';
    name: string;
    field: string;
} | {
    kind: 'url';
    url: string;
    field: string;
};
/** A validated `topics.discover` request. */
export interface DiscoverRequest {
    /** Empty when the caller named none: the agent's configured feeds apply. */
    feeds: FeedSource[];
    limit: number;
    query?: string;
}
/** Limits of the input fields. */
export declare const DISCOVER_LIMITS: Readonly<{
    feeds: 20;
    limit: 100;
    query: 200;
    url: 2048;
}>;
/** Topics returned when `input.limit` is absent. */
export declare const DEFAULT_LIMIT = 5;
/**
 * Validates the JSON input of `topics.discover`: `{ feeds?, limit?, query? }` (null means `{}`).
 * Throws InvalidArgumentError naming the offending field.
 *
 * @example
 * parseDiscoverInput({ feeds: ['sample-feed', 'https://example.com/feed.xml'], limit: 3 });
 */
export declare function parseDiscoverInput(input: Json): DiscoverRequest;
/**
 * Reads one feed reference: an `http(s)://` URL, `fixture:<name>` or a bare `<name>`
 * of a bundled feed. `field` names it in errors.
 */
export declare function parseFeedSource(value: Json, field: string): FeedSource;
