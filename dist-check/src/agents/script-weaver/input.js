import { InvalidArgumentError } from '../../sdk/index.js';
/** Limits of the input fields. */
export const WEAVE_LIMITS = Object.freeze({ topic: 200, text: 200_000, host: 40, minutes: [1, 15] });
/** Episode length when `input.minutes` is absent. */
export const DEFAULT_MINUTES = 3;
// `pages` is read for a missing topic: the harvester's output (type `pages`) fits as it is.
const KNOWN = new Set(['topic', 'text', 'host', 'minutes', 'pages']);
const HOST_NAME = /^\p{L}[\p{L}\p{M} .'-]*$/u;
/**
 * Validates the JSON input of `script.weave`: `{ topic, text, host?, minutes? }`, or the
 * harvester's output `{ pages, text, topic? }` (type `pages`), whose topic defaults to the
 * first page's title. Throws InvalidArgumentError naming the offending field.
 *
 * @example
 * parseWeaveInput({ topic: 'voice agents', text: harvested.text, host: 'Theo', minutes: 2 });
 */
export function parseWeaveInput(input) {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        throw new InvalidArgumentError('input must be a JSON object such as {"topic": "…", "text": "…"}');
    }
    for (const key of Object.keys(input)) {
        if (!KNOWN.has(key))
            throw new InvalidArgumentError(`input.${key} is not a known field (expected ${[...KNOWN].join(', ')})`);
    }
    const { text, host, minutes = DEFAULT_MINUTES, pages } = input;
    const topic = input.topic ?? firstTitle(pages);
    if (typeof topic !== 'string' || topic.trim() === '' || topic.length > WEAVE_LIMITS.topic) {
        throw new InvalidArgumentError(`input.topic must be non-empty text of at most ${WEAVE_LIMITS.topic} characters`);
    }
    if (typeof text !== 'string' || text.trim() === '')
        throw new InvalidArgumentError('input.text must be a non-empty string');
    if (text.length > WEAVE_LIMITS.text) {
        throw new InvalidArgumentError(`input.text has ${text.length} characters; the limit is ${WEAVE_LIMITS.text}`);
    }
    const [minMinutes, maxMinutes] = WEAVE_LIMITS.minutes;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < minMinutes || minutes > maxMinutes) {
        throw new InvalidArgumentError(`input.minutes must be a number from ${minMinutes} to ${maxMinutes}; got ${JSON.stringify(minutes)}`);
    }
    const request = { topic: topic.trim().replace(/\s+/g, ' '), text, minutes };
    if (host !== undefined && host !== null) {
        if (typeof host !== 'string' || host.trim().length > WEAVE_LIMITS.host || !HOST_NAME.test(host.trim())) {
            throw new InvalidArgumentError(`input.host must be a name of at most ${WEAVE_LIMITS.host} letters, such as "Ada" or "Theo"`);
        }
        request.host = host.trim();
    }
    return request;
}
/** The title of the first harvested page, if `pages` is the harvester's list. */
function firstTitle(pages) {
    const first = Array.isArray(pages) ? pages[0] : undefined;
    return first !== null && typeof first === 'object' && !Array.isArray(first) ? first.title : undefined;
}
//# sourceMappingURL=input.js.map