/** How to speak: an eSpeak NG voice, words per minute and pitch. */
export interface SpeechOptions {
    /** eSpeak NG voice, optionally with a variant: `en-us`, `de`, `en-gb-x-rp`, `en-us+f3`. */
    voice: string;
    /** Words per minute, 80–450. */
    speed: number;
    /** Base pitch, 0–99. */
    pitch: number;
}
/** One started eSpeak NG program that can synthesise once. */
export interface EspeakInstance {
    /** Synthesises `text` (synchronously, on this thread) and returns the WAV file eSpeak NG wrote. */
    speak(text: string, options: SpeechOptions): Buffer;
}
/** eSpeak NG exited with a non-zero status; `stderr` holds what it printed. */
export declare class EspeakExitError extends Error {
    readonly status: number;
    readonly stderr: string;
    readonly name = "EspeakExitError";
    constructor(status: number, stderr: string);
}
/**
 * Starts one eSpeak NG WASM module without running its `main` (~130 ms: instantiation
 * plus unpacking the embedded voice data), ready for one {@link EspeakInstance.speak}.
 * The program's `main` keeps static state (its option parser's index among others), so
 * a second run silently produces nothing: each instance synthesises exactly once.
 */
export declare function createEspeakInstance(): Promise<EspeakInstance>;
