import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { taskMachine } from '../../src/orchestrator/machines/task.machine.js';
import { RunTaskSnapshots } from '../../src/orchestrator/workflow/engine/run-task-snapshots.js';
const input = (stepId) => ({ taskId: `r.${stepId}`, runId: 'r', stepId, capability: 'echo.say', maxAttempts: 2, initialBackoffMs: 100, maxBackoffMs: 1000, multiplier: 2, timeoutMs: 60_000 });
const step = (status) => ({ status, attempts: 1, taskIds: [], warnings: [] });
function started(stepId, finish) {
    const actor = createActor(taskMachine, { input: input(stepId) });
    actor.start();
    actor.send({ type: 'DISPATCH', at: 1, instanceId: 'echo-1', attempt: 1 });
    if (finish)
        actor.send({ type: 'SUCCEEDED', at: 2, output: { big: 'x'.repeat(500) }, attempt: 1 });
    return actor;
}
describe('RunTaskSnapshots.forRecord', () => {
    it('keeps a settled step\'s task compact (state and attempts) and a running step\'s task whole and restorable', () => {
        const tasks = new RunTaskSnapshots({}, () => undefined);
        tasks.track('r.a', started('a', true));
        tasks.track('r.b', started('b', false));
        const record = tasks.forRecord({ a: step('succeeded'), b: step('running') });
        const a = record['r.a'];
        expect(a.value).toBe('completed');
        expect(Object.keys(a.context).sort()).toEqual(['attempts', 'stepId', 'taskId']);
        expect(a.context.attempts).toMatchObject([{ attempt: 1, instanceId: 'echo-1', outcome: 'succeeded' }]);
        expect(JSON.stringify(a)).not.toContain('xxxx');
        const restored = createActor(taskMachine, { input: input('b'), snapshot: record['r.b'] });
        restored.start();
        expect(restored.getSnapshot().value).toBe('dispatched');
        expect(restored.getSnapshot().context.policy.maxAttempts).toBe(2);
    });
    it('keeps a restored compact task as it was, and a restored task of a step still running whole', () => {
        const first = new RunTaskSnapshots({}, () => undefined);
        first.track('r.a', started('a', true));
        first.track('r.b', started('b', false));
        const steps = { a: step('succeeded'), b: step('running') };
        const stored = JSON.parse(JSON.stringify(first.forRecord(steps)));
        const again = new RunTaskSnapshots(stored, () => undefined);
        expect(again.forRecord(steps)).toEqual(stored);
        expect(again.persisted('r.b')).toEqual(stored['r.b']);
    });
});
//# sourceMappingURL=run-task-snapshots.test.js.map