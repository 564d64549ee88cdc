import { InvalidArgumentError } from '../../sdk/index.js';
import { type EspeakInstance, type SpeechOptions } from './espeak-instance.js';
import { type EnginePoolStats } from './pool.js';
export type { SpeechOptions } from './espeak-instance.js';
/** Turns text into 22,050 Hz mono 16-bit little-endian PCM ({@link SPEECH_FORMAT}). */
export interface Synthesizer {
    /** Synthesises `text`; rejects with the signal's reason when it aborts before synthesis starts. */
    synthesize(text: string, options: SpeechOptions, signal?: AbortSignal): Promise<Buffer>;
}
/** Options of {@link EspeakEngine}. */
export interface EspeakEngineOptions {
    /** Warm eSpeak NG instances kept ready (each holds ~20 MB). @default 2 */
    poolSize?: number;
    /** Start the instances at construction rather than on the first synthesis. @default true */
    prewarm?: boolean;
    /** Makes one instance; replace it in tests. @default createEspeakInstance */
    createInstance?: () => Promise<EspeakInstance>;
}
/** The voice named in the request does not exist in eSpeak NG: INVALID_ARGUMENT. */
export declare class UnknownVoiceError extends InvalidArgumentError {
    readonly voice: string;
    constructor(voice: string);
}
/**
 * eSpeak NG behind a warm {@link EnginePool}: each call takes a pre-started WASM
 * instance (they synthesise once), runs it, and returns the PCM from the WAV file
 * it wrote, header removed by walking its RIFF chunks.
 *
 * Synthesis itself runs synchronously on the calling thread (~30 ms for a sentence);
 * it cannot be interrupted, so `signal` is checked before it starts.
 *
 * @example
 * const engine = new EspeakEngine({ poolSize: 2 });
 * const pcm = await engine.synthesize('Hello from Troupe.', { voice: 'en-us', speed: 165, pitch: 50 });
 */
export declare class EspeakEngine implements Synthesizer {
    #private;
    constructor(options?: EspeakEngineOptions);
    /** Texts synthesised so far. */
    get synthesized(): number;
    get poolStats(): EnginePoolStats;
    synthesize(text: string, options: SpeechOptions, signal?: AbortSignal): Promise<Buffer>;
    /** Stops refilling and drops the warm instances. */
    close(): Promise<void>;
}
