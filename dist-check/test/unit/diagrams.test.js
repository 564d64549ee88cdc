/**
 * docs/machines/<name>.md must match what `npm run diagrams` would write for
 * every <name>.machine.ts in src/orchestrator/machines and src/fleet (found on
 * disk, so new machines are checked without touching this file).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { machineDoc, toMermaid } from '../../src/sdk/machines/mermaid.js';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Source folders holding machines (scripts/render-diagrams.mjs reads the same list). */
const MACHINE_DIRS = ['src/orchestrator/machines', 'src/fleet'];
const DOCS_DIR = path.join(ROOT, 'docs/machines');
const SUFFIX = '.machine.ts';
/** Machine name → its source folder. */
const SOURCES = new Map(MACHINE_DIRS.flatMap((dir) => readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(SUFFIX))
    .map((f) => [f.slice(0, -SUFFIX.length), dir])));
const NAMES = [...SOURCES.keys()].sort();
const sourceOf = (name) => `${SOURCES.get(name) ?? ''}/${name}${SUFFIX}`;
async function loadMachine(name) {
    const mod = (await import(pathToFileURL(path.join(ROOT, sourceOf(name))).href));
    const found = Object.entries(mod).filter(([exportName]) => exportName.endsWith('Machine'));
    expect(found.map(([n]) => n), `${name}${SUFFIX} must export exactly one *Machine`).toHaveLength(1);
    return found[0]?.[1];
}
describe('machine diagrams', () => {
    it('finds the machines', () => {
        expect(NAMES).toEqual(expect.arrayContaining(['agent-lifecycle', 'fleet-agent']));
    });
    it.each(NAMES)('docs/machines/%s.md is up to date', async (name) => {
        const file = path.join(DOCS_DIR, `${name}.md`);
        const expected = machineDoc(name, await loadMachine(name), sourceOf(name));
        const actual = existsSync(file) ? readFileSync(file, 'utf8') : '';
        expect(actual, `docs/machines/${name}.md is stale or missing: run \`npm run build && npm run diagrams\``).toBe(expected);
    });
});
describe('toMermaid', () => {
    const machine = createMachine({
        id: 'door',
        initial: 'closed',
        states: {
            closed: { on: { OPEN: { target: 'open', guard: 'unlocked' }, KNOCK: {}, LOCK: { actions: 'lock' } } },
            open: { after: { 1000: 'closed' }, on: { SLAM: 'gone' } },
            gone: { type: 'final' },
        },
    });
    it('renders initial, final, guarded, timed and targetless transitions', () => {
        expect(toMermaid(machine, 'Door')).toBe([
            '---',
            'title: Door',
            '---',
            'stateDiagram-v2',
            '  [*] --> closed',
            '  state "closed" as closed',
            '  state "open" as open',
            '  state "gone" as gone',
            '  gone --> [*]',
            '  closed --> closed : LOCK',
            '  closed --> open : OPEN [unlocked]',
            '  open --> gone : SLAM',
            '  open --> closed : after 1000',
            '',
        ].join('\n'));
    });
});
//# sourceMappingURL=diagrams.test.js.map