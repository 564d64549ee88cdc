import { InvalidArgumentError } from '../../sdk/index.js';
/** Limits of the input fields. */
export const DISCOVER_LIMITS = Object.freeze({ feeds: 20, limit: 100, query: 200, url: 2048 });
/** Topics returned when `input.limit` is absent. */
export const DEFAULT_LIMIT = 5;
const KNOWN = new Set(['feeds', 'limit', 'query']);
const BUNDLED_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/i;
/**
 * Validates the JSON input of `topics.discover`: `{ feeds?, limit?, query? }` (null means `{}`).
 * Throws InvalidArgumentError naming the offending field.
 *
 * @example
 * parseDiscoverInput({ feeds: ['sample-feed', 'https://example.com/feed.xml'], limit: 3 });
 */
export function parseDiscoverInput(input) {
    if (input === null)
        return { feeds: [], limit: DEFAULT_LIMIT };
    if (typeof input !== 'object' || Array.isArray(input)) {
        throw new InvalidArgumentError('input must be a JSON object such as {"limit": 5}');
    }
    for (const key of Object.keys(input)) {
        if (!KNOWN.has(key))
            throw new InvalidArgumentError(`input.${key} is not a known field (expected ${[...KNOWN].join(', ')})`);
    }
    const { feeds = [], limit = DEFAULT_LIMIT, query } = input;
    if (!Array.isArray(feeds) || feeds.length > DISCOVER_LIMITS.feeds) {
        throw new InvalidArgumentError(`input.feeds must be a list of at most ${DISCOVER_LIMITS.feeds} feed URLs or bundled feed names`);
    }
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > DISCOVER_LIMITS.limit) {
        throw new InvalidArgumentError(`input.limit must be an integer from 1 to ${DISCOVER_LIMITS.limit}; got ${JSON.stringify(limit)}`);
    }
    if (query !== undefined && query !== null && (typeof query !== 'string' || query.length > DISCOVER_LIMITS.query)) {
        throw new InvalidArgumentError(`input.query must be text of at most ${DISCOVER_LIMITS.query} characters`);
    }
    const request = { feeds: feeds.map((feed, i) => parseFeedSource(feed, `input.feeds[${i}]`)), limit };
    const trimmed = typeof query === 'string' ? query.trim() : '';
    if (trimmed)
        request.query = trimmed;
    return request;
}
/**
 * Reads one feed reference: an `http(s)://` URL, `fixture:<name>` or a bare `<name>`
 * of a bundled feed. `field` names it in errors.
 */
export function parseFeedSource(value, field) {
    if (typeof value !== 'string' || value.trim() === '' || value.length > DISCOVER_LIMITS.url) {
        throw new InvalidArgumentError(`${field} must be a feed URL or a bundled feed name of at most ${DISCOVER_LIMITS.url} characters`);
    }
    const text = value.trim();
    if (/^https?:\/\//i.test(text)) {
        try {
            return { kind: 'url', url: new URL(text).toString(), field };
        }
        catch {
            throw new InvalidArgumentError(`${field} is not a valid URL: ${JSON.stringify(text)}`);
        }
    }
    const name = text.startsWith('fixture:') ? text.slice('fixture:'.length) : text;
    if (!BUNDLED_NAME.test(name)) {
        throw new InvalidArgumentError(`${field} must be an http(s) URL or the name of a bundled feed such as "sample-feed"; got ${JSON.stringify(text)}`);
    }
    return { kind: 'bundled', name, field };
}
//# sourceMappingURL=input.js.map