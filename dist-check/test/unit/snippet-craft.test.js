import { describe, expect, it } from 'vitest';
import { craftSnippet, cut, MAX_BLURB_CHARS, MAX_HEADLINE_CHARS } from '../../src/agents/snippet-craft/craft.js';
import snippetCraft, { createSnippetCraft, SimulatedFailureError } from '../../src/agents/snippet-craft/index.js';
import { FailedPreconditionError, InvalidArgumentError, Status, TroupeError } from '../../src/sdk/index.js';
import { fakeTaskContext } from './voice-forge-fixtures.js';
const TOPIC = {
    id: 't-0d6328ca4fbe',
    title: 'The automated podcast: from news feed to spoken episode',
    summary: 'Discover topics, harvest articles, weave a script and synthesise speech: a pipeline of small agents can turn a feed into a daily audio briefing. The hard parts are not the ones you expect.',
    url: 'fixture:automated-podcast',
    published: '2025-06-06T16:40:00.000Z',
    source: 'Signal & Noise — AI agents and audio',
};
const craft = async (agent, input) => agent.unary.get('snippet.craft')(input, fakeTaskContext());
describe('craftSnippet', () => {
    it('writes a headline, a blurb of whole sentences and tags weighted to the title', () => {
        expect(craftSnippet(TOPIC)).toEqual({
            headline: 'The automated podcast: from news feed to spoken episode',
            blurb: TOPIC.summary,
            tags: ['feed', 'automated', 'podcast', 'news'], // "feed" is in the title and the summary
            url: 'fixture:automated-podcast',
        });
    });
    it('keeps the blurb within 280 characters, at a sentence when it can', () => {
        const sentence = 'Agents that stream their output feel fast to the people who use them every day. ';
        const blurb = craftSnippet({ title: 'T', summary: sentence.repeat(10), url: 'https://x.example/' }).blurb;
        expect(blurb.length).toBeLessThanOrEqual(MAX_BLURB_CHARS);
        expect(blurb).toBe(sentence.repeat(3).trim());
    });
    it('cuts one long sentence at a word with an ellipsis, and a long headline too', () => {
        const long = `${'word '.repeat(100)}end.`;
        const snippet = craftSnippet({ title: `Headline ${'very '.repeat(40)}long`, summary: long, url: 'https://x.example/' });
        expect(snippet.blurb.length).toBeLessThanOrEqual(MAX_BLURB_CHARS);
        expect(snippet.blurb).toMatch(/^word( word)+…$/);
        expect(snippet.headline.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
        expect(snippet.headline.endsWith('…')).toBe(true);
        expect(cut('abc', 3)).toBe('abc');
    });
    it('uses the headline as the blurb when there is no summary, and drops stopwords and bare numbers from tags', () => {
        const snippet = craftSnippet({ title: 'Why 300 milliseconds decides whether a voice agent feels human', summary: '  ', url: 'https://x.example/' });
        expect(snippet.blurb).toBe(snippet.headline);
        expect(snippet.tags).toEqual(['milliseconds', 'decides', 'whether', 'voice']);
    });
    it('is deterministic', () => {
        expect(craftSnippet(TOPIC)).toEqual(craftSnippet({ ...TOPIC }));
    });
});
describe('snippet.craft', () => {
    it('declares one unary capability and accepts a topic from topics.discover as it is', async () => {
        expect(snippetCraft.capabilities.map((c) => [c.name, c.streaming])).toEqual([['snippet.craft', false]]);
        expect(await craft(createSnippetCraft({ env: {} }), { topic: TOPIC })).toEqual(craftSnippet(TOPIC));
    });
    it('fails every n-th call with a non-retryable INTERNAL error when failEvery is set', async () => {
        const agent = createSnippetCraft({ failEvery: 3 });
        const outcomes = [];
        for (let i = 0; i < 7; i++) {
            try {
                await craft(agent, { topic: TOPIC });
                outcomes.push('ok');
            }
            catch (err) {
                expect(err).toBeInstanceOf(SimulatedFailureError);
                expect(TroupeError.is(err) && err.code === Status.INTERNAL && !err.retryable).toBe(true);
                outcomes.push('fail');
            }
        }
        expect(outcomes).toEqual(['ok', 'ok', 'fail', 'ok', 'ok', 'fail', 'ok']);
    });
    it('reads TROUPE_SNIPPET_FAIL_EVERY on the first task, and refuses a bad value', async () => {
        const agent = createSnippetCraft({ env: { TROUPE_SNIPPET_FAIL_EVERY: '1' } });
        await expect(craft(agent, { topic: TOPIC })).rejects.toThrow(/simulated failure of call 1 \(failEvery=1\)/);
        await expect(craft(createSnippetCraft({ env: { TROUPE_SNIPPET_FAIL_EVERY: 'often' } }), { topic: TOPIC })).rejects.toThrow(FailedPreconditionError);
        expect(() => createSnippetCraft({ failEvery: -1 })).toThrow(/failEvery must be a non-negative integer/);
    });
    it.each([
        ['no topic', {}, /input\.topic must be an object/],
        ['a flag next to the topic', { topic: TOPIC, fail: true }, /input\.fail is not a known field/],
        ['a topic without a title', { topic: { ...TOPIC, title: ' ' } }, /input\.topic\.title/],
        ['a summary that is not text', { topic: { ...TOPIC, summary: 3 } }, /input\.topic\.summary/],
        ['a relative URL', { topic: { ...TOPIC, url: '/posts/1' } }, /input\.topic\.url must be an absolute URL/],
        ['a javascript: URL', { topic: { ...TOPIC, url: 'javascript:alert(1)' } }, /input\.topic\.url/],
    ])('refuses %s with InvalidArgumentError naming the field', async (_name, input, message) => {
        const attempt = craft(createSnippetCraft({ env: {} }), input);
        await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
        await expect(attempt).rejects.toThrow(message);
    });
});
//# sourceMappingURL=snippet-craft.test.js.map