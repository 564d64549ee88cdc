import { createHash } from 'node:crypto';
/** The JetStream KV bucket harvested pages are cached in, shared by all web-harvester instances. */
export const HARVEST_CACHE_BUCKET = 'troupe_harvest_cache';
/** Default time a cached page may stand in for a failed fetch: 24 h (`TROUPE_HARVEST_CACHE_TTL_MS`). */
export const DEFAULT_HARVEST_CACHE_TTL_MS = 24 * 60 * 60 * 1000;
/** Default largest cached page (its stored JSON), in bytes: below NATS' default 1 MiB message limit. */
export const DEFAULT_HARVEST_CACHE_MAX_BYTES = 256 * 1024;
/**
 * The URL a page is cached under: the parsed URL (scheme and host lower-cased, default
 * port and fragment dropped, `utm_*` tracking parameters dropped, the rest of the query
 * sorted), so the same page reached through different spellings shares one entry.
 */
export function normaliseUrl(url) {
    const parsed = new URL(url);
    parsed.hash = '';
    const params = [...parsed.searchParams].filter(([name]) => !/^utm_/i.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    parsed.search = new URLSearchParams(params).toString();
    return parsed.toString();
}
/** The KV key of a URL: SHA-256 of its normalised form, hex (KV keys allow only a few characters, and URLs are long). */
export function pageCacheKey(url) {
    return createHash('sha256').update(normaliseUrl(url)).digest('hex');
}
/**
 * The harvester's page cache: every page fetched live is stored (unless its JSON is over
 * `maxBytes`); a page whose live fetch fails is read back if it was cached less than
 * `ttlMs` ago. The TTL is checked here against `now` (the bucket's max age, at least
 * the TTL, only reclaims space), so an injected clock tests expiry without waiting.
 */
export class PageCache {
    #store;
    #ttlMs;
    #maxBytes;
    #now;
    constructor(store, { ttlMs, maxBytes, now = Date.now }) {
        this.#store = store;
        this.#ttlMs = ttlMs;
        this.#maxBytes = maxBytes;
        this.#now = now;
    }
    /** Over a KV bucket. */
    static overKv(kv, options) {
        return new PageCache(kvPageStore(kv), options);
    }
    /** Stores a page fetched live now; false (not stored) when it is over the size limit. */
    async put(page) {
        const stored = { v: 1, url: page.url, title: page.title, ...(page.byline ? { byline: page.byline } : {}), text: page.text, words: page.words, cachedAt: this.#now() };
        const json = JSON.stringify(stored);
        if (Buffer.byteLength(json) > this.#maxBytes)
            return false;
        await this.#store.put(pageCacheKey(page.url), json);
        return true;
    }
    /** The page cached for `url` less than the TTL ago, else undefined. */
    async get(url) {
        const json = await this.#store.get(pageCacheKey(url));
        if (json === undefined)
            return undefined;
        const stored = JSON.parse(json);
        if (stored.v !== 1 || typeof stored.cachedAt !== 'number' || typeof stored.text !== 'string')
            return undefined;
        if (stored.cachedAt + this.#ttlMs <= this.#now())
            return undefined;
        const { v: _v, ...page } = stored;
        return page;
    }
}
function kvPageStore(kv) {
    return {
        async get(key) {
            const entry = await kv.get(key);
            return entry?.operation === 'PUT' ? entry.string() : undefined;
        },
        async put(key, value) {
            await kv.put(key, value);
        },
    };
}
//# sourceMappingURL=page-cache.js.map