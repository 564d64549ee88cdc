import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeExtractive } from '../../src/agents/script-weaver/extractive.js';
import { HeadingNamer } from '../../src/agents/script-weaver/headings.js';
import { hostStyle } from '../../src/agents/script-weaver/host.js';
import scriptWeaver, { createScriptWeaver } from '../../src/agents/script-weaver/index.js';
import { parseWeaveInput } from '../../src/agents/script-weaver/input.js';
import { contentWords, scoreSentences } from '../../src/agents/script-weaver/score.js';
import { outline, splitSentences } from '../../src/agents/script-weaver/sentences.js';
import { extractArticle } from '../../src/agents/web-harvester/extract.js';
import { fixturesDir } from '../../src/agents/web-harvester/fixtures.js';
import { InvalidArgumentError } from '../../src/sdk/index.js';
import { fakeTaskContext } from './voice-forge-fixtures.js';
/** Three harvested articles, as web.harvest joins them. */
const SOURCE = ['voice-agents-latency', 'streaming-audio-backpressure', 'wasm-speech-synthesis']
    .map((name) => extractArticle(readFileSync(`${fixturesDir()}/${name}.html`, 'utf8'), `fixture:${name}`)?.text)
    .join('\n\n');
async function weave(input, agent = createScriptWeaver({ env: {} })) {
    const result = (await agent.unary.get('script.weave')(input, fakeTaskContext()));
    return { script: result.output, result };
}
describe('sentences', () => {
    it('splits on Unicode sentence boundaries but not after common abbreviations, and tells headings apart', () => {
        expect(splitSentences('Dr. Smith met Prof. Jones at 3.5 p.m. today. Is it e.g. fine? Yes!')).toEqual([
            'Dr. Smith met Prof. Jones at 3.5 p.m. today.',
            'Is it e.g. fine?',
            'Yes!',
        ]);
        const { sentences, headings } = outline('Where the time goes\n\nFirst point here. Second point.\n\nNext part\n\nThird one.');
        expect(headings).toEqual([{ text: 'Where the time goes', before: 0 }, { text: 'Next part', before: 2 }]);
        expect(sentences.map((s) => [s.text, s.paragraph, s.inParagraph])).toEqual([['First point here.', 1, 0], ['Second point.', 1, 1], ['Third one.', 3, 0]]);
    });
    it('scores sentences about the whole text and the topic higher, and dangling openers lower', () => {
        const { sentences } = outline('Streaming audio needs flow control to work. Cats are nice animals to keep around the house. Flow control keeps streaming audio steady. But it keeps streaming audio steady under load too.');
        const scores = scoreSentences(sentences, 'streaming audio').map((s) => s.score);
        expect(scores[0]).toBeGreaterThan(scores[1] ?? 0);
        expect(scores[2]).toBeGreaterThan(scores[3] ?? 0);
        expect(contentWords("The agents' mailboxes, and back-pressure in batches of stories!")).toEqual(['agent', 'mailbox', 'back-pressure', 'batch', 'story']);
    });
});
describe('HeadingNamer', () => {
    const block = (text) => outline(text).sentences;
    const blocks = [
        block('The parent span names the trace. Every parent span passes context on. Agents call models.'),
        block('Mailboxes grow when agents are slow. Latency climbs as mailboxes fill and latency spreads. Agents call models.'),
        block('Agents call models. Nothing else repeats here at all.'),
    ];
    it('names a block by a phrase it repeats, else its two weightiest repeated words, else its weightiest word, never a topic term', () => {
        const namer = new HeadingNamer(blocks, new Set(['agent', 'model']));
        expect(namer.name(0, new Set())).toBe('Parent span');
        expect(namer.name(1, new Set())).toBe('Mailboxes and latency');
        expect(namer.name(2, new Set())).toBe('Nothing');
    });
    it('skips headings already used', () => {
        const namer = new HeadingNamer(blocks, new Set(['agent', 'model']));
        expect(namer.name(0, new Set(['parent span']))).not.toBe('Parent span');
    });
});
describe('the extractive writer', () => {
    it('writes a structured script: intro with the host, one segment per minute with a heading, outro, and the full text to speak', async () => {
        const { script, result } = await weave({ topic: 'voice agents and streaming audio', text: SOURCE });
        expect(script.writer).toBe('extractive');
        expect(script.title).toBe('Voice agents and streaming audio');
        expect(script.host).toEqual({ name: 'Ada', persona: hostStyle('Ada').persona });
        expect(script.intro).toMatch(/^Hello and welcome to Troupe Radio\. I'm Ada, .*\. Today: voice agents and streaming audio\. We'll cover /);
        expect(script.segments).toHaveLength(3);
        expect(script.segments.map((s) => s.text.split(':')[0])).toEqual(['First', 'Next', 'Finally']);
        for (const segment of script.segments) {
            expect(segment.heading.length).toBeGreaterThan(3);
            expect(script.intro).toContain(segment.heading.charAt(0).toLowerCase() + segment.heading.slice(1));
        }
        expect(script.outro).toBe("That's our look at voice agents and streaming audio. I'm Ada. Thanks for listening, and stay curious.");
        expect(script.script).toBe([script.intro, ...script.segments.map((s) => s.text), script.outro].join('\n\n'));
        expect(script.words).toBe(script.script.split(/\s+/).length);
        expect(script.estimatedSeconds).toBe(Math.round((script.words / 150) * 60));
        expect(script.words).toBeGreaterThan(300);
        expect(script.words).toBeLessThanOrEqual(3 * 150 + 20);
        expect(result.warnings).toEqual([]);
    });
    it('uses only whole sentences of the source, in their original order within a segment', async () => {
        const { script } = await weave({ topic: 'latency', text: SOURCE, minutes: 2 });
        const sourceSentences = outline(SOURCE).sentences.map((s) => s.text);
        for (const segment of script.segments) {
            const picked = splitSentences(segment.text).slice(1); // the first is the transition line
            const positions = picked.map((s) => sourceSentences.indexOf(s));
            expect(positions.every((p) => p >= 0)).toBe(true);
            expect(positions).toEqual([...positions].sort((a, b) => a - b));
        }
    });
    it('takes segment headings from the source when it has them there', async () => {
        const { script } = await weave({ topic: 'voice agents', text: SOURCE });
        const sourceHeadings = outline(SOURCE).headings.map((h) => h.text);
        expect(script.segments.some((s) => sourceHeadings.includes(s.heading))).toBe(true);
        expect(new Set(script.segments.map((s) => s.heading)).size).toBe(script.segments.length);
    });
    it('is deterministic: the same input gives the same script, in any agent instance', async () => {
        const input = { topic: 'back-pressure', text: SOURCE, host: 'Theo', minutes: 4 };
        const first = await weave(input);
        const again = await weave(input);
        const other = await weave(input, createScriptWeaver({ env: {} }));
        expect(again.script).toEqual(first.script);
        expect(other.script).toEqual(first.script);
        expect(first.script.segments).toHaveLength(4);
        expect(first.script.intro).toMatch(/^Welcome to Troupe Radio, the show about how things actually work\. I'm Theo, a dry-witted engineer/);
    });
    it('fits the length to minutes and gives unknown hosts a neutral persona', async () => {
        const short = await weave({ topic: 'latency', text: SOURCE, minutes: 1, host: 'Zoë' });
        const long = await weave({ topic: 'latency', text: SOURCE, minutes: 5 });
        expect(short.script.host).toEqual({ name: 'Zoë', persona: 'the host of Troupe Radio' });
        expect(short.script.segments).toHaveLength(2);
        expect(short.script.words).toBeLessThan(long.script.words);
        expect(short.script.words).toBeLessThanOrEqual(170);
    });
    it('works from plain text without paragraphs or headings', () => {
        const text = 'Agents talk through messages. Each agent owns its state and nothing else. A supervisor restarts an agent that crashes.';
        const draft = writeExtractive(parseWeaveInput({ topic: 'actors', text }), hostStyle(), 150);
        expect(draft.segments.length).toBe(2);
        expect(draft.segments.map((s) => s.text).join(' ')).toContain('A supervisor restarts an agent that crashes.');
    });
});
describe('script.weave input', () => {
    it('declares one unary capability', () => {
        expect(scriptWeaver.capabilities.map((c) => [c.name, c.streaming])).toEqual([['script.weave', false]]);
    });
    it.each([
        ['no topic', { text: SOURCE }, /input\.topic must be non-empty/],
        ['no text', { topic: 'x' }, /input\.text must be a non-empty string/],
        ['text with no whole sentence', { topic: 'x', text: 'just a few words\n\nand a heading' }, /input\.text has no whole sentences/],
        ['too much text', { topic: 'x', text: 'a'.repeat(200_001) }, /input\.text has 200001 characters; the limit is 200000/],
        ['minutes out of range', { topic: 'x', text: SOURCE, minutes: 16 }, /input\.minutes must be a number from 1 to 15; got 16/],
        ['a host that is not a name', { topic: 'x', text: SOURCE, host: '<script>' }, /input\.host must be a name/],
        ['an unknown field', { topic: 'x', text: SOURCE, voice: 'en' }, /input\.voice is not a known field/],
    ])('refuses %s with InvalidArgumentError naming the field', async (_name, input, message) => {
        const attempt = weave(input);
        await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
        await expect(attempt).rejects.toThrow(message);
    });
});
//# sourceMappingURL=script-weaver-extractive.test.js.map