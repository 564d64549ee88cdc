/** Which steps a replay from a failed step reuses (run-reuse.ts), and how a report marks them. */
import { describe, expect, it } from 'vitest';
import { loadDefinition } from '../../src/orchestrator/workflow/definition/index.js';
import { reusableOutputs, StepReuser } from '../../src/orchestrator/workflow/engine/run-reuse.js';
const step = (id, extra = {}) => ({ id, capability: 'echo.say', ...extra });
/** a → b, a → c, b + c → d, d → e; x stands alone. Written out of order: compiled steps come after their dependencies. */
const workflow = loadDefinition({
    name: 'replayable',
    steps: [step('e', { depends_on: ['d'] }), step('d', { depends_on: ['b', 'c'] }), step('b', { depends_on: ['a'] }), step('c', { depends_on: ['a'] }), step('a'), step('x')],
});
const ran = (statuses) => Object.entries(statuses).map(([id, status]) => ({ id, status, ...(status === 'succeeded' ? { output: { from: id } } : {}) }));
describe('reusableOutputs', () => {
    it('reuses the succeeded steps that do not depend on the failed one, with their outputs', () => {
        const original = ran({ a: 'succeeded', b: 'succeeded', c: 'failed', d: 'skipped', e: 'skipped', x: 'succeeded' });
        expect(reusableOutputs(workflow.steps, original, 'c')).toEqual({ a: { from: 'a' }, b: { from: 'b' }, x: { from: 'x' } });
    });
    it('never reuses the failed step or anything downstream of it, even when it had succeeded', () => {
        // b failed with continue_on: any and d, e still ran: replaying from b redoes b, d and e.
        const original = ran({ a: 'succeeded', b: 'failed', c: 'succeeded', d: 'succeeded', e: 'succeeded', x: 'succeeded' });
        expect(Object.keys(reusableOutputs(workflow.steps, original, 'b')).sort()).toEqual(['a', 'c', 'x']);
        // A dead letter of a step that is reported succeeded (a for_each item's task, say) still reruns it.
        expect(Object.keys(reusableOutputs(workflow.steps, ran({ a: 'succeeded', b: 'succeeded', c: 'succeeded', d: 'succeeded', e: 'succeeded' }), 'd')).sort()).toEqual(['a', 'b', 'c']);
    });
    it('reruns a step that was skipped, recovered by on_failure, or never finished, and what depends on it', () => {
        const original = ran({ a: 'recovered', b: 'succeeded', c: 'succeeded', d: 'failed', x: 'skipped' });
        expect(reusableOutputs(workflow.steps, original, 'd')).toEqual({});
        expect(reusableOutputs(workflow.steps, ran({ a: 'succeeded', b: 'running', c: 'succeeded', d: 'pending' }), 'c')).toEqual({ a: { from: 'a' } });
    });
    it('keeps a null output as null, and reuses nothing when the failed step is a root', () => {
        expect(reusableOutputs(workflow.steps, [{ id: 'a', status: 'succeeded' }, { id: 'b', status: 'failed' }], 'b')).toEqual({ a: null });
        expect(reusableOutputs(workflow.steps, ran({ a: 'failed' }), 'a')).toEqual({});
    });
});
describe('StepReuser', () => {
    it('keeps the reused outputs in the record only while the run has not started', () => {
        const reuser = StepReuser.of({ fromRunId: 'r1', stepId: 'c', outputs: { a: 1, b: { k: 2 } } }, undefined);
        expect(reuser.forRecord('pending')).toEqual({ runId: 'r1', stepId: 'c', reused: ['a', 'b'], outputs: { a: 1, b: { k: 2 } } });
        expect(reuser.forRecord('running')).toEqual({ runId: 'r1', stepId: 'c', reused: ['a', 'b'] });
        expect(StepReuser.of(undefined, undefined)).toBeUndefined();
        expect(StepReuser.of(undefined, { runId: 'r1', stepId: 'c', reused: ['a'], outputs: { a: 1 } }).forRecord('pending')).toEqual({ runId: 'r1', stepId: 'c', reused: ['a'], outputs: { a: 1 } });
    });
    it('marks a report: replayOf, and reused steps without their placeholder task', () => {
        const report = { status: 'completed', steps: [{ id: 'a', taskIds: ['n.a'], tasks: [{ taskId: 'n.a', attempts: [] }] }, { id: 'c', taskIds: ['t'], tasks: [] }] };
        expect(StepReuser.mark(report, { runId: 'r1', stepId: 'c', reused: ['a'] })).toEqual({
            status: 'completed',
            replayOf: { runId: 'r1', stepId: 'c' },
            steps: [{ id: 'a', taskIds: [], tasks: [], reused: true, reusedFrom: 'r1' }, { id: 'c', taskIds: ['t'], tasks: [] }],
        });
        expect(StepReuser.mark(report, undefined)).toBe(report);
    });
});
//# sourceMappingURL=run-reuse.test.js.map