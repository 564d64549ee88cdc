import { InvalidArgumentError } from '../../sdk/index.js';
import { createEspeakInstance, EspeakExitError, type EspeakInstance, type SpeechOptions } from './espeak-instance.js';
import { SPEECH_FORMAT } from './pcm.js';
import { EnginePool, type EnginePoolStats } from './pool.js';
import { isPcmFormat, parseWav } from './riff.js';

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
export class UnknownVoiceError extends InvalidArgumentError {
  constructor(readonly voice: string) {
    super(`input.voice "${voice}" is not an eSpeak NG voice (try en-us, en-gb, de, fr, es)`, { voice });
  }
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
export class EspeakEngine implements Synthesizer {
  readonly #pool: EnginePool<EspeakInstance>;
  #synthesized = 0;

  constructor(options: EspeakEngineOptions = {}) {
    this.#pool = new EnginePool({ size: options.poolSize ?? 2, prewarm: options.prewarm ?? true, create: options.createInstance ?? createEspeakInstance });
  }

  /** Texts synthesised so far. */
  get synthesized(): number {
    return this.#synthesized;
  }

  get poolStats(): EnginePoolStats {
    return this.#pool.stats;
  }

  async synthesize(text: string, options: SpeechOptions, signal?: AbortSignal): Promise<Buffer> {
    const instance = await this.#pool.acquire(signal);
    if (signal?.aborted) {
      this.#pool.release(instance);
      throw signal.reason;
    }
    let wav: Buffer;
    try {
      wav = instance.speak(text, options);
    } catch (err) {
      if (err instanceof EspeakExitError && /voice/i.test(err.stderr)) throw new UnknownVoiceError(options.voice);
      throw err;
    }
    this.#synthesized++;
    const audio = parseWav(wav);
    if (!isPcmFormat(audio, SPEECH_FORMAT)) {
      throw new Error(`eSpeak NG wrote format ${audio.audioFormat}, ${audio.sampleRate} Hz, ${audio.channels} ch, ${audio.bitsPerSample} bit; expected 16-bit mono PCM at ${SPEECH_FORMAT.sampleRate} Hz`);
    }
    return audio.data; // RIFF data is little-endian, as our wire format
  }

  /** Stops refilling and drops the warm instances. */
  close(): Promise<void> {
    return this.#pool.close();
  }
}
