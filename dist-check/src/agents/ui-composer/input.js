import { InvalidArgumentError } from '../../sdk/index.js';
/** Limits of the input fields. */
export const COMPOSE_LIMITS = Object.freeze({ snippets: 100, title: 200, warnings: 20, warning: 1000 });
const KNOWN = new Set(['title', 'snippets', 'warnings', 'expected']);
/**
 * Validates the JSON input of `ui.compose`: `{ title?, snippets, warnings?, expected? }`.
 * An entry of `snippets` that is null or carries an `error` (what a fan-out step that
 * tolerates failures leaves for a failed item) counts as failed upstream; any other
 * entry must be a snippet. Fewer usable snippets than `expected` count as failed too.
 * Throws InvalidArgumentError naming the field, including when no snippet is usable.
 *
 * @example
 * parseComposeInput({ snippets: [snippet, null], warnings: ['snippet 2 timed out'] }); // → missing: 1
 */
export function parseComposeInput(input) {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        throw new InvalidArgumentError('input must be a JSON object such as {"snippets": [{"headline": "…", "blurb": "…", "url": "…", "tags": []}]}');
    }
    for (const key of Object.keys(input)) {
        if (!KNOWN.has(key))
            throw new InvalidArgumentError(`input.${key} is not a known field (expected ${[...KNOWN].join(', ')})`);
    }
    const { title, snippets, warnings = [], expected } = input;
    if (!Array.isArray(snippets) || snippets.length > COMPOSE_LIMITS.snippets) {
        throw new InvalidArgumentError(`input.snippets must be a list of at most ${COMPOSE_LIMITS.snippets} snippets`);
    }
    const usable = [];
    let failed = 0;
    snippets.forEach((entry, i) => {
        const snippet = parseSnippet(entry, `input.snippets[${i}]`);
        if (snippet)
            usable.push(snippet);
        else
            failed++;
    });
    if (expected !== undefined && (typeof expected !== 'number' || !Number.isInteger(expected) || expected < 0 || expected > COMPOSE_LIMITS.snippets)) {
        throw new InvalidArgumentError(`input.expected must be an integer from 0 to ${COMPOSE_LIMITS.snippets}; got ${JSON.stringify(expected)}`);
    }
    if (usable.length === 0) {
        throw new InvalidArgumentError(snippets.length === 0
            ? 'input.snippets is empty: a page needs at least one snippet'
            : `input.snippets holds no usable snippet (all ${snippets.length} failed upstream): a page needs at least one`);
    }
    if (!Array.isArray(warnings) || warnings.length > COMPOSE_LIMITS.warnings || !warnings.every((w) => typeof w === 'string')) {
        throw new InvalidArgumentError(`input.warnings must be a list of at most ${COMPOSE_LIMITS.warnings} strings`);
    }
    if (title !== undefined && title !== null && (typeof title !== 'string' || title.length > COMPOSE_LIMITS.title)) {
        throw new InvalidArgumentError(`input.title must be text of at most ${COMPOSE_LIMITS.title} characters`);
    }
    const total = Math.max(snippets.length, typeof expected === 'number' ? expected : 0);
    const request = {
        snippets: usable,
        missing: Math.max(failed, total - usable.length),
        expected: total,
        warnings: [...new Set(warnings.map((w) => w.replace(/\s+/g, ' ').trim().slice(0, COMPOSE_LIMITS.warning)).filter(Boolean))],
    };
    if (typeof title === 'string' && title.trim())
        request.title = title.trim();
    return request;
}
function parseSnippet(entry, field) {
    if (entry === null)
        return undefined;
    if (typeof entry !== 'object' || Array.isArray(entry))
        throw new InvalidArgumentError(`${field} must be a snippet object or null`);
    if ('error' in entry && !('headline' in entry))
        return undefined;
    const { headline, blurb = '', url, tags = [] } = entry;
    if (typeof headline !== 'string' || headline.trim() === '')
        throw new InvalidArgumentError(`${field}.headline must be non-empty text`);
    if (typeof blurb !== 'string')
        throw new InvalidArgumentError(`${field}.blurb must be text`);
    if (typeof url !== 'string' || url.trim() === '')
        throw new InvalidArgumentError(`${field}.url must be a URL`);
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))
        throw new InvalidArgumentError(`${field}.tags must be a list of strings`);
    return { headline: headline.trim(), blurb: blurb.trim(), url: url.trim(), tags };
}
//# sourceMappingURL=input.js.map