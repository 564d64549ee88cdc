import { describe, expect, it } from 'vitest';
import { queueFullError } from '../../src/orchestrator/scheduler/priority-queue.js';
import { RunAdmission } from '../../src/orchestrator/workflow/engine/run-admission.js';
import { ResourceExhaustedError, Status, UnavailableError } from '../../src/sdk/errors.js';
function call(signal = new AbortController().signal) {
    return { deadline: new Date(Date.now() + 10_000), signal, traceContext: undefined };
}
/** A dispatcher whose unary fails with each of `errors` in turn, then succeeds. */
function failing(errors) {
    const d = {
        calls: 0,
        unary: () => {
            const err = errors[d.calls++];
            return err ? Promise.reject(err) : Promise.resolve({ entry: {}, response: Buffer.from('ok') });
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
        let refused;
        try {
            admission.admit();
        }
        catch (err) {
            refused = err;
        }
        expect(refused).toBeInstanceOf(ResourceExhaustedError);
        expect(refused.code).toBe(Status.RESOURCE_EXHAUSTED);
        expect(refused.message).toBe('the orchestrator is running its limit of 2 runs (TROUPE_MAX_ACTIVE_RUNS); retry later');
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
//# sourceMappingURL=run-admission.test.js.map