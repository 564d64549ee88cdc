// Real synthesis with the eSpeak NG WASM build (offline). Each instance takes ~130 ms to
// start and synthesises once, so the file shares one engine and keeps the syntheses few.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EspeakEngine, UnknownVoiceError } from '../../src/agents/voice-forge/engine.js';
import { createVoiceForge } from '../../src/agents/voice-forge/index.js';
import { fakeTaskContext, speechHandler } from './voice-forge-fixtures.js';
const EN = { voice: 'en-us', speed: 165, pitch: 50 };
const THREE = 'The first sentence is here. A second one follows it. The third sentence ends the text.';
let engine;
beforeAll(() => {
    engine = new EspeakEngine({ poolSize: 2 });
});
afterAll(() => engine.close());
/** Wraps the real engine and logs each finished synthesis. */
function logged(log) {
    const wrapper = {
        bytes: 0,
        async synthesize(text, options, signal) {
            const pcm = await engine.synthesize(text, options, signal);
            wrapper.bytes += pcm.length;
            log.push(`synthesised ${text}`);
            return pcm;
        },
    };
    return wrapper;
}
function samples(pcm, endian) {
    const out = new Int16Array(pcm.length / 2);
    for (let i = 0; i < out.length; i++)
        out[i] = endian === 'LE' ? pcm.readInt16LE(2 * i) : pcm.readInt16BE(2 * i);
    return out;
}
const rms = (s) => Math.sqrt(s.reduce((sum, x) => sum + x * x, 0) / s.length);
/** Mean step between neighbouring samples: small for real audio, large when the byte order is wrong. */
const roughness = (s) => s.reduce((sum, x, i) => (i === 0 ? 0 : sum + Math.abs(x - (s[i - 1] ?? 0))), 0) / s.length;
describe('eSpeak NG engine (real WASM)', () => {
    it('synthesises "Hello from Troupe." into plausible little-endian 22,050 Hz PCM', async () => {
        const pcm = await engine.synthesize('Hello from Troupe.', EN);
        expect(pcm.length).toBeGreaterThan(0);
        expect(pcm.length % 2).toBe(0);
        const seconds = pcm.length / 2 / 22_050;
        expect(seconds).toBeGreaterThan(0.5);
        expect(seconds).toBeLessThan(5);
        const le = samples(pcm, 'LE');
        expect(rms(le)).toBeGreaterThan(300); // speech, not silence (measured ~2,200)
        expect(roughness(le) * 5).toBeLessThan(roughness(samples(pcm, 'BE'))); // little-endian is the smooth reading
    });
    it('streams the first chunk before it synthesises the last sentence, and the chunks carry all the audio', async () => {
        const log = [];
        const synth = logged(log);
        const generator = speechHandler(createVoiceForge({ engine: synth }))({ text: THREE }, fakeTaskContext());
        const chunks = [];
        let step = await generator.next();
        while (!step.done) {
            if (step.value.type === 'chunk') {
                if (chunks.length === 0)
                    log.push('first chunk');
                chunks.push(step.value);
            }
            step = await generator.next();
        }
        expect(log).toEqual([
            'synthesised The first sentence is here.',
            'first chunk',
            'synthesised A second one follows it.',
            'synthesised The third sentence ends the text.',
        ]);
        const total = chunks.reduce((sum, c) => sum + c.data.length, 0);
        expect(total).toBe(synth.bytes);
        expect(step.value.output.bytes).toBe(total);
        expect(chunks.every((c) => c.data.length % 2 === 0 && c.data.length <= 4410)).toBe(true);
        expect(new Set(chunks.map((c) => c.metadata.sentence))).toEqual(new Set([0, 1, 2]));
    });
    it('stops without synthesising the rest when the signal aborts after the first chunk', async () => {
        const log = [];
        const controller = new AbortController();
        const generator = speechHandler(createVoiceForge({ engine: logged(log) }))({ text: THREE }, fakeTaskContext(controller.signal));
        expect((await generator.next()).value).toMatchObject({ type: 'chunk' });
        controller.abort(new Error('deadline'));
        await expect(generator.next()).rejects.toThrow('deadline');
        expect(log).toHaveLength(1);
    });
    it('reports an unknown voice as INVALID_ARGUMENT without touching process.exitCode', async () => {
        const before = process.exitCode;
        await expect(engine.synthesize('Hello.', { ...EN, voice: 'xx-nope' })).rejects.toBeInstanceOf(UnknownVoiceError);
        expect(process.exitCode).toBe(before);
    });
});
//# sourceMappingURL=voice-forge-espeak.test.js.map