// Enforces the one-way dependency rule: agents → sdk ← orchestrator, fleet → sdk, cli → anything.
// sdk must not import orchestrator, agents, fleet or cli; orchestrator must not import agents, fleet
// or cli; agents must not import orchestrator, fleet or cli; fleet (the `troupe up` supervisor) uses
// the sdk only.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const forbidden = {
  sdk: ['orchestrator', 'agents', 'fleet', 'cli'],
  orchestrator: ['agents', 'fleet', 'cli'],
  agents: ['orchestrator', 'fleet', 'cli'],
  fleet: ['orchestrator', 'agents', 'cli'],
};

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

const problems = [];
for (const [area, banned] of Object.entries(forbidden)) {
  let files;
  try {
    files = [...walk(join(src, area))];
  } catch {
    continue;
  }
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const target = relative(src, resolve(dirname(file), m[1]));
      const top = target.split(/[\\/]/)[0];
      if (banned.includes(top)) problems.push(`${relative(root, file)} imports ${m[1]} (${area} must not depend on ${top})`);
    }
  }
}
if (problems.length > 0) {
  console.error(`Import boundary violations:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('import boundaries ok');
