import { z } from 'zod';
/**
 * The landing-page UI definition `ui.compose` produces: the one contract between the
 * agent and whatever renders the page. Documented in `docs/ui-definition.md`; a
 * renderer should refuse a `version` it does not know and skip section types it does
 * not know.
 */
/** The version of the format this schema describes. */
export const UI_DEFINITION_VERSION = 1;
/** Section and card ids: lower-case words joined by dashes, unique within a page. */
export const UI_ID = /^[a-z][a-z0-9-]{0,63}$/;
const id = z.string().regex(UI_ID, { error: `must match ${UI_ID.source}` });
const text = (max) => z.string().trim().min(1).max(max);
const href = z
    .string()
    .max(2048)
    .refine((value) => isLink(value), { error: 'must be an absolute http(s) or fixture: URL' });
/** The page's banner: its heading and one line under it. */
export const heroSectionSchema = z.strictObject({
    type: z.literal('hero'),
    id,
    heading: text(200),
    subheading: text(400).optional(),
});
/** One story: a title linking to `href`, a short body and tags. */
export const cardSchema = z.strictObject({
    id,
    title: text(200),
    body: text(600),
    href,
    tags: z.array(text(40)).max(8),
});
/** A set of cards, shown as a grid (several per row) or a list (one per row). */
export const cardsSectionSchema = z.strictObject({
    type: z.literal('cards'),
    id,
    heading: text(200).optional(),
    layout: z.enum(['grid', 'list']),
    cards: z.array(cardSchema).min(1).max(100),
});
/** A message to the reader, e.g. that some stories could not be prepared. */
export const noticeSectionSchema = z.strictObject({
    type: z.literal('notice'),
    id,
    level: z.enum(['info', 'warning', 'error']),
    text: text(1000),
    details: z.array(text(1000)).max(20).optional(),
});
/** Any section, told apart by `type`. */
export const sectionSchema = z.discriminatedUnion('type', [heroSectionSchema, cardsSectionSchema, noticeSectionSchema]);
/** A whole landing page. It always shows at least one card: an empty page is never valid. */
export const uiDefinitionSchema = z
    .strictObject({
    version: z.literal(UI_DEFINITION_VERSION),
    kind: z.literal('landing-page'),
    title: text(200),
    sections: z.array(sectionSchema).min(1).max(20),
})
    .refine((page) => page.sections.some((s) => s.type === 'cards'), { error: 'a page needs at least one cards section', path: ['sections'] })
    .refine((page) => uniqueIds(page.sections), { error: 'section and card ids must be unique', path: ['sections'] });
function uniqueIds(sections) {
    const ids = sections.flatMap((s) => [s.id, ...(s.type === 'cards' ? s.cards.map((c) => c.id) : [])]);
    return new Set(ids).size === ids.length;
}
function isLink(value) {
    try {
        return /^(https?|fixture):$/.test(new URL(value).protocol);
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=schema.js.map