import { type StreamEvent, type TaskContext, type TaskResultInit } from '../../sdk/index.js';
import type { Synthesizer } from './engine.js';
import type { SpeechRequest } from './input.js';
import { type PaceClock } from './pace.js';
/** Attributes of the per-sentence `tts.synthesize` span. */
export declare const TTS_ATTR: {
    readonly SENTENCE_INDEX: "tts.sentence.index";
    readonly CHARACTERS: "tts.characters";
    readonly VOICE: "tts.voice";
    readonly AUDIO_MS: "tts.audio_ms";
    readonly BYTES: "tts.bytes";
    readonly CHUNKS: "tts.chunks";
};
/** Tuning of {@link streamSpeech}. */
export interface StreamSpeechOptions {
    /** Most PCM bytes per chunk; a whole number of samples. */
    chunkBytes: number;
    /** Longest text synthesised at once (see `splitSentences`). */
    maxSentenceChars: number;
    /** The clock pacing uses when `request.pace` is set. @default the real clock */
    clock?: PaceClock;
}
/**
 * Speaks `request.text` sentence by sentence and streams the audio while it is being made:
 * each sentence is synthesised in its own `tts.synthesize` span (a child of the task's
 * context, ended as soon as the sentence is synthesised, so it times the real work), then
 * its PCM goes out in chunks of at most `chunkBytes` that carry that span's context, then a
 * progress event. The first chunk therefore leaves after the first sentence, not the whole
 * text. `ctx.signal` is checked before every sentence and every chunk. With `request.pace`,
 * chunks leave no faster than `pace` seconds of audio per second (waits end on `ctx.signal`).
 */
export declare function streamSpeech(request: SpeechRequest, ctx: TaskContext, engine: Synthesizer, options: StreamSpeechOptions): AsyncGenerator<StreamEvent, TaskResultInit, void>;
