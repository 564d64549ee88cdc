import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** Where the bundled definitions are: next to this module in src/ (dist/ has no YAML, so it looks in src/). */
function workflowsDir() {
    const here = dirname(fileURLToPath(import.meta.url));
    return here.includes(join('dist', 'agents')) ? here.replace(join('dist', 'agents'), join('src', 'agents')) : here;
}
/** The example workflows shipped with Troupe (`full-podcast`, `landing-snippets`) as YAML text, by file name. */
export async function builtinWorkflows() {
    const dir = workflowsDir();
    const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
    return Promise.all(files.map(async (file) => ({ file: join(dir, file), text: await readFile(join(dir, file), 'utf8') })));
}
//# sourceMappingURL=index.js.map