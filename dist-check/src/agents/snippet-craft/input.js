import { InvalidArgumentError } from '../../sdk/index.js';
/** Limits of the input fields. */
export const SNIPPET_LIMITS = Object.freeze({ title: 500, summary: 5000, url: 2048 });
/**
 * Validates the JSON input of `snippet.craft`: `{ topic: { title, summary?, url } }`. Other
 * fields of `topic` (a topic from `topics.discover` also has `id`, `published`, `source`)
 * are ignored, so a topic can be passed on as it is. Throws InvalidArgumentError naming the field.
 *
 * @example
 * parseSnippetInput({ topic: { title: 'Actors for agents', summary: 'An old idea…', url: 'https://example.com/a' } });
 */
export function parseSnippetInput(input) {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        throw new InvalidArgumentError('input must be a JSON object such as {"topic": {"title": "…", "summary": "…", "url": "https://…"}}');
    }
    for (const key of Object.keys(input)) {
        if (key !== 'topic')
            throw new InvalidArgumentError(`input.${key} is not a known field (expected topic)`);
    }
    const topic = input.topic;
    if (topic === null || typeof topic !== 'object' || Array.isArray(topic)) {
        throw new InvalidArgumentError('input.topic must be an object with title, summary and url');
    }
    const { title, summary = '', url } = topic;
    if (typeof title !== 'string' || title.trim() === '' || title.length > SNIPPET_LIMITS.title) {
        throw new InvalidArgumentError(`input.topic.title must be non-empty text of at most ${SNIPPET_LIMITS.title} characters`);
    }
    if (typeof summary !== 'string' || summary.length > SNIPPET_LIMITS.summary) {
        throw new InvalidArgumentError(`input.topic.summary must be text of at most ${SNIPPET_LIMITS.summary} characters`);
    }
    if (typeof url !== 'string' || url.length > SNIPPET_LIMITS.url || !isUrl(url.trim())) {
        throw new InvalidArgumentError(`input.topic.url must be an absolute URL such as "https://example.com/story"; got ${JSON.stringify(url)}`);
    }
    return { title, summary, url: url.trim() };
}
function isUrl(text) {
    try {
        const url = new URL(text);
        return /^(https?|fixture):$/.test(url.protocol);
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=input.js.map