import { SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import voiceForge, { createVoiceForge } from '../../src/agents/voice-forge/index.js';
import { TTS_ATTR } from '../../src/agents/voice-forge/stream-speech.js';
import { InvalidArgumentError } from '../../src/sdk/index.js';
import { startTelemetry } from '../../src/sdk/telemetry/index.js';
import { drain, fakeTaskContext, speechHandler } from './voice-forge-fixtures.js';
const exporter = new InMemorySpanExporter();
let telemetry;
beforeAll(async () => {
    telemetry = await startTelemetry({ serviceName: 'voice-forge-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
});
afterAll(() => telemetry.shutdown());
beforeEach(() => exporter.reset());
/** 200 bytes (100 samples) of PCM per character; fails on a text containing "FAIL". */
class FakeEngine {
    calls = [];
    async synthesize(text, options, signal) {
        signal?.throwIfAborted();
        if (text.includes('FAIL'))
            throw new Error('engine broke');
        this.calls.push({ text, options });
        return Buffer.alloc(text.length * 200, this.calls.length);
    }
}
const TEXT = 'Hello there. How are you today? Fine.'; // 12, 18 and 5 characters
const ttsSpans = () => exporter.getFinishedSpans().filter((s) => s.name === 'tts.synthesize');
const chunksOf = (events) => events.filter((e) => e.type === 'chunk');
describe('voice-forge definition', () => {
    it('declares two streaming capabilities (the voice and its fallback) producing little-endian 22,050 Hz PCM (served as WAV), taking a woven script', () => {
        expect(voiceForge).toMatchObject({ name: 'voice-forge', version: '1.0.0', maxConcurrency: 4 });
        const speech = { streaming: true, inputTypes: ['script', 'application/json'], outputTypes: ['audio/L16;rate=22050;channels=1;endian=little', 'audio/wav'] };
        expect(voiceForge.capabilities).toEqual([
            expect.objectContaining({ name: 'tts.synthesize', ...speech }),
            expect.objectContaining({ name: 'tts.basic', ...speech }),
        ]);
    });
    it('refuses bad options, naming them', () => {
        expect(() => createVoiceForge({ poolSize: 0 })).toThrow(/poolSize/);
        expect(() => createVoiceForge({ chunkBytes: 1 })).toThrow(/chunkBytes/);
    });
});
describe('tts.synthesize', () => {
    it('streams each sentence as soon as it is synthesised, in sample-aligned chunks, then reports progress', async () => {
        const engine = new FakeEngine();
        const handler = speechHandler(createVoiceForge({ engine, chunkBytes: 1000 }));
        const seen = [];
        const generator = handler({ text: TEXT, voice: 'de', speed: 200, pitch: 30 }, fakeTaskContext());
        let step = await generator.next();
        while (!step.done) {
            seen.push({ event: step.value, synthesised: engine.calls.length });
            step = await generator.next();
        }
        expect(engine.calls.map((c) => c.text)).toEqual(['Hello there.', 'How are you today?', 'Fine.']);
        expect(engine.calls[0]?.options).toEqual({ voice: 'de', speed: 200, pitch: 30 });
        const shape = seen.map(({ event, synthesised }) => (event.type === 'chunk' ? `c${synthesised}:${event.data.length}` : `p${synthesised}`));
        expect(shape).toEqual(['c1:1000', 'c1:1000', 'c1:400', 'p1', 'c2:1000', 'c2:1000', 'c2:1000', 'c2:600', 'p2', 'c3:1000', 'p3']);
        const chunks = chunksOf(seen.map((s) => s.event));
        expect(chunks.every((c) => c.contentType === 'audio/L16;rate=22050;channels=1;endian=little')).toBe(true);
        expect(chunks[0]?.durationMs).toBeCloseTo(1000 / 44.1, 6);
        expect(chunks.map((c) => c.metadata)).toEqual([
            { sentence: 0, text: 'Hello there.' },
            { sentence: 0 },
            { sentence: 0 },
            { sentence: 1, text: 'How are you today?' },
            { sentence: 1 },
            { sentence: 1 },
            { sentence: 1 },
            { sentence: 2, text: 'Fine.' },
        ]);
        const progress = seen.map((s) => s.event).filter((e) => e.type === 'progress');
        expect(progress.map((p) => p.fraction)).toEqual([12 / 35, 30 / 35, 1]);
        expect(progress[0]?.message).toBe('sentence 1 of 3');
        const bytes = 35 * 200;
        const result = step.value;
        expect(result.output).toEqual({ sentences: 3, audioMs: Math.round(bytes / 44.1), bytes, sampleRate: 22050, voice: 'de' });
        expect(result.metrics.audio_ms).toBeCloseTo(bytes / 44.1, 6);
        expect(result.metrics.realtime_factor).toBeGreaterThanOrEqual(0);
        expect(result.metrics.first_chunk_ms).toBeGreaterThanOrEqual(0);
        expect(chunks.reduce((sum, c) => sum + (c.durationMs ?? 0), 0)).toBeCloseTo(result.metrics.audio_ms ?? 0, 6);
    });
    it('makes one tts.synthesize span per sentence under the task span, and links each chunk to its sentence span', async () => {
        const ctx = fakeTaskContext();
        const { events } = await drain(speechHandler(createVoiceForge({ engine: new FakeEngine(), chunkBytes: 1000 })), { text: TEXT }, ctx);
        const spans = ttsSpans();
        expect(spans.map((s) => s.attributes[TTS_ATTR.SENTENCE_INDEX])).toEqual([0, 1, 2]);
        for (const span of spans) {
            expect(span.parentSpanContext?.spanId).toBe(ctx.span.spanContext().spanId);
            expect(span.spanContext().traceId).toBe(ctx.span.spanContext().traceId);
        }
        expect(spans[1]?.attributes).toMatchObject({
            [TTS_ATTR.CHARACTERS]: 18,
            [TTS_ATTR.VOICE]: 'en-us',
            [TTS_ATTR.AUDIO_MS]: Math.round(3600 / 44.1),
            [TTS_ATTR.BYTES]: 3600,
            [TTS_ATTR.CHUNKS]: 4,
        });
        for (const chunk of chunksOf(events)) {
            const sentence = chunk.metadata.sentence;
            expect(trace.getSpan(chunk.traceContext)?.spanContext().spanId).toBe(spans[sentence]?.spanContext().spanId);
        }
    });
    it('stops at the next check when the signal aborts after the first chunk, synthesising nothing more', async () => {
        const engine = new FakeEngine();
        const controller = new AbortController();
        const generator = speechHandler(createVoiceForge({ engine, chunkBytes: 1000 }))({ text: TEXT }, fakeTaskContext(controller.signal));
        expect((await generator.next()).value).toMatchObject({ type: 'chunk' });
        controller.abort(new Error('cancelled by caller'));
        await expect(generator.next()).rejects.toThrow('cancelled by caller');
        expect(engine.calls).toHaveLength(1);
        expect(ttsSpans()).toHaveLength(1); // ended exactly once, before streaming
    });
    it('ends the open sentence span with an error when synthesis fails', async () => {
        const handler = speechHandler(createVoiceForge({ engine: new FakeEngine() }));
        await expect(drain(handler, { text: 'Good start. Then a FAIL. Never.' }, fakeTaskContext())).rejects.toThrow('engine broke');
        const spans = ttsSpans();
        expect(spans).toHaveLength(2);
        expect(spans[0]?.status.code).toBe(SpanStatusCode.UNSET);
        expect(spans[1]?.status.code).toBe(SpanStatusCode.ERROR);
    });
    it('leaves nothing running when the consumer stops early', async () => {
        const engine = new FakeEngine();
        const generator = speechHandler(createVoiceForge({ engine }))({ text: TEXT }, fakeTaskContext());
        await generator.next();
        await expect(generator.return(undefined)).resolves.toMatchObject({ done: true });
        expect(engine.calls).toHaveLength(1);
        expect(ttsSpans()).toHaveLength(1);
    });
    it.each([
        ['a non-object', 'hello', /input must be a JSON object/],
        ['no text', { voice: 'en' }, /input\.text/],
        ['blank text', { text: '  \n ' }, /input\.text/],
        ['text too long', { text: 'a'.repeat(20_001) }, /input\.text has 20001 characters/],
        ['nothing speakable', { text: '... !!!' }, /input\.text has nothing to speak/],
        ['a voice that could be an option', { text: 'Hi.', voice: '-w /etc/passwd' }, /input\.voice/],
        ['a voice of the wrong type', { text: 'Hi.', voice: 3 }, /input\.voice/],
        ['speed too low', { text: 'Hi.', speed: 79 }, /input\.speed must be a number from 80 to 450/],
        ['speed not a number', { text: 'Hi.', speed: '200' }, /input\.speed/],
        ['pitch too high', { text: 'Hi.', pitch: 100 }, /input\.pitch must be a number from 0 to 99/],
        ['an unknown field', { text: 'Hi.', sped: 200 }, /input\.sped is not a known field/],
    ])('refuses %s with InvalidArgumentError naming the field', async (_name, input, message) => {
        const engine = new FakeEngine();
        const attempt = drain(speechHandler(createVoiceForge({ engine })), input, fakeTaskContext());
        await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
        await expect(attempt).rejects.toThrow(message);
        expect(engine.calls).toHaveLength(0);
    });
});
//# sourceMappingURL=voice-forge-agent.test.js.map