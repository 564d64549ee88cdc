import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainText, truncate } from '../../src/agents/topic-discovery/feed-item.js';
import { FeedFormatError, parseFeed } from '../../src/agents/topic-discovery/parse-feed.js';
const sample = readFileSync(new URL('../../src/agents/topic-discovery/fixtures/sample-feed.xml', import.meta.url), 'utf8');
const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Audio &amp;amp; Agents Lab</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2025-06-11T18:30:02Z</updated>
  <entry>
    <title>Streaming TTS in 100 ms chunks</title>
    <link rel="self" href="https://lab.example/entries/1.xml"/>
    <link rel="alternate" type="text/html" href="https://lab.example/posts/streaming-tts"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2025-06-11T09:00:00+02:00</published>
    <updated>2025-06-11T18:30:02Z</updated>
    <summary type="html">&lt;p&gt;Chunks of &lt;b&gt;100 ms&lt;/b&gt; keep the first sound early.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Only updated, no published date</title>
    <link href="https://lab.example/posts/updated-only"/>
    <id>tag:lab.example,2025:2</id>
    <updated>2025-06-01T10:00:00Z</updated>
    <content type="text">Content used when there is no summary.</content>
  </entry>
  <entry>
    <title>No link at all</title>
    <id>tag:lab.example,2025:3</id>
    <updated>2025-06-02T10:00:00Z</updated>
  </entry>
</feed>`;
const JSON_FEED = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Agents Weekly',
    items: [
        { id: '42', url: 'https://weekly.example/42', title: 'Supervisors for agents', content_html: '<p>Let it crash, <em>then</em> restart.</p>', date_published: '2025-06-09T08:00:00Z' },
        { id: 43, external_url: 'https://other.example/post', summary: 'A linked post without a title of its own, about mailboxes.', date_modified: '2025-06-08T08:00:00Z' },
        { id: '44', title: 'No URL, dropped', content_text: 'Nowhere to read more.' },
    ],
});
describe('parseFeed', () => {
    it('reads the bundled RSS 2.0 sample: all eight items, HTML descriptions as plain text, RFC 822 dates as ISO', () => {
        const feed = parseFeed(sample, 'sample-feed');
        expect(feed.title).toBe('Signal & Noise — AI agents and audio');
        expect(feed.items).toHaveLength(8);
        expect(feed.items.every((i) => i.url.startsWith('fixture:') && i.source === feed.title)).toBe(true);
        const backpressure = feed.items.find((i) => i.url === 'fixture:streaming-audio-backpressure');
        expect(backpressure).toMatchObject({
            title: 'Back-pressure for streaming audio: why your TTS buffer keeps growing',
            published: '2025-06-12T14:15:00.000Z',
            guid: 'signal-and-noise-2025-06-12',
        });
        expect(backpressure?.summary).toMatch(/^A speech synthesiser that runs faster than real time will happily/);
        expect(backpressure?.summary).not.toMatch(/[<>]/);
    });
    it('reads Atom: the alternate link, HTML summaries, published else updated, content when there is no summary; drops entries without a link', () => {
        const feed = parseFeed(ATOM, 'https://lab.example/atom.xml');
        expect(feed.title).toBe('Audio & Agents Lab');
        expect(feed.items).toEqual([
            {
                title: 'Streaming TTS in 100 ms chunks',
                summary: 'Chunks of 100 ms keep the first sound early.',
                url: 'https://lab.example/posts/streaming-tts',
                published: '2025-06-11T07:00:00.000Z',
                source: 'Audio & Agents Lab',
                guid: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
            },
            {
                title: 'Only updated, no published date',
                summary: 'Content used when there is no summary.',
                url: 'https://lab.example/posts/updated-only',
                published: '2025-06-01T10:00:00.000Z',
                source: 'Audio & Agents Lab',
                guid: 'tag:lab.example,2025:2',
            },
        ]);
    });
    it('reads JSON Feed 1.1: url or external_url, summary else content, a title from the summary when missing', () => {
        const feed = parseFeed(`\uFEFF  ${JSON_FEED}`, 'weekly');
        expect(feed.items).toEqual([
            { title: 'Supervisors for agents', summary: 'Let it crash, then restart.', url: 'https://weekly.example/42', published: '2025-06-09T08:00:00.000Z', source: 'Agents Weekly', guid: '42' },
            {
                title: 'A linked post without a title of its own, about mailboxes.',
                summary: 'A linked post without a title of its own, about mailboxes.',
                url: 'https://other.example/post',
                published: '2025-06-08T08:00:00.000Z',
                source: 'Agents Weekly',
                guid: '43',
            },
        ]);
    });
    it('takes an RSS guid as the link when it is a permalink URL, and leaves unparseable dates null', () => {
        const rss = `<rss version="2.0"><channel><title>T</title>
      <item><title>A</title><guid>https://a.example/1</guid><pubDate>not a date</pubDate></item>
      <item><title>B</title><guid isPermaLink="false">https://a.example/2</guid></item>
    </channel></rss>`;
        expect(parseFeed(rss, 'x').items).toEqual([{ title: 'A', summary: '', url: 'https://a.example/1', published: null, source: 'T', guid: 'https://a.example/1' }]);
    });
    it.each([
        ['an HTML page', '<html><body><p>hi</p></body></html>', /expected an RSS <rss> or Atom <feed> document; the root is <html>/],
        ['XML that is not well-formed', '<rss><channel></rss>', /not well-formed XML/],
        ['broken JSON', '{"version": ', /not valid JSON/],
        ['JSON that is not a feed', '{"items": []}', /expected a JSON Feed/],
    ])('refuses %s with FeedFormatError', (_name, body, message) => {
        expect(() => parseFeed(body, 'x')).toThrow(FeedFormatError);
        expect(() => parseFeed(body, 'x')).toThrow(message);
    });
});
describe('feed text helpers', () => {
    it('plainText decodes entities and keeps words of adjacent blocks apart', () => {
        expect(plainText('<p>One&nbsp;&amp;&#160;two</p><p>three</p><script>alert(1)</script>')).toBe('One & two three');
        expect(plainText('  plain   text ')).toBe('plain text');
    });
    it('truncate cuts at a word and marks the cut', () => {
        expect(truncate('short', 10)).toBe('short');
        const cut = truncate('alpha beta gamma delta epsilon', 18);
        expect(cut).toBe('alpha beta gamma…');
        expect(cut.length).toBeLessThanOrEqual(18);
    });
});
//# sourceMappingURL=topic-discovery-feeds.test.js.map