/** Workflow-level flow control fields: max_concurrent_runs and concurrency { key, limit }. */
import { describe, expect, it } from 'vitest';
import { parseDefinitionText, runConcurrencyKey, validateDefinition } from '../../src/orchestrator/workflow/definition/index.js';
const STEPS = 'steps: [{ id: a, capability: web.harvest }]';
const validate = (fields) => validateDefinition(parseDefinitionText(`name: wf\n${fields}\n${STEPS}`));
const problems = (fields) => {
    const r = validate(fields);
    return r.ok ? [] : r.problems;
};
describe('run-level flow control fields', () => {
    it('compiles max_concurrent_runs and the per-key concurrency', () => {
        const r = validate('max_concurrent_runs: 3\nconcurrency: { key: "${input.tenant}", limit: 2 }');
        if (!r.ok)
            throw new Error(r.problems.join('\n'));
        expect(r.definition.maxConcurrentRuns).toBe(3);
        expect(r.definition.runConcurrency?.limit).toBe(2);
        expect(runConcurrencyKey(r.definition, { tenant: 'acme' }, 'r1')).toBe('acme');
        expect(runConcurrencyKey(r.definition, { tenant: 7 }, 'r1')).toBe('7');
        expect(runConcurrencyKey(r.definition, {}, 'r1')).toBe('null');
        const plain = validate('');
        expect(plain.ok && [plain.definition.maxConcurrentRuns, plain.definition.runConcurrency]).toEqual([undefined, undefined]);
        expect(plain.ok && runConcurrencyKey(plain.definition, {}, 'r1')).toBeUndefined();
    });
    it.each([
        ['max_concurrent_runs: 0', 'max_concurrent_runs: must be a whole number from 1 to 100000 (got 0)'],
        ['max_concurent_runs: 2', 'max_concurent_runs: unknown key (did you mean "max_concurrent_runs"?)'],
        ['concurrency: 2', 'concurrency: must be an object such as { key: "${input.tenant}", limit: 2 } (got 2)'],
        ['concurrency: { key: "${input.t}", limt: 2 }', 'concurrency.limit: is required'],
        ['concurrency: { key: "${input.t}", limit: 2, limt: 2 }', 'concurrency.limt: unknown key (did you mean "limit"?)'],
        ['concurrency: { key: tenant, limit: 2 }', 'concurrency.key: must hold an expression over the input, such as "${input.tenant}" (got "tenant"; a constant key is max_concurrent_runs)'],
        ['concurrency: { key: "${steps.a.output}", limit: 1 }', 'concurrency.key: may read only input and run (it is evaluated when the run starts), not steps'],
        ['concurrency: { key: "${inpt.tenant}", limit: 1 }', 'concurrency.key: may read only input and run (it is evaluated when the run starts), not inpt (did you mean "input"?)'],
        ['concurrency: { key: "${inpt.tenant}-${rnu.id}", limit: 1 }', 'concurrency.key: may read only input and run (it is evaluated when the run starts), not inpt, rnu (did you mean "input"? did you mean "run"?)'],
        ['concurrency: { key: "${input.(}", limit: 1 }', `concurrency.key: unexpected '(' at column 7 in "input.("; expected a field name after '.'`],
    ])('%s', (fields, expected) => {
        expect(problems(fields)).toContain(expected);
    });
});
//# sourceMappingURL=workflow-run-limits.test.js.map