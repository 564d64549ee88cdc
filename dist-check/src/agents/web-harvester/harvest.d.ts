import { type TaskContext } from '../../sdk/index.js';
import type { PageSource } from './input.js';
import type { PageCache } from './page-cache.js';
/** Span and attribute names of the harvester. */
export declare const HARVEST_TELEMETRY: {
    /** Loading one page and extracting its article. */
    readonly SPAN_EXTRACT: "harvest.extract";
    readonly ATTR_URL: "url.full";
    readonly ATTR_KIND: "harvest.page.kind";
    readonly ATTR_BYTES: "harvest.page.bytes";
    readonly ATTR_WORDS: "harvest.page.words";
    /** true on a page answered from the page cache after its live fetch failed. */
    readonly ATTR_CACHED: "harvest.page.cached";
    /** Event on the page's span and on the task span when a cached copy stands in for a failed fetch. */
    readonly EVENT_CACHE_FALLBACK: "harvest.cache_fallback";
};
/** A harvested page as `web.harvest` returns it. */
export interface HarvestedPage {
    url: string;
    title: string;
    byline?: string;
    text: string;
    words: number;
    /** Set when the live fetch failed and this is the copy cached by an earlier fetch. */
    cached?: true;
    /** With `cached`: when that copy was fetched (ISO 8601). */
    cachedAt?: string;
}
/** How pages are loaded. */
export interface HarvestOptions {
    /** Whether http(s) pages may be fetched. */
    live: boolean;
    maxBytes: number;
    timeoutMs: number;
    /** Longest text kept per page, cut at a paragraph. */
    maxCharsPerPage: number;
    fixturesDir?: string;
    fetch?: typeof fetch;
}
/**
 * Loads and extracts every page, three at a time, each in a `harvest.extract` span, in
 * the order given. A bundled page that does not exist is the caller's mistake
 * (InvalidArgumentError) and a URL while live fetching is off is FailedPreconditionError,
 * both checked before any work; a page that fails to load or has no article becomes a
 * warning, so one dead link does not sink the others.
 *
 * With a `cache`, every URL fetched live is stored in it, and a URL whose live fetch
 * fails (network error, timeout, non-2xx, not HTML) is answered from it when cached
 * within its TTL: the page carries `cached: true, cachedAt` and `fallbacks` says so.
 */
export declare function harvestPages(sources: readonly PageSource[], ctx: TaskContext, options: HarvestOptions, cache?: PageCache): Promise<{
    pages: HarvestedPage[];
    warnings: string[];
    fallbacks: string[];
}>;
