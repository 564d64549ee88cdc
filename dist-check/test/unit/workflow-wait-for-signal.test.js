/** `wait_for_signal` steps: the shapes accepted, the messages for wrong ones, what compiles, and how progress counts a waiting step. */
import { describe, expect, it } from 'vitest';
import { parseDefinitionText, readySteps, runOutcome, validateDefinition } from '../../src/orchestrator/workflow/definition/index.js';
function text(approve) {
    return `
name: wf
steps:
  - id: draft
    capability: script.weave
  - id: approve
    depends_on: [draft]
${approve}
  - id: publish
    capability: web.harvest
    depends_on: [approve]
    input: { note: "\${steps.approve.output.comment}" }
`;
}
function problems(approve) {
    const result = validateDefinition(parseDefinitionText(text(approve)), { knownCapabilities: new Set(['script.weave', 'web.harvest']) });
    return result.ok ? [] : result.problems;
}
function compiled(approve) {
    const result = validateDefinition(parseDefinitionText(text(approve)));
    if (!result.ok)
        throw new Error(result.problems.join('\n'));
    const step = result.definition.stepsById.get('approve');
    if (!step)
        throw new Error('no step approve');
    return step;
}
describe('wait_for_signal: accepted shapes', () => {
    it('compiles the timeout and each on_timeout policy; no capability is needed (nor checked against the known ones)', () => {
        expect(compiled('    wait_for_signal: { timeout_ms: 60000 }')).toMatchObject({ capability: '', wait: { timeoutMs: 60000, onTimeout: { strategy: 'fail' } } });
        expect(compiled('    wait_for_signal: { on_timeout: skip }').wait).toEqual({ timeoutMs: undefined, onTimeout: { strategy: 'skip' } });
        expect(compiled('    wait_for_signal: {}').wait).toEqual({ timeoutMs: undefined, onTimeout: { strategy: 'fail' } });
        const use = compiled('    wait_for_signal: { timeout_ms: 5, on_timeout: { use: { comment: "timed out after ${steps.draft.output.words} words" } } }').wait;
        expect(use?.onTimeout.strategy).toBe('use');
        if (use?.onTimeout.strategy !== 'use')
            throw new Error('not use');
        expect(use.onTimeout.output.evaluate({ steps: { draft: { output: { words: 3 } } } })).toEqual({ comment: 'timed out after 3 words' });
        expect(problems('    wait_for_signal: { timeout_ms: 1000 }\n    when: "${steps.draft.output.needs_review}"\n    on_failure: { use: { comment: "" } }')).toEqual([]);
    });
    it('a step without wait_for_signal still calls a capability', () => {
        expect(compiled('    capability: script.weave').wait).toBeUndefined();
    });
});
describe('wait_for_signal: problems', () => {
    it('names a bad timeout, a bad policy and unknown keys, with did-you-mean', () => {
        expect(problems('    wait_for_signal: { timeout_ms: 0 }')).toEqual(['steps[1].wait_for_signal.timeout_ms: must be a whole number from 1 to 2592000000 (got 0)']);
        expect(problems('    wait_for_signal: { timeout_ms: 1.5 }')).toEqual(['steps[1].wait_for_signal.timeout_ms: must be a whole number from 1 to 2592000000 (got 1.5)']);
        expect(problems('    wait_for_signal: { on_timeout: skp }')[0]).toMatch(/^steps\[1\]\.wait_for_signal\.on_timeout: unknown policy "skp" \(did you mean "skip"\?/);
        expect(problems('    wait_for_signal: { on_timeout: use }')).toEqual(['steps[1].wait_for_signal.on_timeout: use needs the data to continue with, such as { use: { approved: false } }']);
        expect(problems('    wait_for_signal: { on_timeout: { usee: 1 } }')).toEqual(['steps[1].wait_for_signal.on_timeout.usee: unknown key (did you mean "use"?)']);
        expect(problems('    wait_for_signal: { timout_ms: 5 }')).toEqual(['steps[1].wait_for_signal.timout_ms: unknown key (did you mean "timeout_ms"?)']);
        expect(problems('    wait_for_signal: true')[0]).toMatch(/^steps\[1\]\.wait_for_signal: must be an object such as \{ timeout_ms: 3600000, on_timeout: fail \}/);
        expect(problems('    wait_for_signal: { on_timeout: { use: "${steps.publish.output}" } }')[0]).toMatch(/^steps\[1\]\.wait_for_signal\.on_timeout\.use: .*publish/);
    });
    it('refuses the keys of a task on a waiting step, and a step with neither capability nor wait_for_signal', () => {
        expect(problems('    capability: script.weave\n    wait_for_signal: {}')).toEqual([
            'steps[1].capability: a wait_for_signal step runs no task, so it takes no capability; remove it, or remove wait_for_signal',
        ]);
        expect(problems('    wait_for_signal: {}\n    timeout_ms: 5\n    retry: { max_attempts: 2 }')).toEqual([
            "steps[1].timeout_ms: a wait_for_signal step runs no task, so it takes no timeout_ms (the wait's own is wait_for_signal.timeout_ms); remove it, or remove wait_for_signal",
            'steps[1].retry: a wait_for_signal step runs no task, so it takes no retry; remove it, or remove wait_for_signal',
        ]);
        expect(problems('    description: nothing')).toEqual(['steps[1].capability: is required (or wait_for_signal, for a step that waits for SignalRun; or workflow, for a step that starts a child run)']);
        expect(problems('    wait_for_sigal: {}')).toContain('steps[1].wait_for_sigal: unknown key (did you mean "wait_for_signal"?)');
    });
});
describe('wait_for_signal: progress', () => {
    it('a waiting step holds its dependents and keeps the run going', () => {
        const result = validateDefinition(parseDefinitionText(text('    wait_for_signal: {}')));
        if (!result.ok)
            throw new Error(result.problems.join('\n'));
        const wf = result.definition;
        expect(readySteps(wf, { draft: 'succeeded', approve: 'waiting' }).ready).toEqual([]);
        expect(runOutcome(wf, { draft: 'succeeded', approve: 'waiting' })).toBe('running');
        expect(readySteps(wf, { draft: 'succeeded', approve: 'succeeded' }).ready.map((s) => s.id)).toEqual(['publish']);
    });
});
//# sourceMappingURL=workflow-wait-for-signal.test.js.map