import { createActor, type Snapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { taskMachine } from '../../src/orchestrator/machines/task.machine.js';
import type { RunSnapshot } from '../../src/orchestrator/machines/run.machine.js';
import { RunTaskSnapshots } from '../../src/orchestrator/workflow/engine/run-task-snapshots.js';

type Steps = RunSnapshot['context']['steps'];
const input = (stepId: string) => ({ taskId: `r.${stepId}`, runId: 'r', stepId, capability: 'echo.say', maxAttempts: 2, initialBackoffMs: 100, maxBackoffMs: 1000, multiplier: 2, timeoutMs: 60_000 });
const step = (status: string) => ({ status, attempts: 1, taskIds: [], warnings: [] }) as unknown as Steps[string];

function started(stepId: string, finish: boolean) {
  const actor = createActor(taskMachine, { input: input(stepId) });
  actor.start();
  actor.send({ type: 'DISPATCH', at: 1, instanceId: 'echo-1', attempt: 1 });
  if (finish) actor.send({ type: 'SUCCEEDED', at: 2, output: { big: 'x'.repeat(500) }, attempt: 1 });
  return actor;
}

describe('RunTaskSnapshots.forRecord', () => {
  it('keeps a settled step\'s task compact (state and attempts) and a running step\'s task whole and restorable', () => {
    const tasks = new RunTaskSnapshots({}, () => undefined);
    tasks.track('r.a', started('a', true));
    tasks.track('r.b', started('b', false));
    const record = tasks.forRecord({ a: step('succeeded'), b: step('running') });

    const a = record['r.a'] as { status: string; value: string; context: Record<string, unknown> };
    expect(a.value).toBe('completed');
    expect(Object.keys(a.context).sort()).toEqual(['attempts', 'stepId', 'taskId']);
    expect(a.context.attempts).toMatchObject([{ attempt: 1, instanceId: 'echo-1', outcome: 'succeeded' }]);
    expect(JSON.stringify(a)).not.toContain('xxxx');

    const restored = createActor(taskMachine, { input: input('b'), snapshot: record['r.b'] as Snapshot<unknown> });
    restored.start();
    expect(restored.getSnapshot().value).toBe('dispatched');
    expect(restored.getSnapshot().context.policy.maxAttempts).toBe(2);
  });

  it('keeps a restored compact task as it was, and a restored task of a step still running whole', () => {
    const first = new RunTaskSnapshots({}, () => undefined);
    first.track('r.a', started('a', true));
    first.track('r.b', started('b', false));
    const steps = { a: step('succeeded'), b: step('running') };
    const stored = JSON.parse(JSON.stringify(first.forRecord(steps))) as Record<string, unknown>;

    const again = new RunTaskSnapshots(stored, () => undefined);
    expect(again.forRecord(steps)).toEqual(stored);
    expect(again.persisted('r.b')).toEqual(stored['r.b']);
  });
});

describe('RunTaskSnapshots.track', () => {
  it('reports a new task at once, but a restored one only when it moves on (the record already holds it)', () => {
    const first = new RunTaskSnapshots({}, () => undefined);
    first.track('r.b', started('b', false));
    const stored = JSON.parse(JSON.stringify(first.forRecord({ b: step('running') }))) as Record<string, unknown>;

    let changes = 0;
    const tasks = new RunTaskSnapshots(stored, () => changes++);
    const restored = createActor(taskMachine, { input: input('b'), snapshot: stored['r.b'] as Snapshot<unknown> });
    restored.start();
    tasks.track('r.b', restored);
    expect(changes, 'the restored snapshot is not written again').toBe(0);
    expect(tasks.persisted('r.b')).toEqual(taskMachine.getPersistedSnapshot(restored.getSnapshot()));
    restored.send({ type: 'SUCCEEDED', at: 3, output: 'ok', attempt: 1 });
    expect(changes).toBe(1);

    const fresh = started('c', false);
    tasks.track('r.c', fresh);
    expect(changes, 'a task the record does not hold is written').toBe(2);
  });
});
