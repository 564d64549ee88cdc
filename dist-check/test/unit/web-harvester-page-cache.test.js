import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../../src/agents/web-harvester/fixtures.js';
import { HARVEST_TELEMETRY, harvestPages } from '../../src/agents/web-harvester/harvest.js';
import { normaliseUrl, PageCache, pageCacheKey } from '../../src/agents/web-harvester/page-cache.js';
import { startTelemetry } from '../../src/sdk/telemetry/index.js';
import { fakeTaskContext } from './voice-forge-fixtures.js';
function memoryStore() {
    const map = new Map();
    return {
        map,
        get: (key) => Promise.resolve(map.get(key)),
        put: (key, value) => {
            map.set(key, value);
            return Promise.resolve();
        },
    };
}
const page = { url: 'https://example.com/post', title: 'A post', byline: 'Ada', text: 'Some text.', words: 2 };
describe('page cache keys', () => {
    it('normalises the URL: case of scheme and host, default port, fragment, utm_* parameters, parameter order', () => {
        expect(normaliseUrl('HTTPS://Example.COM:443/Post?b=2&utm_source=feed&a=1#top')).toBe('https://example.com/Post?a=1&b=2');
        expect(pageCacheKey('https://example.com/post?utm_medium=x#frag')).toBe(pageCacheKey('https://EXAMPLE.com/post'));
        // The path and the other parameters still tell pages apart.
        expect(pageCacheKey('https://example.com/post')).not.toBe(pageCacheKey('https://example.com/Post'));
        expect(pageCacheKey('https://example.com/post?id=1')).not.toBe(pageCacheKey('https://example.com/post?id=2'));
    });
    it('is a hex SHA-256, a valid KV key whatever the URL', () => {
        expect(pageCacheKey(`https://example.com/${'x'.repeat(2000)}?q=a b&c=ü`)).toMatch(/^[0-9a-f]{64}$/);
    });
});
describe('PageCache', () => {
    it('returns what was stored, with when, until the TTL has passed', async () => {
        let now = 1_000_000;
        const cache = new PageCache(memoryStore(), { ttlMs: 60_000, maxBytes: 10_000, now: () => now });
        expect(await cache.put(page)).toBe(true);
        now += 59_999;
        expect(await cache.get('https://example.com/post#again')).toEqual({ ...page, cachedAt: 1_000_000 });
        now += 1;
        expect(await cache.get(page.url)).toBeUndefined();
        expect(await cache.get('https://example.com/other')).toBeUndefined();
    });
    it('does not store a page over the size limit', async () => {
        const store = memoryStore();
        const cache = new PageCache(store, { ttlMs: 60_000, maxBytes: 1000 });
        expect(await cache.put({ ...page, text: 'x'.repeat(1000) })).toBe(false);
        expect(store.map.size).toBe(0);
        expect(await cache.put({ ...page, text: 'x'.repeat(800) })).toBe(true);
        expect(store.map.size).toBe(1);
    });
    it('ignores an entry it cannot read', async () => {
        const store = memoryStore();
        await store.put(pageCacheKey(page.url), JSON.stringify({ v: 2, whatever: true }));
        expect(await new PageCache(store, { ttlMs: 60_000, maxBytes: 1000 }).get(page.url)).toBeUndefined();
    });
});
describe('harvestPages with a page cache', () => {
    let server;
    let base;
    let up = true;
    const article = readFileSync(`${fixturesDir()}/small-models-edge.html`);
    const options = { live: true, maxBytes: 1 << 20, timeoutMs: 5000, maxCharsPerPage: 50_000 };
    const exporter = new InMemorySpanExporter();
    let telemetry;
    beforeAll(async () => {
        telemetry = await startTelemetry({ serviceName: 'page-cache-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
        server = createServer((req, res) => {
            if (!up)
                res.writeHead(503).end('down');
            else if (req.url === '/article')
                res.writeHead(200, { 'content-type': 'text/html' }).end(article);
            else
                res.writeHead(404).end();
        });
        server.listen(0, '127.0.0.1');
        await once(server, 'listening');
        base = `http://127.0.0.1:${server.address().port}`;
    });
    afterAll(async () => {
        server.close();
        await telemetry.shutdown();
    });
    it('caches a live page and answers a failed fetch with it, marked and warned about; a page never cached still fails', async () => {
        up = true;
        let now = Date.parse('2026-12-05T10:00:00Z');
        const cache = new PageCache(memoryStore(), { ttlMs: 3_600_000, maxBytes: 1 << 20, now: () => now });
        const sources = [{ kind: 'url', url: `${base}/article`, field: 'input.urls[0]' }];
        const live = await harvestPages(sources, fakeTaskContext(), options, cache);
        expect(live.warnings).toEqual([]);
        expect(live.fallbacks).toEqual([]);
        expect(live.pages[0]?.cached).toBeUndefined();
        up = false;
        now += 60_000;
        const never = { kind: 'url', url: `${base}/never`, field: 'input.urls[1]' };
        const fallback = await harvestPages([...sources, never], fakeTaskContext(), options, cache);
        expect(fallback.pages).toEqual([{ ...live.pages[0], cached: true, cachedAt: '2026-12-05T10:00:00.000Z' }]);
        expect(fallback.fallbacks).toEqual([`page ${base}/article could not be fetched (HTTP 503 Service Unavailable); used the copy cached at 2026-12-05T10:00:00.000Z`]);
        expect(fallback.warnings).toHaveLength(1);
        expect(fallback.warnings[0]).toMatch(/^input\.urls\[1\] \(.*\/never\) could not be loaded: /);
        const extract = exporter.getFinishedSpans().filter((s) => s.name === HARVEST_TELEMETRY.SPAN_EXTRACT && s.attributes[HARVEST_TELEMETRY.ATTR_CACHED] === true);
        expect(extract).toHaveLength(1);
        expect(extract[0]?.events.map((e) => [e.name, e.attributes?.['harvest.cached_at']])).toEqual([[HARVEST_TELEMETRY.EVENT_CACHE_FALLBACK, '2026-12-05T10:00:00.000Z']]);
        // Past the TTL the copy no longer stands in.
        now += 3_600_000;
        const expired = await harvestPages(sources, fakeTaskContext(), options, cache);
        expect(expired.pages).toEqual([]);
        expect(expired.fallbacks).toEqual([]);
        expect(expired.warnings[0]).toMatch(/could not be loaded/);
    });
});
//# sourceMappingURL=web-harvester-page-cache.test.js.map