import { once } from 'node:events';
import { createServer } from 'node:http';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import topicDiscovery, { createTopicDiscovery } from '../../src/agents/topic-discovery/index.js';
import { TOPICS_TELEMETRY } from '../../src/agents/topic-discovery/load-feeds.js';
import { FailedPreconditionError, InvalidArgumentError, UnavailableError } from '../../src/sdk/index.js';
import { startTelemetry } from '../../src/sdk/telemetry/index.js';
import { fakeTaskContext } from './voice-forge-fixtures.js';
const exporter = new InMemorySpanExporter();
let telemetry;
let server;
let base;
const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Live lab</title>
  <entry><title>Live entry about latency</title><link href="https://lab.example/live"/><updated>2030-01-01T00:00:00Z</updated><summary>Fresh.</summary></entry>
  <entry><title>Same story as the sample</title><link href="fixture:automated-podcast?utm_source=lab"/><updated>2030-01-02T00:00:00Z</updated></entry>
</feed>`;
beforeAll(async () => {
    telemetry = await startTelemetry({ serviceName: 'topic-discovery-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
    server = createServer((req, res) => {
        if (req.url === '/atom.xml')
            res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ATOM);
        else if (req.url === '/huge.xml')
            res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss>${' '.repeat(5000)}</rss>`);
        else if (req.url === '/declared.xml')
            res.writeHead(200, { 'content-length': '5011' }).end(`<rss>${' '.repeat(5000)}</rss>`);
        else
            res.writeHead(404).end('gone');
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
async function discover(agent, input) {
    const result = (await agent.unary.get('topics.discover')(input, fakeTaskContext()));
    return { topics: result.output.topics, result };
}
describe('topics.discover', () => {
    it('declares one unary capability', () => {
        expect(topicDiscovery).toMatchObject({ name: 'topic-discovery', version: '1.0.0' });
        expect(topicDiscovery.capabilities.map((c) => [c.name, c.streaming])).toEqual([['topics.discover', false]]);
    });
    it('reads the bundled sample by default: the five newest of seven unique topics, the repost deduplicated', async () => {
        const { topics, result } = await discover(createTopicDiscovery({ env: {} }), {});
        expect(topics.map((t) => t.url)).toEqual([
            'fixture:streaming-audio-backpressure',
            'fixture:small-models-edge',
            'fixture:automated-podcast',
            'fixture:tracing-agent-pipelines',
            'fixture:wasm-speech-synthesis',
        ]);
        expect(topics[0]).toEqual({
            id: expect.stringMatching(/^t-[0-9a-f]{12}$/),
            title: 'Back-pressure for streaming audio: why your TTS buffer keeps growing',
            summary: expect.stringContaining('Flow control, not bigger buffers'),
            url: 'fixture:streaming-audio-backpressure',
            published: '2025-06-12T14:15:00.000Z',
            source: 'Signal & Noise — AI agents and audio',
        });
        expect(result.metrics).toEqual({ feeds_read: 1, feed_items: 8, topics: 5 });
        const all = await discover(createTopicDiscovery({ env: {} }), { limit: 100 });
        expect(all.topics).toHaveLength(7);
        expect(all.topics.at(-1)).toMatchObject({ title: 'Why 300 milliseconds decides whether a voice agent feels human', published: '2025-05-22T13:30:00.000Z' });
    });
    it('filters by query and names bundled feeds with or without the fixture: prefix', async () => {
        const { topics } = await discover(createTopicDiscovery({ env: {} }), { feeds: ['fixture:sample-feed'], query: 'SPEECH SYNTHESIS', limit: 10 });
        // "speech synthesis" is in "speech synthesiser" but not in "synthesise speech".
        expect(topics.map((t) => t.url)).toEqual(['fixture:streaming-audio-backpressure', 'fixture:wasm-speech-synthesis', 'fixture:voice-agents-latency']);
    });
    it('makes one topics.feed span per feed under the task span', async () => {
        const ctx = fakeTaskContext();
        await createTopicDiscovery({ env: {} }).unary.get('topics.discover')({ feeds: ['sample-feed', 'sample-feed.xml'] }, ctx);
        const spans = exporter.getFinishedSpans().filter((s) => s.name === TOPICS_TELEMETRY.SPAN_FEED);
        expect(spans).toHaveLength(2);
        expect(spans[0]?.parentSpanContext?.spanId).toBe(ctx.span.spanContext().spanId);
        expect(spans[0]?.attributes).toMatchObject({ [TOPICS_TELEMETRY.ATTR_KIND]: 'bundled', [TOPICS_TELEMETRY.ATTR_ITEMS]: 8 });
    });
    it('refuses a URL while live fetching is off, without touching the network', async () => {
        const agent = createTopicDiscovery({ env: {}, fetch: () => Promise.reject(new Error('must not fetch')) });
        await expect(discover(agent, { feeds: [`${base}/atom.xml`] })).rejects.toThrow(FailedPreconditionError);
        await expect(discover(agent, { feeds: [`${base}/atom.xml`] })).rejects.toThrow(/input\.feeds\[0\] is a URL, but live fetching is off/);
    });
    it('fetches live feeds when TROUPE_LIVE_FETCH=1, dedupes across feeds and turns dead or oversized feeds into warnings', async () => {
        const agent = createTopicDiscovery({ env: { TROUPE_LIVE_FETCH: '1' }, maxFeedBytes: 1000 });
        const feeds = [`${base}/atom.xml`, 'sample-feed', `${base}/missing.xml`, `${base}/huge.xml`, `${base}/declared.xml`];
        const { topics, result } = await discover(agent, { feeds, limit: 3 });
        expect(topics.map((t) => t.url)).toEqual(['https://lab.example/live', 'fixture:streaming-audio-backpressure', 'fixture:small-models-edge']);
        expect(result.warnings).toEqual([
            expect.stringMatching(/^input\.feeds\[2\] \(http:\/\/127\.0\.0\.1:\d+\/missing\.xml\) skipped: HTTP 404/),
            expect.stringMatching(/^input\.feeds\[3\] .* skipped: the body is over the limit of 1000 bytes$/),
            expect.stringMatching(/^input\.feeds\[4\] .* skipped: the body is 5011 bytes; the limit is 1000$/),
        ]);
        // The Atom copy of the podcast story (2030) lost to the original in the sample (2025).
        const podcast = (await discover(agent, { feeds: [`${base}/atom.xml`, 'sample-feed'], query: 'podcast' })).topics;
        expect(podcast).toEqual([expect.objectContaining({ url: 'fixture:automated-podcast', published: '2025-06-06T16:40:00.000Z' })]);
    });
    it('fails with UNAVAILABLE when no feed could be read', async () => {
        const agent = createTopicDiscovery({ live: true, env: {} });
        await expect(discover(agent, { feeds: [`${base}/missing.xml`] })).rejects.toThrow(UnavailableError);
    });
    it('uses TROUPE_TOPIC_FEEDS as the default feeds, read on the first task', async () => {
        const reads = [];
        const env = new Proxy({ TROUPE_TOPIC_FEEDS: 'no-such-feed' }, {
            get: (target, key) => (reads.push(key), target[key]),
        });
        const agent = createTopicDiscovery({ env });
        expect(reads).toEqual([]);
        await expect(discover(agent, {})).rejects.toThrow(/TROUPE_TOPIC_FEEDS\[0\] names no bundled feed "no-such-feed" \(bundled: sample-feed\)/);
        expect(reads).toContain('TROUPE_TOPIC_FEEDS');
    });
    it.each([
        ['a list', [], /input must be a JSON object/],
        ['an unknown field', { feed: 'x' }, /input\.feed is not a known field/],
        ['feeds that are not a list', { feeds: 'sample-feed' }, /input\.feeds must be a list/],
        ['a feed that is a path', { feeds: ['../../etc/passwd'] }, /input\.feeds\[0\] must be an http\(s\) URL or the name of a bundled feed/],
        ['a bundled feed that does not exist', { feeds: ['sample-feed', 'nope'] }, /input\.feeds\[1\] names no bundled feed "nope"/],
        ['limit 0', { limit: 0 }, /input\.limit must be an integer from 1 to 100; got 0/],
        ['a fractional limit', { limit: 2.5 }, /input\.limit/],
        ['a query that is not text', { query: 3 }, /input\.query/],
    ])('refuses %s with InvalidArgumentError naming the field', async (_name, input, message) => {
        const attempt = discover(createTopicDiscovery({ env: {} }), input);
        await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
        await expect(attempt).rejects.toThrow(message);
    });
});
//# sourceMappingURL=topic-discovery-agent.test.js.map