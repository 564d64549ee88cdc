import type { KV } from 'nats';
/** The JetStream KV bucket harvested pages are cached in, shared by all web-harvester instances. */
export declare const HARVEST_CACHE_BUCKET = "troupe_harvest_cache";
/** Default time a cached page may stand in for a failed fetch: 24 h (`TROUPE_HARVEST_CACHE_TTL_MS`). */
export declare const DEFAULT_HARVEST_CACHE_TTL_MS: number;
/** Default largest cached page (its stored JSON), in bytes: below NATS' default 1 MiB message limit. */
export declare const DEFAULT_HARVEST_CACHE_MAX_BYTES: number;
/** A page as cached: what `web.harvest` returns for it, and when it was fetched. */
export interface CachedPage {
    readonly url: string;
    readonly title: string;
    readonly byline?: string;
    readonly text: string;
    readonly words: number;
    /** When the live fetch that produced it ended, ms since the epoch. */
    readonly cachedAt: number;
}
/** Where pages are kept: a KV bucket, or a map in tests. */
export interface PageStore {
    get(key: string): Promise<string | undefined>;
    put(key: string, value: string): Promise<void>;
}
/**
 * The URL a page is cached under: the parsed URL (scheme and host lower-cased, default
 * port and fragment dropped, `utm_*` tracking parameters dropped, the rest of the query
 * sorted), so the same page reached through different spellings shares one entry.
 */
export declare function normaliseUrl(url: string): string;
/** The KV key of a URL: SHA-256 of its normalised form, hex (KV keys allow only a few characters, and URLs are long). */
export declare function pageCacheKey(url: string): string;
/**
 * The harvester's page cache: every page fetched live is stored (unless its JSON is over
 * `maxBytes`); a page whose live fetch fails is read back if it was cached less than
 * `ttlMs` ago. The TTL is checked here against `now` (the bucket's max age, at least
 * the TTL, only reclaims space), so an injected clock tests expiry without waiting.
 */
export declare class PageCache {
    #private;
    constructor(store: PageStore, { ttlMs, maxBytes, now }: {
        ttlMs: number;
        maxBytes: number;
        now?: () => number;
    });
    /** Over a KV bucket. */
    static overKv(kv: KV, options: {
        ttlMs: number;
        maxBytes: number;
        now?: () => number;
    }): PageCache;
    /** Stores a page fetched live now; false (not stored) when it is over the size limit. */
    put(page: Omit<CachedPage, 'cachedAt'>): Promise<boolean>;
    /** The page cached for `url` less than the TTL ago, else undefined. */
    get(url: string): Promise<CachedPage | undefined>;
}
