// Bundles the operator console (web/console/) into dist/console/ — index.html, console.js,
// console.css — served by the orchestrator at /console. Part of `npm run build`; no CDN, the
// bundle holds everything the page loads (Preact included).
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'web', 'console');

/** Builds the console into `outdir` (default dist/console); resolves with the bundle's sizes in bytes. */
export async function buildConsole(outdir = join(root, 'dist', 'console')) {
  await mkdir(outdir, { recursive: true });
  const result = await build({
    entryPoints: { console: join(source, 'src', 'main.tsx') }, // its CSS import becomes console.css
    outdir,
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome110', 'firefox110', 'safari16'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  await copyFile(join(source, 'index.html'), join(outdir, 'index.html'));
  return Object.fromEntries(Object.entries(result.metafile.outputs).map(([file, out]) => [file.split('/').pop(), out.bytes]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildConsole();
  console.log(`console built: ${Object.entries(sizes).map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KiB`).join(', ')}`);
}
