import { describe, expect, it, vi } from 'vitest';
import { queueFullError } from '../../src/orchestrator/scheduler/priority-queue.js';
import { RunAdmission, type StepDispatcher } from '../../src/orchestrator/workflow/engine/run-admission.js';
import { ResourceExhaustedError, Status, UnavailableError } from '../../src/sdk/errors.js';

type Call = Parameters<StepDispatcher['unary']>[1];

function call(signal: AbortSignal = new AbortController().signal): Call {
  return { deadline: new Date(Date.now() + 10_000), signal, traceContext: undefined as never };
}

/** A dispatcher whose unary fails with each of `errors` in turn, then succeeds. */
function failing(errors: Error[]): StepDispatcher & { calls: number } {
  const d = {
    calls: 0,
    unary: () => {
      const err = errors[d.calls++];
      return err ? Promise.reject(err) : Promise.resolve({ entry: {} as never, response: Buffer.from('ok') });
    },
    openStream: () => Promise.reject(new Error('not used')),
  };
  return d;
}

describe('RunAdmission', () => {
  it('refuses a run at the limit with RESOURCE_EXHAUSTED naming it, and admits again once one is released', () => {
    const admission = new RunAdmission({ maxActiveRuns: 2 });
    const first = admission.admit();
    admission.admit();
    let refused: unknown;
    try {
      admission.admit();
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(ResourceExhaustedError);
    expect((refused as ResourceExhaustedError).code).toBe(Status.RESOURCE_EXHAUSTED);
    expect((refused as Error).message).toBe('the orchestrator is running its limit of 2 runs (TROUPE_MAX_ACTIVE_RUNS); retry later');
    first();
    first(); // idempotent
    expect(admission.active).toBe(1);
    expect(() => admission.admit()).not.toThrow();
  });

  it('counts adopted runs without refusing them', () => {
    const admission = new RunAdmission({ maxActiveRuns: 1 });
    admission.admit();
    admission.count();
    expect(admission.active).toBe(2);
    expect(() => admission.admit()).toThrow(/limit of 1 runs/);
  });

  it('a run step that finds the task queue full waits and tries again instead of failing', async () => {
    const admission = new RunAdmission({ maxRetryMs: 5 });
    const inner = failing([queueFullError(1000), queueFullError(1000), queueFullError(1000)]);
    const result = await admission.gate(inner).unary({}, call());
    expect(result.response.toString()).toBe('ok');
    expect(inner.calls).toBe(4);
    expect(admission.queueWaits).toBe(3);
  });

  it('waits 10 ms, then twice as long each time, up to maxRetryMs', async () => {
    vi.useFakeTimers();
    try {
      const admission = new RunAdmission({ maxRetryMs: 1_000 });
      const inner = failing([queueFullError(1000), queueFullError(1000), queueFullError(1000)]);
      let done = false;
      const pending = admission.gate(inner).unary({}, call()).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(69);
      expect([inner.calls, done]).toEqual([3, false]); // tried at 0, 10, 30 ms
      await vi.advanceTimersByTimeAsync(1); // 10 + 20 + 40 = 70 ms
      expect([inner.calls, done]).toEqual([4, true]);
      await pending;
    } finally {
      vi.useRealTimers();
    }
  });

  it('other errors (an agent at capacity, no instance) go to the step at once', async () => {
    const admission = new RunAdmission();
    const busy = new ResourceExhaustedError('every active instance of "x" is over its rate limit; retry shortly', { capability: 'x' });
    await expect(admission.gate(failing([busy])).unary({}, call())).rejects.toBe(busy);
    const gone = new UnavailableError('no active instance');
    await expect(admission.gate(failing([gone])).unary({}, call())).rejects.toBe(gone);
    expect(admission.queueWaits).toBe(0);
  });

  it('stops waiting when the step is aborted', async () => {
    const admission = new RunAdmission({ maxRetryMs: 60_000 });
    const controller = new AbortController();
    const full = queueFullError(10);
    const inner = failing(Array.from({ length: 100 }, () => full));
    const pending = admission.gate(inner).unary({}, call(controller.signal));
    controller.abort('run cancelled');
    await expect(pending).rejects.toBe(full);
  });
});
