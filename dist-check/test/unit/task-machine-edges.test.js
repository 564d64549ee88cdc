/**
 * The task machine's edges that its transition-table walk does not pin down: what a
 * failure records, how the policy is clamped, what `taskOutcome` reports from sparse
 * snapshots (old records, defensive defaults), and how `upgradeTaskSnapshot` treats
 * records that are not old-shaped. Each test was written for a mutant that survived
 * the unit tests (docs/testing.md).
 */
import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { taskMachine, taskOutcome, upgradeTaskSnapshot } from '../../src/orchestrator/machines/task.machine.js';
const INPUT = {
    taskId: 'task-1',
    capability: 'tts.speak',
    maxAttempts: 1,
    initialBackoffMs: 100,
    maxBackoffMs: 1_000,
    multiplier: 2,
    timeoutMs: 5_000,
};
function start(input = {}) {
    const clock = new SimulatedClock();
    const actor = createActor(taskMachine, { input: { ...INPUT, ...input }, clock }).start();
    return { clock, actor, ctx: () => actor.getSnapshot().context };
}
/** A snapshot in a given state with a sparse context, as an old or odd record could hold. */
function sparse(value, context) {
    const base = start().actor.getSnapshot();
    return { ...base, value, context: { ...base.context, ...context } };
}
describe('task machine edges', () => {
    it('a failed task ends when its last failure happened, with its deadlines cleared', () => {
        const t = start();
        t.clock.set(40);
        t.actor.send({ type: 'DISPATCH', at: 40, instanceId: 'a', attempt: 1 });
        t.clock.set(42);
        t.actor.send({ type: 'FAILED', at: 42, code: 3, message: 'bad input', retryable: false, jitter: 0.5 });
        expect(t.ctx()).toMatchObject({ endedAt: 42, deadlineAt: null, retryAt: null });
        expect(taskOutcome(t.actor.getSnapshot())).toMatchObject({ status: 'failed', code: 3, message: 'bad input', endedAt: 42 });
    });
    it("a timeout says the policy's timeout in its message", () => {
        const t = start({ timeoutMs: 1_234 });
        t.actor.send({ type: 'DISPATCH', at: 0, instanceId: 'a', attempt: 1 });
        t.clock.increment(1_234);
        expect(taskOutcome(t.actor.getSnapshot())).toMatchObject({ status: 'failed', code: 4, message: 'attempt timed out after 1234 ms' });
    });
    it('keeps a small maxBackoffMs and caps a huge one at the longest timer', () => {
        expect(start({ maxBackoffMs: 100 }).ctx().policy.maxBackoffMs).toBe(100);
        expect(start({ maxBackoffMs: -5 }).ctx().policy.maxBackoffMs).toBe(0);
        expect(start({ maxBackoffMs: 1e12 }).ctx().policy.maxBackoffMs).toBe(2 ** 31 - 1);
    });
    it('taskOutcome takes endedAt from the last attempt when the context has none', () => {
        const attempts = [1, 2, 3].map((n) => ({ attempt: n, instanceId: 'a', capability: 'tts.speak', startedAt: n, endedAt: n * 10 }));
        expect(taskOutcome(sparse('completed', { endedAt: null, attempts, output: 1 }))?.endedAt).toBe(30);
        expect(taskOutcome(sparse('completed', { endedAt: null, attempts: [], output: 1 }))?.endedAt).toBe(0);
    });
    it('taskOutcome reports defaults for a cancel without a reason and a failure without a record of it', () => {
        expect(taskOutcome(sparse('failed', { cancelled: true, cancelReason: null }))).toMatchObject({ status: 'cancelled', reason: '' });
        expect(taskOutcome(sparse('failed', { cancelled: false, lastFailure: null }))).toMatchObject({ status: 'failed', code: 1, message: 'failed' });
    });
});
describe('upgradeTaskSnapshot on records that are not old-shaped', () => {
    it('returns anything without an object context as it is', () => {
        for (const snapshot of [null, undefined, 7, 'x', {}, { context: null }, { context: 'x' }, { context: 3 }]) {
            expect(upgradeTaskSnapshot(snapshot)).toBe(snapshot);
        }
    });
    it('never upgrades a record that already has a policy, even one with a stray flat field', () => {
        const current = { value: 'pending', context: { policy: { maxAttempts: 2 }, maxAttempts: 9 } };
        expect(upgradeTaskSnapshot(current)).toBe(current);
    });
    it("keeps an old record's primary capability after a fallback switch, and fills it from the capability only when absent", () => {
        const old = { value: 'pending', context: { capability: 'tts.simple', primaryCapability: 'tts.speak', maxAttempts: 3 } };
        const up = upgradeTaskSnapshot(old);
        expect(up.context.policy).toMatchObject({ primaryCapability: 'tts.speak', maxAttempts: 3, fallbackCapability: null });
        expect(up.context.capability).toBe('tts.simple');
        const older = { value: 'pending', context: { capability: 'tts.speak', maxAttempts: 3 } };
        expect(upgradeTaskSnapshot(older).context.policy.primaryCapability).toBe('tts.speak');
    });
});
//# sourceMappingURL=task-machine-edges.test.js.map