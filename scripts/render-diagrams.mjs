#!/usr/bin/env node
// Writes docs/machines/<name>.md (heading, one sentence, Mermaid diagram) for
// every dist/orchestrator/machines/<name>.machine.js. Build first:
//   npm run build && npm run diagrams
// test/unit/diagrams.test.ts fails when a committed page is out of date.
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const machinesDir = path.join(root, 'dist', 'orchestrator', 'machines');
const docsDir = path.join(root, 'docs', 'machines');
const SUFFIX = '.machine.js';

if (!existsSync(path.join(machinesDir, 'mermaid.js'))) {
  console.error(`render-diagrams: ${path.relative(root, machinesDir)} is not built; run \`npm run build\` first`);
  process.exit(1);
}

const { machineDoc } = await import(pathToFileURL(path.join(machinesDir, 'mermaid.js')).href);
const files = (await readdir(machinesDir)).filter((f) => f.endsWith(SUFFIX)).sort();
await mkdir(docsDir, { recursive: true });

for (const file of files) {
  const name = file.slice(0, -SUFFIX.length);
  const mod = await import(pathToFileURL(path.join(machinesDir, file)).href);
  const machines = Object.entries(mod).filter(([exportName]) => exportName.endsWith('Machine'));
  if (machines.length !== 1) {
    console.error(`render-diagrams: ${file} must export exactly one *Machine, found ${machines.length}`);
    process.exit(1);
  }
  const [, machine] = machines[0];
  const out = path.join(docsDir, `${name}.md`);
  await writeFile(out, machineDoc(name, machine));
  console.log(`render-diagrams: wrote ${path.relative(root, out)}`);
}
