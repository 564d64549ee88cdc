import { readFileSync } from 'node:fs';

/**
 * The installed package's version, from its package.json (src/cli and dist/cli are both
 * two levels below the package root).
 */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  if (typeof manifest.version !== 'string') throw new Error('package.json has no version');
  return manifest.version;
}
