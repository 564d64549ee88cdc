import { setImmediate } from 'node:timers/promises';
import { InvalidArgumentError, taskResult } from '../../sdk/index.js';
import { instrument, SPAN } from '../../sdk/telemetry/index.js';
import { Pacer } from './pace.js';
import { chunkPcm, pcmDurationMs, SPEECH_CONTENT_TYPE, SPEECH_FORMAT } from './pcm.js';
import { splitSentences } from './sentences.js';
/** Attributes of the per-sentence `tts.synthesize` span. */
export const TTS_ATTR = {
    SENTENCE_INDEX: 'tts.sentence.index',
    CHARACTERS: 'tts.characters',
    VOICE: 'tts.voice',
    AUDIO_MS: 'tts.audio_ms',
    BYTES: 'tts.bytes',
    CHUNKS: 'tts.chunks',
};
/**
 * Speaks `request.text` sentence by sentence and streams the audio while it is being made:
 * each sentence is synthesised in its own `tts.synthesize` span (a child of the task's
 * context, ended as soon as the sentence is synthesised, so it times the real work), then
 * its PCM goes out in chunks of at most `chunkBytes` that carry that span's context, then a
 * progress event. The first chunk therefore leaves after the first sentence, not the whole
 * text. `ctx.signal` is checked before every sentence and every chunk. With `request.pace`,
 * chunks leave no faster than `pace` seconds of audio per second (waits end on `ctx.signal`).
 */
export async function* streamSpeech(request, ctx, engine, options) {
    const sentences = splitSentences(request.text, { maxChars: options.maxSentenceChars });
    if (sentences.length === 0)
        throw new InvalidArgumentError('input.text has nothing to speak: it holds no letters or digits');
    const { voice, speed, pitch } = request;
    const totalChars = sentences.reduce((sum, s) => sum + s.length, 0);
    const pacer = request.pace === undefined ? undefined : new Pacer(request.pace, options.clock);
    const started = performance.now();
    let spokenChars = 0;
    let bytes = 0;
    let synthesisMs = 0;
    let firstChunkMs;
    // Resuming a retried stream: the SDK drops chunks before ctx.resumeFromSequence (the
    // capability is deterministic); they are still synthesised (a sentence's chunk count is
    // known only once it is) but neither paced nor sent.
    let sequence = 0;
    for (const [index, text] of sentences.entries()) {
        // Synthesis is synchronous: first let the transport flush the chunks already yielded
        // and let other tasks run, so one long text does not hold the event loop.
        if (index > 0)
            await setImmediate();
        ctx.signal.throwIfAborted();
        const synthesisStarted = performance.now();
        const attributes = { [TTS_ATTR.SENTENCE_INDEX]: index, [TTS_ATTR.CHARACTERS]: text.length, [TTS_ATTR.VOICE]: voice };
        const { chunks, spanContext } = await instrument(SPAN.TTS_SYNTHESIZE, { parent: ctx.traceContext, attributes }, async (span, spanContext) => {
            const pcm = await engine.synthesize(text, { voice, speed, pitch }, ctx.signal);
            const chunks = chunkPcm(pcm, options.chunkBytes);
            span.setAttributes({ [TTS_ATTR.AUDIO_MS]: Math.round(pcmDurationMs(pcm.length)), [TTS_ATTR.BYTES]: pcm.length, [TTS_ATTR.CHUNKS]: chunks.length });
            return { chunks, spanContext };
        });
        synthesisMs += performance.now() - synthesisStarted;
        for (const [i, data] of chunks.entries()) {
            ctx.signal.throwIfAborted();
            const delivered = sequence++ < ctx.resumeFromSequence;
            if (pacer && !delivered)
                await pacer.admit(pcmDurationMs(data.length), ctx.signal);
            firstChunkMs ??= performance.now() - started;
            bytes += data.length;
            yield {
                type: 'chunk',
                data,
                contentType: SPEECH_CONTENT_TYPE,
                durationMs: pcmDurationMs(data.length),
                metadata: i === 0 ? { sentence: index, text } : { sentence: index },
                traceContext: spanContext,
            };
        }
        spokenChars += text.length;
        yield { type: 'progress', fraction: spokenChars / totalChars, message: `sentence ${index + 1} of ${sentences.length}` };
    }
    const audioMs = pcmDurationMs(bytes);
    return taskResult({
        output: { sentences: sentences.length, audioMs: Math.round(audioMs), bytes, sampleRate: SPEECH_FORMAT.sampleRate, voice },
        metrics: {
            audio_ms: audioMs,
            synthesis_ms: synthesisMs,
            // Seconds of synthesis (waiting for an engine included) per second of audio; < 1 is faster than real time.
            realtime_factor: audioMs > 0 ? synthesisMs / audioMs : 0,
            first_chunk_ms: firstChunkMs ?? 0,
            sentences: sentences.length,
        },
    });
}
//# sourceMappingURL=stream-speech.js.map