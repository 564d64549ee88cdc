#!/usr/bin/env node
// The `troupe` command: runs the compiled CLI from dist/ (see src/cli/main.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('troupe: dist/cli/main.js is missing; run `npm run build` first\n');
  process.exit(1);
}
const { runAsProcess } = await import(entry.href);
await runAsProcess(process.argv.slice(2));
