import { type AgentDefinition } from '../../sdk/index.js';
import { type Synthesizer } from './engine.js';
/** What `tts.basic` always uses: eSpeak NG's plain English voice at its usual pace. */
export declare const BASIC_VOICE: Readonly<{
    voice: "en";
    speed: 175;
    pitch: 50;
}>;
/** Options of {@link createVoiceForge}. */
export interface VoiceForgeOptions {
    /** Warm eSpeak NG instances kept ready (~20 MB each). @default 2 */
    poolSize?: number;
    /** Tasks one agent instance runs at once. @default 4 */
    maxConcurrency?: number;
    /** Most PCM bytes per chunk, rounded down to whole samples. @default 4410 (100 ms) */
    chunkBytes?: number;
    /** Longest text synthesised in one go; longer sentences are cut at commas. @default 240 */
    maxSentenceChars?: number;
    /** The synthesiser. @default an EspeakEngine of `poolSize`, started on the first task */
    engine?: Synthesizer;
}
/**
 * Builds the voice-forge agent: `tts.synthesize` turns text into speech with eSpeak NG
 * (WASM, offline) and streams it as 22,050 Hz mono 16-bit little-endian PCM while it
 * synthesises, sentence by sentence; `tts.basic` is the same with the plain default
 * voice, the fallback when the requested voice cannot be used.
 *
 * @example
 * await runAgent(createVoiceForge({ poolSize: 3 }));
 */
export declare function createVoiceForge(options?: VoiceForgeOptions): AgentDefinition;
declare const _default: AgentDefinition;
export default _default;
