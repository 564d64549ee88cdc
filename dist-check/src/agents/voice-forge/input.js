import { InvalidArgumentError } from '../../sdk/index.js';
import { PACE_RANGE } from './pace.js';
/** Longest `input.text` accepted, in UTF-16 code units. */
export const MAX_TEXT_CHARS = 20_000;
/** Defaults of the optional fields. */
export const SPEECH_DEFAULTS = Object.freeze({ voice: 'en-us', speed: 165, pitch: 50 });
/** A language tag as eSpeak NG names voices, with an optional `+variant`: `en-us`, `en-gb-x-rp`, `cmn`, `en-us+f3`. */
const VOICE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*(?:\+[a-z0-9_-]{1,24})?$/i;
const KNOWN = new Set(['text', 'voice', 'speed', 'pitch', 'pace']);
/** The fields of a woven script (type `script`, script.weave's output): its `script` is spoken. */
const SCRIPT_FIELDS = new Set(['script', 'title', 'host', 'intro', 'segments', 'outro', 'words', 'estimatedSeconds', 'writer']);
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
export function parseSpeechInput(input) {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        throw new InvalidArgumentError('input must be a JSON object such as {"text": "Hello."}');
    }
    const woven = input.text === undefined && typeof input.script === 'string';
    for (const key of Object.keys(input)) {
        if (!KNOWN.has(key) && !(woven && SCRIPT_FIELDS.has(key)))
            throw new InvalidArgumentError(`input.${key} is not a known field (expected ${[...KNOWN].join(', ')})`);
    }
    const { text = woven ? input.script : undefined, voice = SPEECH_DEFAULTS.voice, speed = SPEECH_DEFAULTS.speed, pitch = SPEECH_DEFAULTS.pitch, pace = null } = input;
    if (typeof text !== 'string' || text.trim() === '')
        throw new InvalidArgumentError('input.text must be a non-empty string');
    if (text.length > MAX_TEXT_CHARS) {
        throw new InvalidArgumentError(`input.text has ${text.length} characters; the limit is ${MAX_TEXT_CHARS}`);
    }
    if (typeof voice !== 'string' || !VOICE.test(voice)) {
        throw new InvalidArgumentError(`input.voice must be an eSpeak NG voice name such as "en-us" or "de"; got ${JSON.stringify(voice)}`);
    }
    const request = { text, voice, speed: inRange('speed', speed, 80, 450), pitch: inRange('pitch', pitch, 0, 99) };
    if (pace !== null) {
        if (typeof pace !== 'number' || !Number.isFinite(pace) || pace < PACE_RANGE.min || pace > PACE_RANGE.max) {
            throw new InvalidArgumentError(`input.pace must be null or a number from ${PACE_RANGE.min} to ${PACE_RANGE.max} (seconds of audio per second); got ${JSON.stringify(pace)}`);
        }
        request.pace = pace;
    }
    return request;
}
function inRange(field, value, min, max) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
        throw new InvalidArgumentError(`input.${field} must be a number from ${min} to ${max}; got ${JSON.stringify(value)}`);
    }
    return Math.round(value);
}
//# sourceMappingURL=input.js.map