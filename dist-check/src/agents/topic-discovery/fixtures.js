import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** A name that can only mean a file directly inside the fixtures folder. */
const FIXTURE_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/i;
/** Extensions tried after a bare name, in order. */
const EXTENSIONS = ['', '.xml', '.rss', '.atom', '.json'];
/**
 * The folder of bundled feeds. Next to this file when run from `src/`; from `dist/` (the build
 * copies only compiled code) the same folder under `src/`, which ships with the package.
 */
export function fixturesDir() {
    const here = fileURLToPath(new URL('./fixtures/', import.meta.url));
    if (existsSync(here))
        return here;
    return fileURLToPath(new URL('../../../src/agents/topic-discovery/fixtures/', import.meta.url));
}
/** Names of the bundled feeds (file names without extension), sorted. */
export function bundledFeedNames(dir = fixturesDir()) {
    return readdirSync(dir)
        .map((file) => file.replace(/\.(xml|rss|atom|json)$/, ''))
        .sort();
}
/**
 * Reads a bundled feed by name (`sample-feed` or `sample-feed.xml`), or returns
 * undefined when no such file exists. Names with path separators never match.
 */
export async function readBundledFeed(name, dir = fixturesDir()) {
    if (!FIXTURE_NAME.test(name))
        return undefined;
    for (const ext of EXTENSIONS) {
        const path = join(dir, name + ext);
        if (existsSync(path))
            return readFile(path, 'utf8');
    }
    return undefined;
}
//# sourceMappingURL=fixtures.js.map