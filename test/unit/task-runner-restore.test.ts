import { ROOT_CONTEXT } from '@opentelemetry/api';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { TaskSpec } from '../../src/gen/troupe/v1/TaskSpec.js';
import type { DispatchCall, Dispatcher } from '../../src/orchestrator/dispatch/dispatcher.js';
import { taskMachine, upgradeTaskSnapshot, type TaskInput } from '../../src/orchestrator/machines/task.machine.js';
import { RunEventLog } from '../../src/orchestrator/workflow/engine/run-event-log.js';
import { runTask } from '../../src/orchestrator/workflow/engine/task-runner.js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { toValue } from '../../src/sdk/grpc/struct.js';
import { Status, TroupeError } from '../../src/sdk/index.js';
import { createLogger } from '../../src/sdk/telemetry/index.js';

// Resuming a task from a persisted snapshot (orchestrator restart or adoption):
// the attempt in flight is redone with the SAME number (same idempotency key),
// timers are re-armed from the absolute deadlines, a final task is not run again.

const logger = createLogger({ name: 'test', level: 'silent' });
const input: TaskInput & { runId: string; stepId: string } = {
  taskId: 'r1.s1',
  runId: 'r1',
  stepId: 's1',
  capability: 'probe.step',
  maxAttempts: 3,
  initialBackoffMs: 10,
  maxBackoffMs: 20,
  multiplier: 2,
  timeoutMs: 60_000,
};

/** A dispatcher that answers every unary call at once with `{ ok: key }`, recording the keys. */
function fakeDispatcher(): { dispatcher: Dispatcher; keys: string[] } {
  const keys: string[] = [];
  const serialize = loadProtos().agent.troupe.v1.AgentService.service.Execute.responseSerialize;
  const dispatcher = {
    async unary(spec: TaskSpec, call: DispatchCall) {
      keys.push(spec.idempotencyKey ?? '');
      call.onAttempt?.({ instanceId: 'agent-1' } as never, 1);
      return { entry: { instanceId: 'agent-1' }, response: serialize({ result: { output: toValue({ ok: spec.idempotencyKey ?? '' }) } }) };
    },
  } as unknown as Dispatcher;
  return { dispatcher, keys };
}

/**
 * A dispatcher whose calls follow `script` in turn: 'fail' rejects with a transient UNAVAILABLE,
 * a number answers `{ ok: key }` after that many ms; the keys are recorded.
 */
function scriptedDispatcher(script: ('fail' | number)[]): { dispatcher: Dispatcher; keys: string[] } {
  const keys: string[] = [];
  const serialize = loadProtos().agent.troupe.v1.AgentService.service.Execute.responseSerialize;
  const dispatcher = {
    async unary(spec: TaskSpec, call: DispatchCall) {
      const step = script[keys.length] ?? 0;
      keys.push(spec.idempotencyKey ?? '');
      call.onAttempt?.({ instanceId: 'agent-1' } as never, 1);
      if (step === 'fail') throw new TroupeError(Status.UNAVAILABLE, 'agent gone');
      await new Promise((resolve) => setTimeout(resolve, step));
      return { entry: { instanceId: 'agent-1' }, response: serialize({ result: { output: toValue({ ok: spec.idempotencyKey ?? '' }) } }) };
    },
  } as unknown as Dispatcher;
  return { dispatcher, keys };
}

function run(snapshot: unknown, dispatcher: Dispatcher, log = logger) {
  return runTask({
    input,
    taskInput: { n: 1 },
    stream: false,
    priority: 3,
    runDeadline: Date.now() + 60_000,
    signal: new AbortController().signal,
    parent: ROOT_CONTEXT,
    log: new RunEventLog(),
    dispatcher,
    logger: log,
    random: () => 0,
    snapshot,
  });
}

/** A persisted snapshot after `events` (each `at` defaults to now). */
function persisted(events: Parameters<ReturnType<typeof createActor<typeof taskMachine>>['send']>[0][]): unknown {
  const actor = createActor(taskMachine, { input }).start();
  for (const e of events) actor.send(e);
  const snapshot = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as unknown;
  actor.stop();
  return snapshot;
}

