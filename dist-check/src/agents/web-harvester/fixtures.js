import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument } from '../html-dom.js';
/** The scheme of bundled pages' URLs: `fixture:voice-agents-latency`. */
export const FIXTURE_SCHEME = 'fixture:';
const FIXTURE_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/i;
/**
 * The folder of bundled pages. Next to this file when run from `src/`; from `dist/` (the
 * build copies only compiled code) the same folder under `src/`, which ships with the package.
 */
export function fixturesDir() {
    const here = fileURLToPath(new URL('./fixtures/', import.meta.url));
    if (existsSync(here))
        return here;
    return fileURLToPath(new URL('../../../src/agents/web-harvester/fixtures/', import.meta.url));
}
/** The page name of a `fixture:` URL (query and fragment ignored), or undefined when it is not one. */
export function fixtureName(url) {
    if (!url.startsWith(FIXTURE_SCHEME))
        return undefined;
    const name = url.slice(FIXTURE_SCHEME.length).split(/[?#]/)[0] ?? '';
    return FIXTURE_NAME.test(name) ? name.replace(/\.html$/, '') : undefined;
}
/** Whether a bundled page of that name exists. */
export function hasFixturePage(name, dir = fixturesDir()) {
    return FIXTURE_NAME.test(name) && existsSync(join(dir, `${name}.html`));
}
/** The HTML of a bundled page. */
export function readFixturePage(name, dir = fixturesDir()) {
    return readFile(join(dir, `${name}.html`), 'utf8');
}
/** Every bundled page with its title, description and keywords, sorted by name. Reads the folder. */
export function listFixturePages(dir = fixturesDir()) {
    return readdirSync(dir)
        .filter((file) => file.endsWith('.html'))
        .sort()
        .map((file) => {
        const document = parseHtmlDocument(readFileSync(join(dir, file), 'utf8'));
        const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
        return { name: file.slice(0, -'.html'.length), title: document.title, description: meta('description'), keywords: meta('keywords') };
    });
}
//# sourceMappingURL=fixtures.js.map