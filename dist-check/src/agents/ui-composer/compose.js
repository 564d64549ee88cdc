import { InvalidArgumentError } from '../../sdk/index.js';
import { uiDefinitionSchema } from './schema.js';
/** The page title when the input has none. */
export const DEFAULT_TITLE = 'Latest stories';
/**
 * Lays out a landing page: a hero, then a warning notice when snippets are missing or
 * the input carries warnings, then one card per usable snippet (grid from three cards,
 * else list). Texts are cut to the schema's limits; the result is validated against
 * `uiDefinitionSchema` before it is returned. Pure: same input, same page.
 */
export function composePage(request) {
    const title = clip(request.title ?? DEFAULT_TITLE, 200);
    const count = request.snippets.length;
    const sections = [
        { type: 'hero', id: 'hero', heading: title, subheading: `${count} ${count === 1 ? 'story' : 'stories'}, picked and written up by Troupe agents` },
    ];
    if (request.missing > 0 || request.warnings.length > 0) {
        const text = request.missing > 0
            ? `${request.missing} of ${request.expected} ${request.expected === 1 ? 'story' : 'stories'} could not be prepared and ${request.missing === 1 ? 'is' : 'are'} not shown.`
            : 'Some steps reported problems while this page was made.';
        sections.push({ type: 'notice', id: 'notice', level: 'warning', text, ...(request.warnings.length > 0 ? { details: request.warnings } : {}) });
    }
    const cards = request.snippets.map((s, i) => ({
        id: `card-${i + 1}`,
        title: clip(s.headline, 200),
        body: clip(s.blurb || s.headline, 600),
        href: s.url,
        tags: s.tags.map((t) => t.trim()).filter(Boolean).slice(0, 8).map((t) => clip(t, 40)),
    }));
    sections.push({ type: 'cards', id: 'stories', heading: 'Stories', layout: count >= 3 ? 'grid' : 'list', cards });
    const parsed = uiDefinitionSchema.safeParse({ version: 1, kind: 'landing-page', title, sections });
    if (!parsed.success) {
        // Only a snippet's own data can break the schema here (e.g. a URL that is not one).
        const issue = parsed.error.issues[0];
        const where = issue?.path.join('.') ?? '';
        const card = /^sections\.\d+\.cards\.(\d+)/.exec(where)?.[1];
        const field = card !== undefined ? `input.snippets[${card}]` : 'input';
        throw new InvalidArgumentError(`${field} cannot be shown: ${where}: ${issue?.message ?? 'invalid'}`);
    }
    return parsed.data;
}
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
//# sourceMappingURL=compose.js.map