import { describe, expect, it } from 'vitest';
import { definitionOf, planChains, typeMatches } from '../../src/orchestrator/registry/plan.js';
import { validateDefinition } from '../../src/orchestrator/workflow/definition/index.js';
import { parseWeaveInput } from '../../src/agents/script-weaver/input.js';
import { parseSpeechInput } from '../../src/agents/voice-forge/input.js';
const cap = (name, inputTypes, outputTypes, patch = {}) => ({
    name,
    inputTypes,
    outputTypes,
    streaming: false,
    instances: 1,
    latencyMs: 10,
    successRate: 1,
    ...patch,
});
describe('typeMatches', () => {
    it('matches names and media types case-insensitively, with parameters only when asked, and wildcards', () => {
        expect(typeMatches('topic', 'topic')).toBe(true);
        expect(typeMatches('Audio/WAV', 'audio/wav')).toBe(true);
        expect(typeMatches('audio/L16;rate=22050', 'audio/l16')).toBe(true);
        expect(typeMatches('audio/L16;rate=22050', 'audio/L16;rate=16000')).toBe(false);
        expect(typeMatches('audio/wav', 'audio/*')).toBe(true);
        expect(typeMatches('video/mp4', 'audio/*')).toBe(false);
        expect(typeMatches('pages', 'topic')).toBe(false);
    });
    it('lets generic types connect nothing: every capability has them', () => {
        expect(typeMatches('application/json', 'application/json')).toBe(false);
        expect(typeMatches('application/octet-stream', 'application/octet-stream')).toBe(false);
    });
});
describe('planChains', () => {
    const podcast = [
        cap('web.harvest', ['topic'], ['pages']),
        cap('script.weave', ['pages'], ['script'], { latencyMs: 40 }),
        cap('tts.synthesize', ['script'], ['audio/L16;rate=22050', 'audio/wav'], { streaming: true, latencyMs: 300, successRate: 0.9 }),
        cap('tts.basic', ['script'], ['audio/wav'], { streaming: true, latencyMs: 100, successRate: 0.99 }),
        cap('summarise', ['pages'], ['script'], { latencyMs: 5, instances: 0 }), // nothing runs it
    ];
    it('finds the shortest chains, ranked by success then latency, only over running capabilities', () => {
        const chains = planChains(podcast, 'topic', 'audio/wav');
        expect(chains.map((c) => c.steps.map((s) => s.capability.name))).toEqual([
            ['web.harvest', 'script.weave', 'tts.basic'],
            ['web.harvest', 'script.weave', 'tts.synthesize'],
        ]);
        expect(chains[0]).toMatchObject({ latencyMs: 150, success: 0.99 });
    });
    it('prefers a shorter chain to a better longer one, and stops at the number asked for', () => {
        const direct = cap('tts.direct', ['topic'], ['audio/wav'], { successRate: 0.5 });
        const chains = planChains([...podcast, direct], 'topic', 'audio/wav', 2);
        expect(chains.map((c) => c.steps.length)).toEqual([1, 3]);
    });
    it('ends a chain at a streaming capability and never uses a capability twice', () => {
        const loop = [cap('a', ['x'], ['y']), cap('b', ['y'], ['x']), cap('s', ['x'], ['y'], { streaming: true })];
        expect(planChains(loop, 'x', 'z')).toEqual([]);
        const viaStream = [cap('s', ['x'], ['y'], { streaming: true }), cap('t', ['y'], ['z'])];
        expect(planChains(viaStream, 'x', 'z')).toEqual([]);
    });
    it('writes a definition RegisterWorkflow accepts: the run input first, each output on, the last step streaming', () => {
        const [best] = planChains(podcast, 'topic', 'audio/wav');
        const definition = definitionOf(best, 'planned', 'topic', 'audio/wav');
        expect(validateDefinition(definition)).toMatchObject({ ok: true });
        expect(definition).toMatchObject({
            steps: [
                { id: 'web_harvest', capability: 'web.harvest', input: '${input}' },
                { id: 'script_weave', depends_on: ['web_harvest'], input: '${steps.web_harvest.output}' },
                { id: 'tts_basic', depends_on: ['script_weave'], stream: true },
            ],
            output: '${steps.tts_basic.output}',
        });
    });
});
describe('the podcast agents take their predecessors\u2019 outputs (the declared types)', () => {
    it('script.weave reads the harvester output, its topic defaulting to the first page title', () => {
        expect(parseWeaveInput({ topic: 'otters', pages: [{ title: 'x' }], text: 'Some text.' })).toMatchObject({ topic: 'otters' });
        expect(parseWeaveInput({ pages: [{ title: 'Sea otters' }], text: 'Some text.' })).toMatchObject({ topic: 'Sea otters' });
        expect(() => parseWeaveInput({ pages: [], text: 'Some text.' })).toThrow(/input\.topic must be non-empty/);
    });
    it('tts reads a woven script, and still refuses unknown fields of a plain request', () => {
        expect(parseSpeechInput({ script: 'Hello there.', title: 'T', host: { name: 'Ada' }, words: 2, writer: 'extractive' })).toMatchObject({ text: 'Hello there.' });
        expect(() => parseSpeechInput({ text: 'Hi.', title: 'T' })).toThrow(/input\.title is not a known field/);
        expect(() => parseSpeechInput({ text: 'Hi.', script: 'which one?' })).toThrow(/input\.script is not a known field/);
    });
});
//# sourceMappingURL=plan.test.js.map