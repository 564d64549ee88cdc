import { InvalidArgumentError } from '../../sdk/index.js';
import { fixtureName } from './fixtures.js';
/** Limits of the input fields. */
export const HARVEST_LIMITS = Object.freeze({ urls: 10, maxPages: 10, topic: 200, url: 2048 });
/** Pages harvested for a topic when `input.maxPages` is absent. */
export const DEFAULT_TOPIC_PAGES = 3;
const KNOWN = new Set(['topic', 'urls', 'maxPages']);
/**
 * Validates the JSON input of `web.harvest`: `{ topic?, urls?, maxPages? }`. `maxPages`
 * defaults to the number of URLs given, else 3. Throws InvalidArgumentError naming the field.
 *
 * @example
 * parseHarvestInput({ urls: ['fixture:automated-podcast', 'https://example.com/post'] });
 */
export function parseHarvestInput(input) {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        throw new InvalidArgumentError('input must be a JSON object such as {"topic": "voice agents"}');
    }
    for (const key of Object.keys(input)) {
        if (!KNOWN.has(key))
            throw new InvalidArgumentError(`input.${key} is not a known field (expected ${[...KNOWN].join(', ')})`);
    }
    const { topic } = input;
    // null as absent: a workflow passes `urls: "${input.urls}"`, null when its caller gave none.
    const urls = input.urls ?? [];
    if (topic !== undefined && topic !== null && (typeof topic !== 'string' || topic.length > HARVEST_LIMITS.topic)) {
        throw new InvalidArgumentError(`input.topic must be text of at most ${HARVEST_LIMITS.topic} characters`);
    }
    if (!Array.isArray(urls) || urls.length > HARVEST_LIMITS.urls) {
        throw new InvalidArgumentError(`input.urls must be a list of at most ${HARVEST_LIMITS.urls} URLs`);
    }
    const sources = urls.map((url, i) => parsePageSource(url, `input.urls[${i}]`));
    const maxPages = input.maxPages ?? (sources.length > 0 ? sources.length : DEFAULT_TOPIC_PAGES);
    if (typeof maxPages !== 'number' || !Number.isInteger(maxPages) || maxPages < 1 || maxPages > HARVEST_LIMITS.maxPages) {
        throw new InvalidArgumentError(`input.maxPages must be an integer from 1 to ${HARVEST_LIMITS.maxPages}; got ${JSON.stringify(maxPages)}`);
    }
    const request = { urls: sources, maxPages };
    const trimmed = typeof topic === 'string' ? topic.trim() : '';
    if (trimmed)
        request.topic = trimmed;
    return request;
}
/** Reads one page reference: an `http(s)://` URL or `fixture:<name>`. `field` names it in errors. */
export function parsePageSource(value, field) {
    if (typeof value !== 'string' || value.trim() === '' || value.length > HARVEST_LIMITS.url) {
        throw new InvalidArgumentError(`${field} must be a URL of at most ${HARVEST_LIMITS.url} characters`);
    }
    const text = value.trim();
    const name = fixtureName(text);
    if (name)
        return { kind: 'fixture', name, url: `fixture:${name}`, field };
    if (/^https?:\/\//i.test(text)) {
        try {
            return { kind: 'url', url: new URL(text).toString(), field };
        }
        catch {
            // reported below
        }
    }
    throw new InvalidArgumentError(`${field} must be an http(s) URL or a bundled page such as "fixture:automated-podcast"; got ${JSON.stringify(text)}`);
}
//# sourceMappingURL=input.js.map