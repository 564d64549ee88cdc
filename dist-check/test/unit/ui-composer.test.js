import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composePage } from '../../src/agents/ui-composer/compose.js';
import uiComposer, { createUiComposer } from '../../src/agents/ui-composer/index.js';
import { parseComposeInput } from '../../src/agents/ui-composer/input.js';
import { uiDefinitionSchema } from '../../src/agents/ui-composer/schema.js';
import { InvalidArgumentError } from '../../src/sdk/index.js';
import { fakeTaskContext } from './voice-forge-fixtures.js';
const snippet = (n) => ({ headline: `Story ${n}`, blurb: `What story ${n} is about.`, tags: ['agents', `tag-${n}`], url: `https://news.example/${n}` });
async function compose(input) {
    const result = (await createUiComposer().unary.get('ui.compose')(input, fakeTaskContext()));
    return { page: result.output, result };
}
const sectionTypes = (page) => page.sections.map((s) => s.type);
describe('ui.compose', () => {
    it('declares one unary capability', () => {
        expect(uiComposer.capabilities.map((c) => [c.name, c.streaming])).toEqual([['ui.compose', false]]);
    });
    it('lays out a hero and a grid of cards that validate against the schema', async () => {
        const { page, result } = await compose({ title: 'Agents today', snippets: [snippet(1), snippet(2), snippet(3)] });
        expect(uiDefinitionSchema.safeParse(page).success).toBe(true);
        expect(page).toMatchObject({ version: 1, kind: 'landing-page', title: 'Agents today' });
        expect(sectionTypes(page)).toEqual(['hero', 'cards']);
        expect(page.sections[0]).toEqual({ type: 'hero', id: 'hero', heading: 'Agents today', subheading: '3 stories, picked and written up by Troupe agents' });
        expect(page.sections[1]).toMatchObject({ type: 'cards', layout: 'grid' });
        const cards = page.sections[1]?.type === 'cards' ? page.sections[1].cards : [];
        expect(cards[2]).toEqual({ id: 'card-3', title: 'Story 3', body: 'What story 3 is about.', href: 'https://news.example/3', tags: ['agents', 'tag-3'] });
        expect(result.warnings).toEqual([]);
    });
    it('adds a notice when snippets failed upstream (null or error entries), and still shows the rest', async () => {
        const { page, result } = await compose({ snippets: [snippet(1), null, { error: 'INTERNAL: simulated failure' }], warnings: ['two snippets failed', 'two snippets failed'] });
        expect(uiDefinitionSchema.safeParse(page).success).toBe(true);
        expect(page.title).toBe('Latest stories');
        expect(sectionTypes(page)).toEqual(['hero', 'notice', 'cards']);
        expect(page.sections[1]).toEqual({
            type: 'notice',
            id: 'notice',
            level: 'warning',
            text: '2 of 3 stories could not be prepared and are not shown.',
            details: ['two snippets failed'],
        });
        expect(page.sections[2]).toMatchObject({ layout: 'list', cards: [expect.objectContaining({ id: 'card-1', title: 'Story 1' })] });
        expect(result.warnings).toEqual(['2 of 3 snippets missing']);
    });
    it('counts snippets short of `expected` as missing, and shows warnings alone as a notice', async () => {
        const short = await compose({ snippets: [snippet(1), snippet(2)], expected: 5 });
        expect(short.page.sections[1]).toMatchObject({ type: 'notice', text: '3 of 5 stories could not be prepared and are not shown.' });
        const warned = await compose({ snippets: [snippet(1)], warnings: ['feed 2 was skipped'] });
        expect(warned.page.sections[1]).toEqual({
            type: 'notice',
            id: 'notice',
            level: 'warning',
            text: 'Some steps reported problems while this page was made.',
            details: ['feed 2 was skipped'],
        });
    });
    it('cuts texts to the schema limits and is deterministic', async () => {
        const long = { ...snippet(1), headline: 'H'.repeat(300), blurb: 'b'.repeat(900), tags: Array.from({ length: 12 }, (_, i) => `t${i}`) };
        const { page } = await compose({ snippets: [long] });
        expect(uiDefinitionSchema.safeParse(page).success).toBe(true);
        const card = page.sections[1]?.type === 'cards' ? page.sections[1].cards[0] : undefined;
        expect(card?.title).toHaveLength(200);
        expect(card?.body).toHaveLength(600);
        expect(card?.tags).toHaveLength(8);
        expect((await compose({ snippets: [long] })).page).toEqual(page);
    });
    it.each([
        ['no snippets', { snippets: [] }, /input\.snippets is empty: a page needs at least one snippet/],
        ['only failed snippets', { snippets: [null, { error: 'x' }] }, /input\.snippets holds no usable snippet \(all 2 failed upstream\)/],
        ['snippets that are not a list', { snippets: snippet(1) }, /input\.snippets must be a list/],
        ['a snippet without a headline', { snippets: [snippet(1), { blurb: 'x', url: 'https://x.example/' }] }, /input\.snippets\[1\]\.headline/],
        ['a snippet whose URL is not one', { snippets: [snippet(1), { ...snippet(2), url: 'javascript:alert(1)' }] }, /input\.snippets\[1\] cannot be shown: .*href/],
        ['warnings that are not text', { snippets: [snippet(1)], warnings: [1] }, /input\.warnings/],
        ['an unknown field', { snippets: [snippet(1)], theme: 'dark' }, /input\.theme is not a known field/],
    ])('refuses %s with InvalidArgumentError naming the field', async (_name, input, message) => {
        const attempt = compose(input);
        await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
        await expect(attempt).rejects.toThrow(message);
    });
});
describe('uiDefinitionSchema', () => {
    const valid = composePage(parseComposeInput({ snippets: [snippet(1)] }));
    it('refuses a page without cards, duplicate ids, unknown fields and other versions', () => {
        expect(uiDefinitionSchema.safeParse({ ...valid, sections: valid.sections.filter((s) => s.type !== 'cards') }).success).toBe(false);
        expect(uiDefinitionSchema.safeParse({ ...valid, sections: [...valid.sections, { ...valid.sections[0], id: 'stories' }] }).success).toBe(false);
        expect(uiDefinitionSchema.safeParse({ ...valid, theme: 'dark' }).success).toBe(false);
        expect(uiDefinitionSchema.safeParse({ ...valid, version: 2 }).success).toBe(false);
        expect(uiDefinitionSchema.safeParse(valid).success).toBe(true);
    });
    it('matches the example in docs/ui-definition.md: the documented input gives the documented output', () => {
        const doc = readFileSync(new URL('../../docs/ui-definition.md', import.meta.url), 'utf8');
        const blocks = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1] ?? ''));
        expect(blocks).toHaveLength(2);
        const [input, output] = blocks;
        expect(uiDefinitionSchema.safeParse(output).success).toBe(true);
        expect(composePage(parseComposeInput(input))).toEqual(output);
    });
});
//# sourceMappingURL=ui-composer.test.js.map