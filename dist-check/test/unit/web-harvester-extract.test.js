import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from '../../src/agents/html-dom.js';
import { removeBoilerplate } from '../../src/agents/web-harvester/clean-dom.js';
import { extractArticle } from '../../src/agents/web-harvester/extract.js';
import { fixturesDir, listFixturePages } from '../../src/agents/web-harvester/fixtures.js';
import { pagesForTopic, topicTerms } from '../../src/agents/web-harvester/select-pages.js';
const dir = fixturesDir();
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const html = (file) => readFileSync(`${dir}/${file}`, 'utf8');
/** Text every fixture page carries outside its article: navigation, ads, banners, widgets, comments, footer. */
const NOISE = [
    'Advertisement', 'Sponsored', 'Accept all cookies', 'We use cookies', 'About us', 'Subscribe to our newsletter',
    'Share on X', 'Related stories', 'comments', 'First! Anyone', 'All rights reserved', 'Privacy policy', 'dataLayer', '·',
];
describe('extractArticle', () => {
    it('has several bundled pages to work on', () => {
        expect(pages.length).toBeGreaterThanOrEqual(4);
    });
    it.each(pages)('keeps the article of %s and drops its navigation, ads, banners, widgets and footer', (file) => {
        const article = extractArticle(html(file), `fixture:${file}`);
        expect(article).toBeDefined();
        const document = parseHtmlDocument(html(file));
        const paragraphs = [...document.querySelectorAll('.entry-content p')].map((p) => p.textContent?.trim() ?? '');
        expect(article?.title).toBe(document.querySelector('h1')?.textContent?.trim());
        expect(article?.byline).toBe(document.querySelector('meta[name="author"]')?.getAttribute('content'));
        for (const paragraph of paragraphs)
            expect(article?.text).toContain(paragraph);
        for (const noise of NOISE)
            expect(article?.text).not.toContain(noise);
        // Exactly the article's paragraphs and subheadings, nothing else.
        const blocks = [...document.querySelectorAll('.entry-content p, .entry-content h2')].map((b) => b.textContent?.trim());
        expect(article?.text.split('\n\n')).toEqual(blocks);
        expect(article?.words).toBe(article?.text.split(/\s+/).length);
    });
    it('needs the boilerplate pass: Readability alone keeps an ad placed between paragraphs', () => {
        const document = parseHtmlDocument(html('voice-agents-latency.html'));
        const plain = new Readability(document).parse();
        expect(plain?.textContent).toContain('Advertisement');
        const cleaned = parseHtmlDocument(html('voice-agents-latency.html'));
        expect(removeBoilerplate(cleaned)).toBeGreaterThan(5);
        expect(cleaned.body.textContent).not.toContain('Advertisement');
        expect(cleaned.querySelector('header.site-header a.logo')).not.toBeNull(); // "header" is not an ad token
    });
    it('returns undefined for a page with no article', () => {
        expect(extractArticle('<html><body><nav><a href="/">Home</a></nav><p>Log in</p></body></html>', 'https://x.example/')).toBeUndefined();
    });
    it('cuts long articles at a paragraph boundary', () => {
        const article = extractArticle(html('automated-podcast.html'), 'fixture:automated-podcast', { maxChars: 500 });
        expect(article?.text.split('\n\n').length).toBeLessThan(5);
        expect(article?.text.endsWith('.')).toBe(true);
    });
});
describe('pagesForTopic', () => {
    const index = listFixturePages(dir);
    it('lists every bundled page with its head metadata', () => {
        expect(index.map((p) => p.name)).toEqual(pages.map((f) => f.replace(/\.html$/, '')));
        expect(index.find((p) => p.name === 'wasm-speech-synthesis')?.keywords).toContain('webassembly');
    });
    it('ranks pages by topic terms in title, keywords and description', () => {
        expect(topicTerms('The Voice Agents of 2025')).toEqual(['voice', 'agent', '2025']);
        const { pages: chosen, matched } = pagesForTopic(index, 'voice agents latency', 2);
        expect(matched).toBe(true);
        expect(chosen.map((p) => p.name)).toEqual(['voice-agents-latency', 'actor-model-agents']);
        expect(pagesForTopic(index, 'WebAssembly', 3).pages.map((p) => p.name)).toEqual(['wasm-speech-synthesis']);
    });
    it('falls back to every page, by name, when nothing matches or there is no topic', () => {
        expect(pagesForTopic(index, 'medieval pottery', 2)).toEqual({ pages: index.slice(0, 2), matched: false });
        expect(pagesForTopic(index, undefined, 10).pages).toEqual(index);
    });
});
//# sourceMappingURL=web-harvester-extract.test.js.map