import { readFileSync } from 'node:fs';
/**
 * The installed package's version, from its package.json (src/cli and dist/cli are both
 * two levels below the package root).
 */
export function packageVersion() {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    if (typeof manifest.version !== 'string')
        throw new Error('package.json has no version');
    return manifest.version;
}
//# sourceMappingURL=version.js.map