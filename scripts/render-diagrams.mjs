#!/usr/bin/env node
// Writes docs/machines/<name>.md (heading, one sentence, Mermaid diagram) for every
// <name>.machine.js in the built machine folders (dist/orchestrator/machines, dist/fleet).
// Build first:
//   npm run build && npm run diagrams
// test/unit/diagrams.test.ts fails when a committed page is out of date.
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where machines live, as source folders; the built ones are the same under dist/. */
const MACHINE_DIRS = ['orchestrator/machines', 'fleet'];
const mermaid = path.join(root, 'dist', 'sdk', 'machines', 'mermaid.js');
const docsDir = path.join(root, 'docs', 'machines');
const SUFFIX = '.machine.js';

if (!existsSync(mermaid)) {
  console.error(`render-diagrams: ${path.relative(root, mermaid)} is not built; run \`npm run build\` first`);
  process.exit(1);
}

const { machineDoc } = await import(pathToFileURL(mermaid).href);
await mkdir(docsDir, { recursive: true });

for (const dir of MACHINE_DIRS) {
  const built = path.join(root, 'dist', dir);
  const files = (await readdir(built)).filter((f) => f.endsWith(SUFFIX)).sort();
  for (const file of files) {
    const name = file.slice(0, -SUFFIX.length);
    const mod = await import(pathToFileURL(path.join(built, file)).href);
    const machines = Object.entries(mod).filter(([exportName]) => exportName.endsWith('Machine'));
    if (machines.length !== 1) {
      console.error(`render-diagrams: ${dir}/${file} must export exactly one *Machine, found ${machines.length}`);
      process.exit(1);
    }
    const [, machine] = machines[0];
    const out = path.join(docsDir, `${name}.md`);
    await writeFile(out, machineDoc(name, machine, `src/${dir}/${name}.machine.ts`));
    console.log(`render-diagrams: wrote ${path.relative(root, out)}`);
  }
}
