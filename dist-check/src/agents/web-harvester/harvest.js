import { FailedPreconditionError, InvalidArgumentError } from '../../sdk/index.js';
import { ATTR, instrument, instruments } from '../../sdk/telemetry/index.js';
import { extractArticle } from './extract.js';
import { fetchText } from '../../sdk/net/fetch-text.js';
import { hasFixturePage, readFixturePage } from './fixtures.js';
import { mapLimited } from '../../sdk/util/map-limited.js';
/** Span and attribute names of the harvester. */
export const HARVEST_TELEMETRY = {
    /** Loading one page and extracting its article. */
    SPAN_EXTRACT: 'harvest.extract',
    ATTR_URL: 'url.full',
    ATTR_KIND: 'harvest.page.kind',
    ATTR_BYTES: 'harvest.page.bytes',
    ATTR_WORDS: 'harvest.page.words',
    /** true on a page answered from the page cache after its live fetch failed. */
    ATTR_CACHED: 'harvest.page.cached',
    /** Event on the page's span and on the task span when a cached copy stands in for a failed fetch. */
    EVENT_CACHE_FALLBACK: 'harvest.cache_fallback',
};
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
export async function harvestPages(sources, ctx, options, cache) {
    for (const source of sources) {
        if (source.kind === 'fixture' && !hasFixturePage(source.name, options.fixturesDir)) {
            throw new InvalidArgumentError(`${source.field} names no bundled page "${source.name}"`);
        }
        if (source.kind === 'url' && !options.live) {
            throw new FailedPreconditionError(`${source.field} is a URL, but live fetching is off: set TROUPE_LIVE_FETCH=1 for the agent, or use fixture: pages`);
        }
    }
    const results = await mapLimited(sources, 3, (source) => harvestOne(source, ctx, options, cache));
    const pages = [];
    const warnings = [];
    const fallbacks = [];
    for (const result of results) {
        if ('warning' in result)
            warnings.push(result.warning);
        else
            pages.push(result.page);
        if ('fallback' in result)
            fallbacks.push(result.fallback);
    }
    return { pages, warnings, fallbacks };
}
async function harvestOne(source, ctx, options, cache) {
    const attributes = { [HARVEST_TELEMETRY.ATTR_URL]: source.url, [HARVEST_TELEMETRY.ATTR_KIND]: source.kind };
    return instrument(HARVEST_TELEMETRY.SPAN_EXTRACT, { parent: ctx.traceContext, attributes }, async (span) => {
        let html;
        try {
            html = source.kind === 'fixture' ? await readFixturePage(source.name, options.fixturesDir) : await fetchPage(source.url, ctx, options);
        }
        catch (err) {
            ctx.signal.throwIfAborted();
            const reason = err instanceof Error ? err.message : String(err);
            const fallback = source.kind === 'url' && cache ? await fromCache(source, reason, ctx, span, cache) : undefined;
            return fallback ?? skipped(source, `could not be loaded: ${reason}`, ctx, span);
        }
        ctx.signal.throwIfAborted();
        span.setAttribute(HARVEST_TELEMETRY.ATTR_BYTES, Buffer.byteLength(html));
        const article = extractArticle(html, source.url, { maxChars: options.maxCharsPerPage });
        if (!article)
            return skipped(source, 'has no readable article', ctx, span);
        span.setAttribute(HARVEST_TELEMETRY.ATTR_WORDS, article.words);
        const page = { url: source.url, title: article.title, text: article.text, words: article.words };
        if (article.byline)
            page.byline = article.byline;
        if (source.kind === 'url' && cache)
            await toCache(page, ctx, cache);
        return { page };
    });
}
/** Stores a page fetched live; a page over the size limit or a store that fails only costs the fallback (logged). */
async function toCache(page, ctx, cache) {
    try {
        if (!(await cache.put(page)))
            ctx.logger.debug({ url: page.url }, 'page too large for the page cache; not cached');
    }
    catch (err) {
        ctx.logger.warn({ url: page.url, err }, 'could not store the page in the page cache');
    }
}
/** The cached copy of a page whose live fetch failed, with its warning; undefined when none is cached (or the cache cannot be read). */
async function fromCache(source, reason, ctx, span, cache) {
    let cached;
    try {
        cached = await cache.get(source.url);
    }
    catch (err) {
        ctx.logger.warn({ url: source.url, err }, 'could not read the page cache');
        return undefined;
    }
    if (!cached)
        return undefined;
    const cachedAt = new Date(cached.cachedAt).toISOString();
    const page = { url: source.url, title: cached.title, text: cached.text, words: cached.words, cached: true, cachedAt };
    if (cached.byline)
        page.byline = cached.byline;
    const event = { [HARVEST_TELEMETRY.ATTR_URL]: source.url, 'harvest.cached_at': cachedAt, 'exception.message': reason };
    span.setAttribute(HARVEST_TELEMETRY.ATTR_CACHED, true);
    span.addEvent(HARVEST_TELEMETRY.EVENT_CACHE_FALLBACK, event);
    ctx.span.addEvent(HARVEST_TELEMETRY.EVENT_CACHE_FALLBACK, event);
    ctx.logger.warn({ url: source.url, reason, cached_at: cachedAt }, 'live fetch failed; used the cached page');
    instruments().harvestFallbacks.add(1, { [ATTR.AGENT_NAME]: 'web-harvester' });
    return { page, fallback: `page ${source.url} could not be fetched (${reason}); used the copy cached at ${cachedAt}` };
}
async function fetchPage(url, ctx, options) {
    const fetchOptions = {
        signal: ctx.signal,
        maxBytes: options.maxBytes,
        timeoutMs: options.timeoutMs,
        accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
        userAgent: 'troupe-web-harvester/1.0',
    };
    if (options.fetch)
        fetchOptions.fetch = options.fetch;
    const { text, contentType } = await fetchText(url, fetchOptions);
    if (contentType && !/html|xml|text\/plain/i.test(contentType))
        throw new Error(`it is ${contentType}, not HTML`);
    return text;
}
function skipped(source, reason, ctx, span) {
    ctx.logger.warn({ url: source.url, reason }, 'page skipped');
    span.addEvent('page skipped', { 'exception.message': reason });
    return { warning: `${source.field} (${source.url}) ${reason}` };
}
//# sourceMappingURL=harvest.js.map