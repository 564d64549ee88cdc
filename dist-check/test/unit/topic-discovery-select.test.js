import { describe, expect, it } from 'vitest';
import { canonicalUrl, selectTopics, topicId } from '../../src/agents/topic-discovery/select.js';
const item = (title, url, published, summary = '') => ({ title, summary, url, published, source: 'feed' });
describe('canonicalUrl', () => {
    it.each([
        ['https://Example.COM/post/?utm_source=x&utm_medium=y#top', 'https://example.com/post'],
        ['https://example.com/post?id=3&fbclid=abc', 'https://example.com/post?id=3'],
        ['https://example.com/', 'https://example.com/'],
        ['fixture:voice-agents-latency?utm_source=newsletter&utm_medium=email', 'fixture:voice-agents-latency'],
        ['not a url', 'not a url'],
    ])('%s → %s', (url, expected) => {
        expect(canonicalUrl(url)).toBe(expected);
    });
});
describe('selectTopics', () => {
    const items = [
        item('Repost of A', 'https://a.example/a?utm_source=mail', '2025-06-13T00:00:00Z'),
        item('B', 'https://a.example/b', '2025-06-12T00:00:00Z', 'About speech synthesis.'),
        item('Undated', 'https://a.example/u', null),
        item('A', 'https://a.example/a', '2025-05-01T00:00:00Z', 'The original.'),
        item('C', 'https://a.example/c', '2025-06-12T00:00:00Z', 'Same date as B.'),
    ];
    it('keeps one topic per canonical URL (the earliest published), newest first, undated last, ties by title', () => {
        const topics = selectTopics(items, { limit: 10 });
        expect(topics.map((t) => t.title)).toEqual(['B', 'C', 'A', 'Undated']);
        expect(topics.find((t) => t.title === 'A')).toMatchObject({ url: 'https://a.example/a', summary: 'The original.', published: '2025-05-01T00:00:00Z' });
    });
    it('gives stable ids derived from the canonical URL', () => {
        const [first] = selectTopics(items, { limit: 1 });
        expect(first?.id).toBe(topicId('https://a.example/b'));
        expect(first?.id).toMatch(/^t-[0-9a-f]{12}$/);
        expect(selectTopics([...items].reverse(), { limit: 10 }).map((t) => t.id)).toEqual(selectTopics(items, { limit: 10 }).map((t) => t.id));
    });
    it('applies the limit after sorting', () => {
        expect(selectTopics(items, { limit: 2 }).map((t) => t.title)).toEqual(['B', 'C']);
    });
    it('filters by a case-insensitive substring of the title or the summary', () => {
        expect(selectTopics(items, { limit: 10, query: 'SPEECH' }).map((t) => t.title)).toEqual(['B']);
        expect(selectTopics(items, { limit: 10, query: 'undat' }).map((t) => t.title)).toEqual(['Undated']);
        expect(selectTopics(items, { limit: 10, query: 'nothing like this' })).toEqual([]);
    });
});
//# sourceMappingURL=topic-discovery-select.test.js.map