import { defineAgent, taskResult, UnavailableError } from '../../sdk/index.js';
import { listFixturePages } from './fixtures.js';
import { harvestPages } from './harvest.js';
import { parseHarvestInput } from './input.js';
import { pagesForTopic } from './select-pages.js';
import { DEFAULT_HARVEST_CACHE_MAX_BYTES, DEFAULT_HARVEST_CACHE_TTL_MS, HARVEST_CACHE_BUCKET, PageCache } from './page-cache.js';
/**
 * Builds the web-harvester agent: `web.harvest` loads pages (bundled `fixture:` pages,
 * or http(s) URLs when live fetching is on) and extracts their readable text with
 * Mozilla Readability over a linkedom DOM, dropping navigation, ads and footers.
 * Given a topic and no URLs, it picks the bundled pages about the topic.
 *
 * @example
 * await runAgent(createWebHarvester({ live: true }));
 */
export function createWebHarvester(options = {}) {
    /** `value` (an option, or a setting from the environment called `name`), else `fallback`; RangeError naming it unless a positive integer. */
    const positive = (name, value, fallback) => {
        const chosen = value ?? fallback;
        if (typeof chosen !== 'number' || !Number.isSafeInteger(chosen) || chosen < 1)
            throw new RangeError(`${name} must be a positive integer; got ${String(value)}`);
        return chosen;
    };
    const cacheMaxBytes = positive('cacheMaxPageBytes', options.cacheMaxPageBytes, DEFAULT_HARVEST_CACHE_MAX_BYTES);
    const base = {
        maxBytes: positive('maxPageBytes', options.maxPageBytes, 5 * 1024 * 1024),
        timeoutMs: positive('fetchTimeoutMs', options.fetchTimeoutMs, 15_000),
        maxCharsPerPage: positive('maxCharsPerPage', options.maxCharsPerPage, 50_000),
    };
    // The environment and the fixtures folder are read on the first task, not here: the
    // module's default export calls this factory at import time.
    let harvest;
    let cacheTtlMs = 0;
    let fixtures;
    const harvestOnce = () => {
        if (harvest)
            return harvest;
        const env = options.env ?? process.env;
        const envTtl = env.TROUPE_HARVEST_CACHE_TTL_MS;
        cacheTtlMs =
            options.cacheTtlMs !== undefined || envTtl === undefined || envTtl === ''
                ? positive('cacheTtlMs', options.cacheTtlMs, DEFAULT_HARVEST_CACHE_TTL_MS)
                : positive('TROUPE_HARVEST_CACHE_TTL_MS', /^\d+$/.test(envTtl) ? Number(envTtl) : envTtl, DEFAULT_HARVEST_CACHE_TTL_MS);
        harvest = { ...base, live: options.live ?? env.TROUPE_LIVE_FETCH === '1' };
        if (options.fixturesDir)
            harvest.fixturesDir = options.fixturesDir;
        if (options.fetch)
            harvest.fetch = options.fetch;
        return harvest;
    };
    /** The page cache over the agent's KV bucket; none without NATS, or (logged) when JetStream cannot open it. */
    const pageCache = async (ctx) => {
        try {
            const kv = await ctx.openBucket?.(HARVEST_CACHE_BUCKET, { ttlMs: cacheTtlMs, description: 'Troupe web-harvester pages, the fallback of a failed fetch' });
            return kv ? PageCache.overKv(kv, { ttlMs: cacheTtlMs, maxBytes: cacheMaxBytes, ...(options.now ? { now: options.now } : {}) }) : undefined;
        }
        catch (err) {
            ctx.logger.warn({ err, bucket: HARVEST_CACHE_BUCKET }, 'page cache unavailable; harvesting without it');
            return undefined;
        }
    };
    return defineAgent({
        name: 'web-harvester',
        version: '1.0.0',
        description: 'Readable text of web pages (Mozilla Readability over linkedom), bundled pages by default',
        maxConcurrency: 8,
        capabilities: [
            {
                name: 'web.harvest',
                description: 'Readable text of {urls?} or of pages about {topic?}: {topic?, pages: [{url, title, byline?, text, words, cached?, cachedAt?}], text}',
                inputTypes: ['topic'],
                outputTypes: ['pages'],
            },
        ],
        handlers: {
            'web.harvest': async (input, ctx) => {
                const request = parseHarvestInput(input);
                const settings = harvestOnce();
                const warnings = [];
                let sources;
                if (request.urls.length > 0) {
                    sources = request.urls.slice(0, request.maxPages);
                    if (request.urls.length > sources.length)
                        warnings.push(`only the first ${sources.length} of ${request.urls.length} URLs were harvested (input.maxPages)`);
                }
                else {
                    fixtures ??= listFixturePages(settings.fixturesDir);
                    const chosen = pagesForTopic(fixtures, request.topic, request.maxPages);
                    if (request.topic && !chosen.matched)
                        warnings.push(`no bundled page is about "${request.topic}"; harvested the first ${chosen.pages.length}`);
                    sources = chosen.pages.map((p) => ({ kind: 'fixture', name: p.name, url: `fixture:${p.name}`, field: 'page' }));
                }
                const cache = sources.some((s) => s.kind === 'url') ? await pageCache(ctx) : undefined;
                const { pages, warnings: skipped, fallbacks } = await harvestPages(sources, ctx, settings, cache);
                warnings.push(...fallbacks, ...skipped);
                if (pages.length === 0)
                    throw new UnavailableError(`no page could be harvested: ${skipped.join('; ')}`);
                const words = pages.reduce((sum, p) => sum + p.words, 0);
                ctx.logger.info({ pages: pages.length, words, skipped: skipped.length, from_cache: fallbacks.length }, 'pages harvested');
                if (fallbacks.length > 0)
                    ctx.span.setAttribute('harvest.pages.cached', fallbacks.length);
                return taskResult({
                    // The topic travels on, so the output is a whole `pages` value (script.weave's input type).
                    output: { ...(request.topic ? { topic: request.topic } : {}), pages: pages.map((p) => ({ ...p })), text: pages.map((p) => p.text).join('\n\n') },
                    warnings,
                    metrics: { pages: pages.length, words, pages_skipped: skipped.length, ...(fallbacks.length > 0 ? { pages_cached: fallbacks.length } : {}) },
                });
            },
        },
    });
}
export default createWebHarvester();
//# sourceMappingURL=index.js.map