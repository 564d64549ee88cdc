/** `on_failure` on a step: its shapes, the messages for wrong ones, and what compiles. */
import { describe, expect, it } from 'vitest';
import { parseDefinitionText, validateDefinition } from '../../src/orchestrator/workflow/definition/index.js';
function problems(onFailure, extra = '') {
    const text = `
name: wf
steps:
  - id: a
    capability: web.harvest
  - id: b
    capability: script.weave
    depends_on: [a]
    input: { text: "\${steps.a.output.text}" }
    on_failure: ${onFailure}
${extra}`;
    const result = validateDefinition(parseDefinitionText(text));
    return result.ok ? [] : result.problems;
}
function compiled(onFailure) {
    const result = validateDefinition(parseDefinitionText(`
name: wf
input: { required: [topic] }
steps:
  - id: a
    capability: web.harvest
  - id: b
    capability: script.weave
    depends_on: [a]
    on_failure: ${onFailure}
`));
    if (!result.ok)
        throw new Error(result.problems.join('\n'));
    const step = result.definition.stepsById.get('b');
    if (!step)
        throw new Error('no step b');
    return step;
}
const scope = { input: { topic: 'owls' }, steps: { a: { output: { text: 'hoot' }, status: 'succeeded' } }, run: { id: 'r', workflow: 'wf' } };
describe('on_failure shapes', () => {
    it('fail (and no on_failure) keeps the failure', () => {
        expect(compiled('fail').recovery).toBeUndefined();
        const result = validateDefinition(parseDefinitionText('name: wf\nsteps: [{ id: a, capability: web.harvest }]'));
        expect(result.ok && result.definition.stepsById.get('a')?.recovery).toBeUndefined();
    });
    it('skip gives a null output; skip with output gives a template evaluated in the step scope', () => {
        expect(compiled('skip').recovery?.strategy).toBe('skip');
        expect(compiled('skip').recovery?.output.evaluate(scope)).toBeNull();
        const step = compiled('{ skip: { output: { text: "about ${input.topic}", from: "${steps.a.output.text}" } } }');
        expect(step.recovery?.strategy).toBe('skip');
        expect(step.recovery?.output.evaluate(scope)).toEqual({ text: 'about owls', from: 'hoot' });
        expect(compiled('{ skip: null }').recovery?.output.evaluate(scope)).toBeNull();
    });
    it('use gives its data, a template too', () => {
        const step = compiled('{ use: { segments: [], topic: "${input.topic}" } }');
        expect(step.recovery?.strategy).toBe('use');
        expect(step.recovery?.output.evaluate(scope)).toEqual({ segments: [], topic: 'owls' });
        expect(compiled('{ use: 0 }').recovery?.output.evaluate(scope)).toBe(0);
    });
    it('keeps the definition as written', () => {
        const result = validateDefinition(parseDefinitionText('name: wf\nsteps: [{ id: a, capability: web.harvest, on_failure: { use: [1] } }]'));
        expect(result.ok && result.definition.definition.steps[0]?.on_failure).toEqual({ use: [1] });
    });
});
describe('on_failure problems', () => {
    it.each([
        ['skp', 'steps[1].on_failure: unknown strategy "skp" (did you mean "skip"? must be "fail", "skip", { skip: { output: … } } or { use: … })'],
        ['retry', 'steps[1].on_failure: unknown strategy "retry" (must be "fail", "skip", { skip: { output: … } } or { use: … })'],
        ['use', 'steps[1].on_failure: use needs the data to continue with, such as { use: { segments: [] } }'],
        ['3', 'steps[1].on_failure: must be "fail", "skip", { skip: { output: … } } or { use: … } (got 3)'],
        ['[skip]', 'steps[1].on_failure: must be "fail", "skip", { skip: { output: … } } or { use: … } (got a list)'],
        ['{}', 'steps[1].on_failure: must be "fail", "skip", { skip: { output: … } } or { use: … } (got an empty object)'],
        ['{ usee: 1 }', 'steps[1].on_failure.usee: unknown key (did you mean "use"?)'],
        ['{ fail: true }', 'steps[1].on_failure.fail: unknown key (write on_failure: fail, without an object)'],
        ['{ skip: {}, use: 1 }', 'steps[1].on_failure: give one of skip or use, not both'],
        ['{ skip: { outptu: 1 } }', 'steps[1].on_failure.skip.outptu: unknown key (did you mean "output"?)'],
        ['{ skip: 1 }', 'steps[1].on_failure.skip: must be an object such as { output: { text: "" } } (got 1)'],
    ])('on_failure: %s', (value, expected) => {
        expect(problems(value)).toEqual([expected]);
    });
    it('suggests on_failure for a misspelt key', () => {
        expect(problems('fail', '    on_failur: skip')).toEqual(['steps[1].on_failur: unknown key (did you mean "on_failure"?)']);
    });
    it('checks the templates: bad expressions, steps that are not dependencies, item/index', () => {
        expect(problems('{ use: "${inpt.x}" }')).toEqual([
            `steps[1].on_failure.use: unknown name 'inpt' at column 1 in "inpt.x"; did you mean "input"?`,
        ]);
        expect(problems('{ skip: { output: "${steps.c.output}" } }', '  - id: c\n    capability: web.harvest')).toEqual([
            'steps[1].on_failure.skip.output: refers to steps.c, which is not among its dependencies (add it to depends_on)',
        ]);
        const forEach = problems('{ use: "${item}" }', '    for_each: [1, 2]');
        expect(forEach).toEqual([
            `steps[1].on_failure.use: item is only defined in a for_each step (on_failure gives the whole step's output, not one item's), in "item"`,
        ]);
    });
    it('refuses on_failure together with continue_on: any', () => {
        expect(problems('skip', '    continue_on: any')).toEqual([
            'steps[1].on_failure: cannot be combined with continue_on: any (on_failure replaces the failure with an output; continue_on: any keeps the failure as a warning); keep one',
        ]);
        expect(problems('fail', '    continue_on: any')).toEqual([]);
    });
});
//# sourceMappingURL=workflow-on-failure.test.js.map