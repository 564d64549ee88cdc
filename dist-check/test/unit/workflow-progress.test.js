/** What a run does next: readySteps, runOutcome and the step evaluation helpers. */
import { describe, expect, it } from 'vitest';
import { forEachItems, loadDefinition, missingInput, readySteps, runOutcome, runOutput, shouldRun, stepInput, stepScope, } from '../../src/orchestrator/workflow/definition/index.js';
const step = (id, extra = {}) => ({ id, capability: 'echo.say', ...extra });
/** a → b, a → c, b + c → d */
function diamond(continueOn = {}) {
    const co = (id) => (continueOn[id] ? { continue_on: continueOn[id] } : {});
    return loadDefinition({
        name: 'diamond',
        steps: [
            step('d', { depends_on: ['b', 'c'], ...co('d') }),
            step('b', { depends_on: ['a'], ...co('b') }),
            step('c', { depends_on: ['a'], ...co('c') }),
            step('a', co('a')),
        ],
    });
}
const ids = (next) => ({
    ready: next.ready.map((s) => s.id),
    blocked: next.blocked.map((s) => s.id),
});
describe('readySteps and runOutcome on a diamond', () => {
    const w = diamond();
    it('walks a → (b, c in parallel) → d to completion', () => {
        const trail = [
            [{}, ['a'], 'running'],
            [{ a: 'running' }, [], 'running'],
            [{ a: 'succeeded' }, ['b', 'c'], 'running'],
            [{ a: 'succeeded', b: 'succeeded', c: 'running' }, [], 'running'],
            [{ a: 'succeeded', b: 'succeeded', c: 'succeeded' }, ['d'], 'running'],
            [{ a: 'succeeded', b: 'succeeded', c: 'succeeded', d: 'succeeded' }, [], 'completed'],
        ];
        for (const [state, ready, outcome] of trail) {
            expect(ids(readySteps(w, state))).toEqual({ ready, blocked: [] });
            expect(runOutcome(w, state)).toBe(outcome);
        }
    });
    it('blocks dependents (transitively) of a step that failed without continue_on any, and fails the run', () => {
        expect(ids(readySteps(w, { a: 'failed' }))).toEqual({ ready: [], blocked: ['b', 'c', 'd'] });
        expect(runOutcome(w, { a: 'failed' })).toBe('failed');
        const state = { a: 'succeeded', b: 'failed', c: 'running' };
        expect(ids(readySteps(w, state))).toEqual({ ready: [], blocked: ['d'] });
        expect(runOutcome(w, state)).toBe('failed');
    });
    it('goes on past a failed continue_on: any step and completes with warnings', () => {
        const tolerant = diamond({ b: 'any' });
        const state = { a: 'succeeded', b: 'failed', c: 'succeeded' };
        expect(ids(readySteps(tolerant, state))).toEqual({ ready: ['d'], blocked: [] });
        expect(runOutcome(tolerant, state)).toBe('running');
        expect(runOutcome(tolerant, { ...state, d: 'succeeded' })).toBe('completed_with_warnings');
    });
    it('treats a skipped step as finished: its dependents run', () => {
        const state = { a: 'succeeded', b: 'skipped', c: 'succeeded' };
        expect(ids(readySteps(w, state))).toEqual({ ready: ['d'], blocked: [] });
        expect(runOutcome(w, { ...state, d: 'skipped' })).toBe('completed');
    });
});
describe('step evaluation', () => {
    const w = loadDefinition(`
name: landing-snippets
input: { required: [feed] }
steps:
  - id: discover
    capability: topic.discover
    input: { feed: "\${input.feed}", run: "\${run.id}" }
  - id: snippets
    capability: snippet.craft
    depends_on: [discover]
    for_each: "\${steps.discover.output.topics}"
    input: { topic: "\${item.title}", n: "\${index}", label: "#\${index} \${upper(item.title)}" }
  - id: compose
    capability: ui.compose
    depends_on: [snippets]
    when: "\${length(steps.snippets.output) > 0}"
    input: { cards: "\${steps.snippets.output}" }
output: { count: "\${length(steps.snippets.output)}", page: "\${steps.compose.output}" }
`);
    const [discover, snippets, compose] = w.steps;
    const run = { input: { feed: 'sample' }, run: { id: 'r1', workflow: w.name }, steps: {} };
    it('builds a plain step input from the run input and run', () => {
        expect(stepInput(discover, stepScope(run))).toEqual({ feed: 'sample', run: 'r1' });
        expect(forEachItems(discover, stepScope(run))).toBeUndefined();
    });
    it('fans a for_each step out, one input per item, and gathers outputs in item order', () => {
        const after = { ...run, steps: { discover: { status: 'succeeded', output: { topics: [{ title: 'a' }, { title: 'b' }] } } } };
        const items = forEachItems(snippets, stepScope(after)) ?? [];
        const inputs = items.map((item, index) => stepInput(snippets, stepScope(after, { item, index })));
        expect(inputs).toEqual([
            { topic: 'a', n: 0, label: '#0 A' },
            { topic: 'b', n: 1, label: '#1 B' },
        ]);
        const outputs = inputs.map((i) => `card ${String(i.topic)}`);
        const done = { ...after, steps: { ...after.steps, snippets: { status: 'succeeded', output: outputs } } };
        expect(shouldRun(compose, stepScope(done))).toBe(true);
        expect(stepInput(compose, stepScope(done))).toEqual({ cards: ['card a', 'card b'] });
        const finished = { ...done, steps: { ...done.steps, compose: { status: 'succeeded', output: { html: '<p/>' } } } };
        expect(runOutput(w, stepScope(finished))).toEqual({ count: 2, page: { html: '<p/>' } });
    });
    it('skips via when and treats a missing for_each list as empty', () => {
        const empty = { ...run, steps: { discover: { status: 'succeeded', output: {} } } };
        expect(forEachItems(snippets, stepScope(empty))).toEqual([]);
        const noCards = { ...empty, steps: { ...empty.steps, snippets: { status: 'succeeded', output: [] } } };
        expect(shouldRun(compose, stepScope(noCards))).toBe(false);
    });
    it('evaluates a when that reads item per item, any other when once per step', () => {
        const fan = loadDefinition({
            name: 'fan',
            steps: [
                step('per_item', { for_each: [1, 2, 3], when: '${item > 1}' }),
                step('once', { for_each: [1], when: '${input.go}' }),
                step('plain', { when: false }),
            ],
        });
        const [perItem, once, plain] = fan.steps;
        expect(perItem?.itemWhen).toBe(true);
        expect(once?.itemWhen).toBe(false);
        const base = { input: { go: true }, run: { id: 'r', workflow: 'fan' }, steps: {} };
        const kept = (forEachItems(perItem, stepScope(base)) ?? []).filter((item, index) => shouldRun(perItem, stepScope(base, { item, index })));
        expect(kept).toEqual([2, 3]);
        expect(shouldRun(once, stepScope(base))).toBe(true);
        expect(shouldRun(plain, stepScope(base))).toBe(false);
    });
    it('refuses a for_each value that is not a list', () => {
        const bad = { ...run, steps: { discover: { status: 'succeeded', output: { topics: 'x' } } } };
        expect(() => forEachItems(snippets, stepScope(bad))).toThrow('step "snippets": for_each must give a list, got string');
    });
    it('names the required input fields that are missing', () => {
        expect(missingInput(w, { feed: 'x' })).toEqual([]);
        expect(missingInput(w, { feed: null })).toEqual(['input.feed: is required by workflow "landing-snippets"']);
        expect(missingInput(w, 'text')).toEqual(['input: workflow "landing-snippets" needs an object with feed']);
    });
});
//# sourceMappingURL=workflow-progress.test.js.map