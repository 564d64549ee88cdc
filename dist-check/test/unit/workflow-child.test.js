/** `workflow` steps (child runs): the shapes accepted, the messages for wrong ones, what compiles, the cycle check, the idempotency key. */
import { describe, expect, it } from 'vitest';
import { childCycleProblem, childWorkflowsOf, findChildCycle, parseDefinitionText, validateDefinition } from '../../src/orchestrator/workflow/definition/index.js';
import { childKey } from '../../src/orchestrator/workflow/engine/child-runs.js';
import { endOfReport } from '../../src/orchestrator/workflow/engine/child-host.js';
function text(episode, name = 'show') {
    return `
name: ${name}
steps:
  - id: plan
    capability: script.weave
  - id: episode
    depends_on: [plan]
${episode}
output: "\${steps.episode.output}"
`;
}
function problems(episode, name) {
    const result = validateDefinition(parseDefinitionText(text(episode, name)), { knownCapabilities: new Set(['script.weave']) });
    return result.ok ? [] : result.problems;
}
function compiled(episode) {
    const result = validateDefinition(parseDefinitionText(text(episode)), { knownCapabilities: new Set(['script.weave']) });
    if (!result.ok)
        throw new Error(result.problems.join('\n'));
    return result.definition.stepsById.get('episode');
}
describe('workflow steps: accepted shapes', () => {
    it('compiles a child workflow with its input, fan-out, timeout and retry; no capability is needed (nor checked)', () => {
        const step = compiled('    workflow: podcast\n    for_each: "${steps.plan.output.topics}"\n    concurrency: 2\n    input: { topic: "${item}", n: "${index}" }\n    timeout_ms: 600000\n    retry: { max_attempts: 2 }\n    on_failure: { use: null }');
        expect(step).toMatchObject({ capability: '', childWorkflow: 'podcast', wait: undefined, concurrency: 2, timeoutMs: 600000, retry: { maxAttempts: 2 } });
        expect(step.forEach).toBeDefined();
        expect(compiled('    workflow: podcast\n    continue_on: any')).toMatchObject({ childWorkflow: 'podcast', continueOn: 'any' });
    });
    it('a capability step has no child workflow', () => {
        expect(compiled('    capability: script.weave').childWorkflow).toBeUndefined();
    });
});
describe('workflow steps: refused shapes, each with an actionable message', () => {
    it('refuses a bad workflow name', () => {
        expect(problems('    workflow: Not A Name')).toEqual([expect.stringMatching(/^steps\[1\]\.workflow: must match/)]);
        expect(problems('    workflow: { name: podcast }')).toEqual([expect.stringMatching(/^steps\[1\]\.workflow: must be a workflow name/)]);
    });
    it('refuses a step that has two kinds', () => {
        expect(problems('    workflow: podcast\n    capability: script.weave')).toEqual([
            'steps[1]: has capability and workflow; a step calls a capability, starts a workflow or waits for a signal, so keep one',
        ]);
        expect(problems('    workflow: podcast\n    wait_for_signal: {}')[0]).toMatch(/has workflow and wait_for_signal/);
    });
    it('refuses the keys that only a capability call takes', () => {
        expect(problems('    workflow: podcast\n    stream: true\n    fallback: { capability: script.weave }')).toEqual([
            'steps[1].fallback: a workflow step starts a child run, not a capability, so it takes no fallback; remove it',
            'steps[1].stream: a workflow step starts a child run, not a capability, so it takes no stream; remove it',
        ]);
    });
    it('refuses a workflow that starts itself', () => {
        expect(problems('    workflow: show', 'show')).toEqual([
            'steps[1].workflow: workflow "show" would start itself (runs would nest without end); start another workflow',
        ]);
    });
    it('checks the child input like any step input (dependencies, item outside for_each)', () => {
        expect(problems('    workflow: podcast\n    input: { topic: "${item}" }')).toEqual([expect.stringMatching(/steps\[1\]\.input.*item/)]);
        expect(problems('    workflow: podcast\n    input: { topic: "${steps.nope.output}" }')).toEqual([expect.stringMatching(/steps\[1\]\.input.*nope/)]);
    });
    it('the required-kind message names all three kinds', () => {
        expect(problems('    description: nothing')).toEqual([
            'steps[1].capability: is required (or wait_for_signal, for a step that waits for SignalRun; or workflow, for a step that starts a child run)',
        ]);
    });
});
describe('child workflow cycles', () => {
    const calls = { a: ['b'], b: ['c'], c: [], d: ['a', 'd2'], d2: [] };
    const of = (name) => calls[name] ?? [];
    it('finds the cycle a new definition would close, and names it', () => {
        expect(findChildCycle('c', (n) => (n === 'c' ? ['a'] : of(n)))).toEqual(['c', 'a', 'b', 'c']);
        expect(findChildCycle('a', of)).toBeUndefined();
        expect(findChildCycle('d', of)).toBeUndefined();
        expect(findChildCycle('x', (n) => (n === 'x' ? ['x'] : []))).toEqual(['x', 'x']);
    });
    it('terminates on cycles that do not involve the new workflow', () => {
        expect(findChildCycle('z', (n) => (n === 'z' ? ['p'] : n === 'p' ? ['q'] : n === 'q' ? ['p'] : []))).toBeUndefined();
    });
    it('childCycleProblem checks a definition against the registered ones', () => {
        const registered = [
            { name: 'outer', source: { name: 'outer', steps: [{ id: 's', workflow: 'inner' }] } },
            { name: 'inner', source: { name: 'inner', steps: [{ id: 's', capability: 'x.y' }] } },
        ];
        const inner = { name: 'inner', steps: [{ id: 's', workflow: 'outer' }] };
        expect(childCycleProblem('inner', inner, registered)).toBe('steps: workflow inner would start itself through child runs (inner → outer → inner); runs would nest without end, so one of them must start another workflow');
        expect(childCycleProblem('inner', registered[1].source, registered)).toBeUndefined();
        expect(childWorkflowsOf({ steps: [{ workflow: 'a' }, { workflow: 'a' }, { capability: 'b' }, null, 'x'] })).toEqual(['a']);
        expect(childWorkflowsOf('garbage')).toEqual([]);
    });
});
describe('child runs: keys and ends', () => {
    it('the idempotency key names the parent, the step, the item and a retry attempt', () => {
        expect(childKey('r1', 'episode', undefined, 1)).toBe('child:r1:episode');
        expect(childKey('r1', 'episode', 3, 1)).toBe('child:r1:episode:3');
        expect(childKey('r1', 'episode', 3, 2)).toBe('child:r1:episode:3@2');
    });
    it('reads a finished run report as its end; an unfinished one as none', () => {
        expect(endOfReport({ status: 'running' })).toBeUndefined();
        expect(endOfReport({ status: 'completed', output: { a: 1 } })).toEqual({ status: 'completed', output: { a: 1 }, error: undefined });
        expect(endOfReport({ status: 'completed' })).toEqual({ status: 'completed', output: null, error: undefined });
        expect(endOfReport({ status: 'failed', error: 'step x failed' })).toMatchObject({ status: 'failed', error: 'step x failed' });
        expect(endOfReport({ status: 'cancelled', cancelReason: 'by hand' })).toMatchObject({ status: 'cancelled', error: 'by hand' });
        expect(endOfReport(null)).toBeUndefined();
    });
});
//# sourceMappingURL=workflow-child.test.js.map