/** Property-based tests: random DAGs validate, run every step once in dependency order; a back edge is a named cycle. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readySteps, runOutcome, validateDefinition, } from '../../src/orchestrator/workflow/definition/index.js';
const dagArb = fc
    .integer({ min: 1, max: 14 })
    .chain((n) => fc.record({
    deps: fc.tuple(...Array.from({ length: n }, (_, j) => fc.subarray(Array.from({ length: j }, (_, i) => i)))),
    written: fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
}));
const id = (i) => `s${i}`;
const outcomeArb = fc.constantFrom('succeeded', 'failed', 'skipped');
function definitionOf(dag, extra = () => ({})) {
    return {
        name: 'random',
        steps: dag.written.map((j) => ({
            id: id(j),
            capability: 'echo.say',
            depends_on: (dag.deps[j] ?? []).map(id),
            // Read every dependency, so reference checks are exercised too.
            input: Object.fromEntries((dag.deps[j] ?? []).map((i) => [id(i), `\${steps.${id(i)}.output}`])),
            ...extra(j),
        })),
    };
}
function compile(raw) {
    const result = validateDefinition(raw);
    if (!result.ok)
        throw new Error(result.problems.join('\n'));
    return result.definition;
}
describe('random DAGs', () => {
    it('validate, and readySteps runs every step exactly once, after its dependencies', () => {
        fc.assert(fc.property(dagArb, fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), (dag, choices) => {
            const w = compile(definitionOf(dag));
            expect(w.steps.map((s) => s.id).sort()).toEqual(dag.deps.map((_, i) => id(i)).sort());
            const state = {};
            const started = [];
            let turn = 0;
            const choose = (n) => (choices[turn++ % choices.length] ?? 0) % n;
            for (;;) {
                const { ready, blocked } = readySteps(w, state);
                expect(blocked).toEqual([]);
                for (const step of ready) {
                    for (const dep of step.dependsOn)
                        expect(state[dep]).toBe('succeeded');
                    expect(started).not.toContain(step.id);
                }
                // Start a random non-empty prefix of the ready steps, then finish one running step.
                for (const step of ready.slice(0, ready.length === 0 ? 0 : 1 + choose(ready.length))) {
                    state[step.id] = 'running';
                    started.push(step.id);
                }
                const running = Object.keys(state).filter((k) => state[k] === 'running');
                if (running.length === 0)
                    break;
                state[running[choose(running.length)]] = 'succeeded';
                const allDone = w.steps.every((s) => state[s.id] === 'succeeded');
                expect(runOutcome(w, state)).toBe(allDone ? 'completed' : 'running');
            }
            expect(started.sort()).toEqual(w.steps.map((s) => s.id).sort());
            expect(runOutcome(w, state)).toBe('completed');
        }), { numRuns: 120 });
    });
    it('with random failures, a step never runs after a fatal dependency failure, and the run ends', () => {
        fc.assert(fc.property(dagArb, fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), fc.array(outcomeArb, { minLength: 14, maxLength: 14 }), (dag, tolerant, results) => {
            const w = compile(definitionOf(dag, (j) => (tolerant[j] ? { continue_on: 'any' } : {})));
            const state = {};
            const blockedSeen = new Set();
            for (let guard = 0; guard <= w.steps.length; guard++) {
                const { ready, blocked } = readySteps(w, state);
                blocked.forEach((s) => blockedSeen.add(s.id));
                if (ready.length === 0)
                    break;
                for (const step of ready) {
                    for (const dep of step.dependsOn) {
                        const s = state[dep];
                        expect(s === 'succeeded' || s === 'skipped' || (s === 'failed' && w.stepsById.get(dep)?.continueOn === 'any')).toBe(true);
                    }
                    state[step.id] = results[Number(step.id.slice(1))] ?? 'succeeded';
                }
            }
            for (const step of w.steps)
                expect(state[step.id] !== undefined || blockedSeen.has(step.id)).toBe(true);
            const fatal = w.steps.some((s) => state[s.id] === 'failed' && s.continueOn === 'success');
            const warned = w.steps.some((s) => state[s.id] === 'failed');
            expect(runOutcome(w, state)).toBe(fatal ? 'failed' : warned ? 'completed_with_warnings' : 'completed');
        }), { numRuns: 200 });
    });
    it('adding a back edge yields a cycle problem naming a cycle through it', () => {
        const withPath = dagArb.filter((d) => d.deps.some((list) => list.length > 0));
        fc.assert(fc.property(withPath, fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), (dag, choices) => {
            // Walk back from some step with dependencies: i →* j exists, so j → i closes a cycle.
            const candidates = dag.deps.flatMap((list, j) => (list.length > 0 ? [j] : []));
            const j = candidates[(choices[0] ?? 0) % candidates.length];
            let i = j;
            const hops = 1 + ((choices[1] ?? 0) % 4);
            for (let k = 0; k < hops && (dag.deps[i]?.length ?? 0) > 0; k++) {
                const list = dag.deps[i];
                i = list[(choices[k + 2] ?? 0) % list.length];
            }
            expect(i).not.toBe(j);
            const deps = dag.deps.map((list, x) => (x === i ? [...list, j] : list));
            const result = validateDefinition(definitionOf({ ...dag, deps }));
            expect(result.ok).toBe(false);
            if (result.ok)
                return;
            const cycles = result.problems.filter((p) => p.startsWith('cycle: '));
            expect(cycles.length).toBeGreaterThan(0);
            expect(cycles).toEqual(result.problems); // nothing else is wrong
            expect(new Set(cycles).size).toBe(cycles.length);
            for (const problem of cycles) {
                const names = problem.slice('cycle: '.length).split(' → ');
                expect(names[0]).toBe(names[names.length - 1]);
                for (let k = 0; k + 1 < names.length; k++) {
                    const from = Number(names[k].slice(1));
                    const to = Number(names[k + 1].slice(1));
                    expect(deps[to]).toContain(from); // each arrow is a real edge: `to` depends on `from`
                }
                expect(problem).toContain(`${id(j)} → ${id(i)}`);
            }
        }), { numRuns: 200 });
    });
});
//# sourceMappingURL=workflow-properties.test.js.map