import { type Json } from '../../sdk/index.js';
import type { SpeechOptions } from './engine.js';
/** A validated `tts.synthesize` request. */
export interface SpeechRequest extends SpeechOptions {
    text: string;
    /** Stream at most this many seconds of audio per second (see `Pacer`); absent: as fast as synthesised. */
    pace?: number;
}
/** Longest `input.text` accepted, in UTF-16 code units. */
export declare const MAX_TEXT_CHARS = 20000;
/** Defaults of the optional fields. */
export declare const SPEECH_DEFAULTS: Readonly<SpeechOptions>;
/**
 * Validates the JSON input of `tts.synthesize`: `{ text, voice?, speed?, pitch?, pace? }`, or a
 * woven script (type `script`: script.weave's output, whose `script` text is spoken).
 * `pace` (seconds of audio per second, 0.1–1000) slows the stream down to a listener's
 * speed; null or absent means no pacing (a workflow passing `${input.pace}` on gives null
 * when its input has none). Throws InvalidArgumentError naming the offending field.
 *
 * @example
 * parseSpeechInput({ text: 'Hello.', speed: 200 }); // → { text: 'Hello.', voice: 'en-us', speed: 200, pitch: 50 }
 */
export declare function parseSpeechInput(input: Json): SpeechRequest;
