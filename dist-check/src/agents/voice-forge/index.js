import { defineAgent } from '../../sdk/index.js';
import { EspeakEngine } from './engine.js';
import { parseSpeechInput } from './input.js';
import { CHUNK_BYTES_100MS, SPEECH_CONTENT_TYPE } from './pcm.js';
import { streamSpeech } from './stream-speech.js';
/** What `tts.basic` always uses: eSpeak NG's plain English voice at its usual pace. */
export const BASIC_VOICE = Object.freeze({ voice: 'en', speed: 175, pitch: 50 });
/**
 * Builds the voice-forge agent: `tts.synthesize` turns text into speech with eSpeak NG
 * (WASM, offline) and streams it as 22,050 Hz mono 16-bit little-endian PCM while it
 * synthesises, sentence by sentence; `tts.basic` is the same with the plain default
 * voice, the fallback when the requested voice cannot be used.
 *
 * @example
 * await runAgent(createVoiceForge({ poolSize: 3 }));
 */
export function createVoiceForge(options = {}) {
    const chunkBytes = options.chunkBytes ?? CHUNK_BYTES_100MS;
    if (!Number.isInteger(chunkBytes) || chunkBytes < 2)
        throw new RangeError(`chunkBytes must be an integer of at least 2; got ${options.chunkBytes}`);
    const poolSize = options.poolSize ?? 2;
    if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 64)
        throw new RangeError(`poolSize must be an integer from 1 to 64; got ${options.poolSize}`);
    const maxSentenceChars = options.maxSentenceChars ?? 240;
    // Created on the first task, so importing the agent (e.g. to list it) starts no WASM.
    let engine = options.engine;
    const engineOnce = () => (engine ??= new EspeakEngine({ poolSize }));
    return defineAgent({
        name: 'voice-forge',
        version: '1.0.0',
        description: 'Speech synthesis with eSpeak NG (WASM), streamed as PCM while it synthesises',
        maxConcurrency: options.maxConcurrency ?? 4,
        labels: { engine: 'espeak-ng' },
        capabilities: [
            {
                name: 'tts.synthesize',
                description: 'Speaks {text, voice?, speed?, pitch?, pace?} (or a woven script: its script text); streams PCM sentence by sentence',
                streaming: true,
                // Same text and voice, same PCM: a retried stream resumes where the failed one stopped.
                deterministic: true,
                // `script`: script.weave's output fits as it is. Chunks are PCM; a run's audio is served as WAV.
                inputTypes: ['script', 'application/json'],
                outputTypes: [SPEECH_CONTENT_TYPE, 'audio/wav'],
            },
            {
                name: 'tts.basic',
                description: 'The fallback voice: speaks {text} in the default English voice, whatever voice was asked for',
                streaming: true,
                // Same text and voice, same PCM: a retried stream resumes where the failed one stopped.
                deterministic: true,
                inputTypes: ['script', 'application/json'],
                outputTypes: [SPEECH_CONTENT_TYPE, 'audio/wav'],
            },
        ],
        handlers: {
            'tts.synthesize': async function* (input, ctx) {
                const request = parseSpeechInput(input);
                return yield* streamSpeech(request, ctx, engineOnce(), { chunkBytes, maxSentenceChars });
            },
            'tts.basic': async function* (input, ctx) {
                // The fallback must work whatever voice the failed primary was asked for, even a malformed one.
                const request = { ...parseSpeechInput(withoutVoice(input)), ...BASIC_VOICE };
                return yield* streamSpeech(request, ctx, engineOnce(), { chunkBytes, maxSentenceChars });
            },
        },
    });
}
/** `input` without the voice fields `tts.basic` replaces anyway (so they are not validated). */
function withoutVoice(input) {
    if (input === null || typeof input !== 'object' || Array.isArray(input))
        return input;
    const { voice: _voice, speed: _speed, pitch: _pitch, ...rest } = input;
    return rest;
}
export default createVoiceForge();
//# sourceMappingURL=index.js.map