import { InvalidArgumentError } from '../../sdk/index.js';
import { createEspeakInstance, EspeakExitError } from './espeak-instance.js';
import { SPEECH_FORMAT } from './pcm.js';
import { EnginePool } from './pool.js';
import { isPcmFormat, parseWav } from './riff.js';
/** The voice named in the request does not exist in eSpeak NG: INVALID_ARGUMENT. */
export class UnknownVoiceError extends InvalidArgumentError {
    voice;
    constructor(voice) {
        super(`input.voice "${voice}" is not an eSpeak NG voice (try en-us, en-gb, de, fr, es)`, { voice });
        this.voice = voice;
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
export class EspeakEngine {
    #pool;
    #synthesized = 0;
    constructor(options = {}) {
        this.#pool = new EnginePool({ size: options.poolSize ?? 2, prewarm: options.prewarm ?? true, create: options.createInstance ?? createEspeakInstance });
    }
    /** Texts synthesised so far. */
    get synthesized() {
        return this.#synthesized;
    }
    get poolStats() {
        return this.#pool.stats;
    }
    async synthesize(text, options, signal) {
        const instance = await this.#pool.acquire(signal);
        if (signal?.aborted) {
            this.#pool.release(instance);
            throw signal.reason;
        }
        let wav;
        try {
            wav = instance.speak(text, options);
        }
        catch (err) {
            if (err instanceof EspeakExitError && /voice/i.test(err.stderr))
                throw new UnknownVoiceError(options.voice);
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
    close() {
        return this.#pool.close();
    }
}
//# sourceMappingURL=engine.js.map