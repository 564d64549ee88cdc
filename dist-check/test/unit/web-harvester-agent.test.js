import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HARVEST_TELEMETRY } from '../../src/agents/web-harvester/harvest.js';
import webHarvester, { createWebHarvester } from '../../src/agents/web-harvester/index.js';
import { fixturesDir } from '../../src/agents/web-harvester/fixtures.js';
import { FailedPreconditionError, InvalidArgumentError, UnavailableError } from '../../src/sdk/index.js';
import { startTelemetry } from '../../src/sdk/telemetry/index.js';
import { fakeTaskContext } from './voice-forge-fixtures.js';
const exporter = new InMemorySpanExporter();
let telemetry;
let server;
let base;
beforeAll(async () => {
    telemetry = await startTelemetry({ serviceName: 'web-harvester-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const article = readFileSync(`${fixturesDir()}/small-models-edge.html`);
    server = createServer((req, res) => {
        if (req.url === '/article')
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
        else if (req.url === '/image')
            res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(64));
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
beforeEach(() => exporter.reset());
async function harvest(agent, input) {
    const result = (await agent.unary.get('web.harvest')(input, fakeTaskContext()));
    const output = result.output;
    return { ...output, result };
}
describe('web.harvest', () => {
    it('declares one unary capability', () => {
        expect(webHarvester).toMatchObject({ name: 'web-harvester', version: '1.0.0' });
        expect(webHarvester.capabilities.map((c) => [c.name, c.streaming])).toEqual([['web.harvest', false]]);
    });
    it('picks the bundled pages about a topic and joins their text', async () => {
        const { pages, text, result } = await harvest(createWebHarvester({ env: {} }), { topic: 'speech synthesis', maxPages: 2 });
        expect(pages.map((p) => p.url)).toEqual(['fixture:wasm-speech-synthesis', 'fixture:voice-agents-latency']);
        expect(pages[0]).toMatchObject({ title: 'Speech synthesis in WebAssembly: eSpeak NG without a server', byline: 'Priya Raman' });
        expect(pages[0]?.text).toMatch(/^Neural text to speech gets the headlines/);
        expect(text).toBe(`${pages[0]?.text}\n\n${pages[1]?.text}`);
        expect(result.warnings).toEqual([]);
        expect(result.metrics).toEqual({ pages: 2, words: (pages[0]?.words ?? 0) + (pages[1]?.words ?? 0), pages_skipped: 0 });
    });
    it('harvests the first pages with a warning when no bundled page is about the topic, and three by default', async () => {
        const { pages, result } = await harvest(createWebHarvester({ env: {} }), { topic: 'medieval pottery' });
        expect(pages).toHaveLength(3);
        expect(result.warnings).toEqual(['no bundled page is about "medieval pottery"; harvested the first 3']);
    });
    it('harvests the URLs given, in order, each in a harvest.extract span', async () => {
        const ctx = fakeTaskContext();
        const input = { urls: ['fixture:tracing-agent-pipelines', 'fixture:actor-model-agents?utm_source=feed'] };
        const result = (await createWebHarvester({ env: {} }).unary.get('web.harvest')(input, ctx));
        const pages = result.output.pages;
        expect(pages.map((p) => p.url)).toEqual(['fixture:tracing-agent-pipelines', 'fixture:actor-model-agents']);
        const spans = exporter.getFinishedSpans().filter((s) => s.name === HARVEST_TELEMETRY.SPAN_EXTRACT);
        expect(spans.map((s) => s.attributes[HARVEST_TELEMETRY.ATTR_URL]).sort()).toEqual(['fixture:actor-model-agents', 'fixture:tracing-agent-pipelines']);
        for (const span of spans) {
            expect(span.parentSpanContext?.spanId).toBe(ctx.span.spanContext().spanId);
            expect(span.attributes[HARVEST_TELEMETRY.ATTR_WORDS]).toBeGreaterThan(200);
        }
    });
    it('refuses an http(s) URL while live fetching is off', async () => {
        const attempt = harvest(createWebHarvester({ env: {} }), { urls: ['fixture:automated-podcast', `${base}/article`] });
        await expect(attempt).rejects.toBeInstanceOf(FailedPreconditionError);
        await expect(attempt).rejects.toThrow(/input\.urls\[1\] is a URL, but live fetching is off/);
    });
    it('fetches pages when live, and turns a 404 or a non-HTML page into warnings', async () => {
        const agent = createWebHarvester({ env: { TROUPE_LIVE_FETCH: '1' } });
        const { pages, result } = await harvest(agent, { urls: [`${base}/article`, `${base}/missing`, `${base}/image`] });
        expect(pages).toEqual([expect.objectContaining({ url: `${base}/article`, title: 'Small language models on the edge: when 3 billion parameters is enough', byline: 'Jonas Weber' })]);
        expect(pages[0]?.text).not.toContain('Advertisement');
        expect(result.warnings).toEqual([
            expect.stringMatching(/^input\.urls\[1\] \(.*\/missing\) could not be loaded: HTTP 404/),
            expect.stringMatching(/^input\.urls\[2\] \(.*\/image\) could not be loaded: it is image\/png, not HTML$/),
        ]);
        await expect(harvest(agent, { urls: [`${base}/missing`] })).rejects.toBeInstanceOf(UnavailableError);
    });
    it('keeps maxPages of the URLs given, with a warning', async () => {
        const { pages, result } = await harvest(createWebHarvester({ env: {} }), { urls: ['fixture:automated-podcast', 'fixture:small-models-edge'], maxPages: 1 });
        expect(pages.map((p) => p.url)).toEqual(['fixture:automated-podcast']);
        expect(result.warnings).toEqual(['only the first 1 of 2 URLs were harvested (input.maxPages)']);
    });
    it('takes urls: null as no URLs (a workflow passing an absent input.urls)', async () => {
        const { pages } = await harvest(createWebHarvester({ env: {} }), { topic: 'speech synthesis', urls: null, maxPages: 1 });
        expect(pages.map((p) => p.url)).toEqual(['fixture:wasm-speech-synthesis']);
    });
    it('has no page cache without NATS: a failed fetch is skipped as before', async () => {
        const agent = createWebHarvester({ env: {}, live: true });
        await harvest(agent, { urls: [`${base}/article`] });
        await expect(harvest(agent, { urls: [`${base}/missing`] })).rejects.toThrow(/no page could be harvested: .*HTTP 404/);
    });
    it('opens its page cache bucket with the TTL of TROUPE_HARVEST_CACHE_TTL_MS, only for URLs, and refuses a bad value', async () => {
        const opened = [];
        const ctx = { ...fakeTaskContext(), openBucket: (bucket, { ttlMs }) => (opened.push({ bucket, ttlMs }), Promise.resolve(undefined)) };
        const agent = createWebHarvester({ env: { TROUPE_HARVEST_CACHE_TTL_MS: '5000' }, live: true });
        await agent.unary.get('web.harvest')({ urls: ['fixture:automated-podcast'] }, ctx);
        expect(opened).toEqual([]);
        await agent.unary.get('web.harvest')({ urls: [`${base}/article`] }, ctx);
        expect(opened).toEqual([{ bucket: 'troupe_harvest_cache', ttlMs: 5000 }]);
        const bad = createWebHarvester({ env: { TROUPE_HARVEST_CACHE_TTL_MS: '1h' } });
        await expect(harvest(bad, { topic: 'x' })).rejects.toThrow(/TROUPE_HARVEST_CACHE_TTL_MS must be a positive integer; got 1h/);
    });
    it.each([
        ['a string', 'voice agents', /input must be a JSON object/],
        ['an unknown field', { url: 'fixture:x' }, /input\.url is not a known field/],
        ['a bundled page that does not exist', { urls: ['fixture:nope'] }, /input\.urls\[0\] names no bundled page "nope"/],
        ['a file URL', { urls: ['file:///etc/passwd'] }, /input\.urls\[0\] must be an http\(s\) URL or a bundled page/],
        ['a fixture path', { urls: ['fixture:../secrets'] }, /input\.urls\[0\] must be an http\(s\) URL or a bundled page/],
        ['too many URLs', { urls: Array.from({ length: 11 }, () => 'fixture:automated-podcast') }, /input\.urls must be a list of at most 10/],
        ['maxPages 0', { topic: 'x', maxPages: 0 }, /input\.maxPages must be an integer from 1 to 10; got 0/],
        ['a topic that is not text', { topic: 42 }, /input\.topic/],
    ])('refuses %s with InvalidArgumentError naming the field', async (_name, input, message) => {
        const attempt = harvest(createWebHarvester({ env: {} }), input);
        await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
        await expect(attempt).rejects.toThrow(message);
    });
});
//# sourceMappingURL=web-harvester-agent.test.js.map