describe('runTask from a persisted snapshot', () => {
  it('redoes the attempt in flight with the same attempt number (same idempotency key)', async () => {
    const snapshot = persisted([{ type: 'DISPATCH', at: Date.now(), instanceId: 'old', attempt: 1 }]);
    const { dispatcher, keys } = fakeDispatcher();
    const outcome = await run(snapshot, dispatcher);
    expect(keys).toEqual(['r1/s1/1']);
    expect(outcome).toMatchObject({ status: 'completed', attempts: 1, output: { ok: 'r1/s1/1' } });
  });

  it('redoes an attempt that had already answered STARTED (in_progress)', async () => {
    const now = Date.now();
    const snapshot = persisted([
      { type: 'DISPATCH', at: now, instanceId: 'old', attempt: 1 },
      { type: 'FAILED', at: now, code: 14, message: 'gone', retryable: true, jitter: 0, attempt: 1 },
      { type: 'RETRY_DUE', at: now + 1000 },
      { type: 'DISPATCH', at: now + 1000, instanceId: 'old', attempt: 2 },
      { type: 'STARTED', at: now + 1000, attempt: 2 },
    ]);
    const { dispatcher, keys } = fakeDispatcher();
    const outcome = await run(snapshot, dispatcher);
    expect(keys).toEqual(['r1/s1/2']);
    expect(outcome).toMatchObject({ status: 'completed', attempts: 2 });
  });

  it('times out a restored attempt whose deadline passed meanwhile, then retries with the next number', async () => {
    const past = Date.now() - 120_000;
    const snapshot = persisted([{ type: 'DISPATCH', at: past, instanceId: 'old', attempt: 1 }]);
    const { dispatcher, keys } = fakeDispatcher();
    const outcome = await run(snapshot, dispatcher);
    expect(keys).toEqual(['r1/s1/2']);
    expect(outcome).toMatchObject({ status: 'completed', attempts: 2 });
  });

  it('re-arms a retry that became due while nobody ran the task', async () => {
    const past = Date.now() - 5000;
    const snapshot = persisted([
      { type: 'DISPATCH', at: past, instanceId: 'old', attempt: 1 },
      { type: 'FAILED', at: past, code: 14, message: 'gone', retryable: true, jitter: 0.5, attempt: 1 },
    ]);
    const { dispatcher, keys } = fakeDispatcher();
    const outcome = await run(snapshot, dispatcher);
    expect(keys).toEqual(['r1/s1/2']);
    expect(outcome).toMatchObject({ status: 'completed', attempts: 2 });
  });

  it('waits for a restored retry that is not due yet, then sends it', async () => {
    // Failed "in the future": the retry is due ~300 ms from now, so it is scheduled, not sent at once.
    const at = Date.now() + 300;
    const snapshot = persisted([
      { type: 'DISPATCH', at, instanceId: 'old', attempt: 1 },
      { type: 'FAILED', at, code: 14, message: 'gone', retryable: true, jitter: 0, attempt: 1 },
    ]);
    const { dispatcher, keys } = scriptedDispatcher([0]);
    const started = Date.now();
    const outcome = await run(snapshot, dispatcher);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(keys).toEqual(['r1/s1/2']);
    expect(outcome).toMatchObject({ status: 'completed', attempts: 2 });
  });

  it('does not fire a re-armed attempt timeout on a later attempt', async () => {
    // The attempt in flight times out 300 ms from now. Its redo fails at once, and the retry
    // (attempt 2) takes 600 ms: the old timer must not time attempt 2 out.
    const snapshot = persisted([{ type: 'DISPATCH', at: Date.now() - input.timeoutMs + 300, instanceId: 'old', attempt: 1 }]);
    const { dispatcher, keys } = scriptedDispatcher(['fail', 600]);
    const warnings: string[] = [];
    const watched = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });
    const outcome = await run(snapshot, dispatcher, watched);
    expect(keys).toEqual(['r1/s1/1', 'r1/s1/2']);
    expect(outcome).toMatchObject({ status: 'completed', attempts: 2, output: { ok: 'r1/s1/2' } });
    // Not even sent and refused: the timer saw the task had moved on (no illegal transition logged).
    expect(warnings).toEqual([]);
  });

  it('does not run a task whose snapshot is already completed', async () => {
    const now = Date.now();
    const snapshot = persisted([
      { type: 'DISPATCH', at: now, instanceId: 'old', attempt: 1 },
      { type: 'SUCCEEDED', at: now, output: { done: true }, attempt: 1 },
    ]);
    const { dispatcher, keys } = fakeDispatcher();
    const outcome = await run(snapshot, dispatcher);
    expect(keys).toEqual([]);
    expect(outcome).toMatchObject({ status: 'completed', attempts: 1, output: { done: true } });
  });

  it('resumes a snapshot written before the policy moved into context.policy (a run in flight across an upgrade)', async () => {
    const past = Date.now() - 5000;
    const current = persisted([
      { type: 'DISPATCH', at: past, instanceId: 'old', attempt: 1 },
      { type: 'FAILED', at: past, code: 14, message: 'gone', retryable: true, jitter: 0.5, attempt: 1 },
    ]) as { context: { policy: Record<string, unknown> } & Record<string, unknown> };
    const { policy, ...flat } = current.context;
    const old = { ...current, context: { ...flat, ...policy } };
    expect(upgradeTaskSnapshot(old)).toEqual(current);
    expect(upgradeTaskSnapshot(current)).toBe(current);
    const { dispatcher, keys } = fakeDispatcher();
    const outcome = await run(old, dispatcher);
    expect(keys).toEqual(['r1/s1/2']);
    expect(outcome).toMatchObject({ status: 'completed', attempts: 2 });
  });
});

describe('idempotency keys of run tasks', () => {
  it('are run/step/attempt, naming the item for a for_each step', async () => {
    const { idempotencyKey } = await import('../../src/orchestrator/workflow/engine/task-runner.js');
    expect(idempotencyKey('r1', 'forge', 'r1.forge', 2)).toBe('r1/forge/2');
    expect(idempotencyKey('r1', 'snippets', 'r1.snippets.3', 1)).toBe('r1/snippets.3/1');
  });
});
