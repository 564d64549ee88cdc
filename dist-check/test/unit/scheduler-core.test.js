import { describe, expect, it } from 'vitest';
import { RateLimits, Scheduler } from '../../src/orchestrator/scheduler/index.js';
import { Status, TroupeError } from '../../src/sdk/errors.js';
import { FakeClock, flush } from './scheduler-fake-clock.js';
const task = (id, capability = 'tts', priority = 3) => ({ id, capability, priority });
function setup(options = {}) {
    const clock = new FakeClock();
    const scheduler = new Scheduler({ ...options, now: clock.now, setTimer: clock.setTimer, clearTimer: clock.clearTimer });
    const leased = [];
    const leases = new Map();
    const errors = new Map();
    const submit = (t, signal) => scheduler.submit(t, { signal }).then((lease) => {
        leased.push(t.id);
        leases.set(t.id, lease);
        return lease;
    }, (err) => {
        errors.set(t.id, err);
        return undefined;
    });
    const release = (id) => leases.get(id).release();
    return { clock, scheduler, leased, leases, errors, submit, release };
}
describe('Scheduler', () => {
    it('grants in priority order, FIFO within a level', async () => {
        const s = setup({ concurrency: { global: 1 } });
        void s.submit(task('running'));
        void s.submit(task('bulk-1', 'tts', 5));
        void s.submit(task('bulk-2', 'tts', 5));
        void s.submit(task('normal', 'summarize', 3));
        void s.submit(task('urgent', 'tts', 1));
        await flush();
        expect(s.leased).toEqual(['running']);
        expect(s.scheduler.stats().queued).toEqual([1, 0, 1, 0, 2]);
        for (const id of ['running', 'urgent', 'normal', 'bulk-1']) {
            s.release(id);
            await flush();
        }
        expect(s.leased).toEqual(['running', 'urgent', 'normal', 'bulk-1', 'bulk-2']);
    });
    it('a for_each burst of 20 never has more than 4 leases out, and all 20 complete', async () => {
        const s = setup({ concurrency: { global: 100, perCapability: { tts: 4 } } });
        let outstanding = 0;
        let maxOutstanding = 0;
        const done = Array.from({ length: 20 }, async (_, i) => {
            const lease = await s.scheduler.submit(task(`snippet-${i}`));
            outstanding++;
            maxOutstanding = Math.max(maxOutstanding, outstanding);
            await flush(); // the "work"
            outstanding--;
            lease.release();
        });
        await Promise.all(done);
        expect(maxOutstanding).toBe(4);
        expect(s.scheduler.stats()).toEqual({ queued: [0, 0, 0, 0, 0], inFlight: 0, byCapability: {} });
    });
    it('waits for a capability token and wakes on its single timer', async () => {
        const clock = new FakeClock();
        const rateLimits = new RateLimits({ perCapability: { tts: { ratePerSecond: 1, burst: 1 } }, now: clock.now });
        const scheduler = new Scheduler({ rateLimits, now: clock.now, setTimer: clock.setTimer, clearTimer: clock.clearTimer });
        const order = [];
        for (const id of ['a', 'b', 'c']) {
            void scheduler.submit(task(id)).then((l) => {
                order.push(id);
                l.release();
            });
        }
        await flush();
        expect(order).toEqual(['a']);
        expect(clock.pendingTimers).toBe(1);
        clock.advance(999);
        await flush();
        expect(order).toEqual(['a']);
        clock.advance(1);
        await flush();
        expect(order).toEqual(['a', 'b']);
        expect(clock.pendingTimers).toBe(1);
        clock.advance(1000);
        await flush();
        expect(order).toEqual(['a', 'b', 'c']);
        expect(clock.pendingTimers).toBe(0); // nothing left to wait for: no stray timer
    });
    it('a capability at its limit does not block another (no head-of-line blocking)', async () => {
        const s = setup({ concurrency: { global: 10, perCapability: { a: 1 } } });
        void s.submit(task('a1', 'a', 1));
        void s.submit(task('a2', 'a', 1));
        void s.submit(task('b1', 'b', 5));
        await flush();
        expect(s.leased).toEqual(['a1', 'b1']);
        expect(s.scheduler.stats().byCapability).toEqual({ a: { queued: 1, inFlight: 1 }, b: { queued: 0, inFlight: 1 } });
        s.release('a1');
        await flush();
        expect(s.leased).toEqual(['a1', 'b1', 'a2']);
    });
    it('a rate-limited capability does not block another', async () => {
        const clock = new FakeClock();
        const rateLimits = new RateLimits({ perCapability: { a: { ratePerSecond: 1, burst: 1 } }, now: clock.now });
        const scheduler = new Scheduler({ rateLimits, now: clock.now, setTimer: clock.setTimer, clearTimer: clock.clearTimer });
        const order = [];
        for (const t of [task('a1', 'a', 1), task('a2', 'a', 1), task('b1', 'b', 5)])
            void scheduler.submit(t).then(() => order.push(t.id));
        await flush();
        expect(order).toEqual(['a1', 'b1']);
        clock.advance(1000);
        await flush();
        expect(order).toEqual(['a1', 'b1', 'a2']);
    });
    it('cancel removes a waiting item and rejects it with CANCELLED', async () => {
        const s = setup({ concurrency: { global: 1 } });
        void s.submit(task('running'));
        const waiting = task('waiting');
        void s.submit(waiting);
        void s.submit(task('next'));
        await flush();
        expect(s.scheduler.cancel(waiting)).toBe(true);
        expect(s.scheduler.cancel(waiting)).toBe(false);
        await flush();
        const err = s.errors.get('waiting');
        expect(TroupeError.is(err) && err.code).toBe(Status.CANCELLED);
        expect(err.message).toBe('the task was cancelled while waiting in the queue');
        expect(s.scheduler.size).toBe(1);
        s.release('running');
        await flush();
        expect(s.leased).toEqual(['running', 'next']);
    });
    it('an aborted signal cancels the waiting item', async () => {
        const s = setup({ concurrency: { global: 1 } });
        void s.submit(task('running'));
        const controller = new AbortController();
        void s.submit(task('waiting'), controller.signal);
        controller.abort(new Error('client went away'));
        await flush();
        const err = s.errors.get('waiting');
        expect(err.code).toBe(Status.CANCELLED);
        expect(err.cause.message).toBe('client went away');
        expect(s.scheduler.size).toBe(0);
        void s.submit(task('late'), controller.signal);
        await flush();
        expect(s.errors.get('late').code).toBe(Status.CANCELLED);
    });
    it('release is idempotent: a double release frees one slot only', async () => {
        const s = setup({ concurrency: { global: 2 } });
        for (const id of ['r1', 'r2', 'w1', 'w2'])
            void s.submit(task(id));
        await flush();
        s.release('r1');
        s.release('r1');
        s.release('r1');
        await flush();
        expect(s.leased).toEqual(['r1', 'r2', 'w1']);
        expect(s.scheduler.stats().inFlight).toBe(2);
    });
    it('rejects at once with RESOURCE_EXHAUSTED when the queue is full', async () => {
        const s = setup({ capacity: 2, concurrency: { global: 1 } });
        for (const id of ['running', 'q1', 'q2', 'overflow'])
            void s.submit(task(id));
        await flush();
        const err = s.errors.get('overflow');
        expect(err.code).toBe(Status.RESOURCE_EXHAUSTED);
        expect(err.message).toBe("the orchestrator's queue is full (2 tasks waiting); retry later or lower the load");
        expect(s.scheduler.size).toBe(2);
    });
    it('rejects a bad priority and a second submit of a waiting item', async () => {
        const s = setup({ concurrency: { global: 1 } });
        void s.submit(task('bad', 'tts', 9));
        void s.submit(task('running'));
        const waiting = task('waiting');
        void s.submit(waiting);
        const again = s.scheduler.submit(waiting);
        await expect(again).rejects.toThrow(/already waiting/);
        await flush();
        expect(s.errors.get('bad').code).toBe(Status.INVALID_ARGUMENT);
        expect(s.scheduler.stats().byCapability).toEqual({ tts: { queued: 1, inFlight: 1 } });
    });
    it('ages priority 5 work so a stream of priority 1 work cannot starve it', async () => {
        const s = setup({ concurrency: { global: 1 }, agingMs: 1000 });
        void s.submit(task('running', 'tts', 1));
        void s.submit(task('bulk', 'tts', 5));
        await flush();
        for (let i = 0; i < 6; i++) {
            s.clock.advance(1000);
            void s.submit(task(`urgent-${i}`, 'tts', 1));
            await flush();
            s.release(s.leased.at(-1));
            await flush();
        }
        // After 4 s "bulk" competes as priority 1 and, being older, goes before the urgent work queued after it.
        expect(s.leased.slice(0, 5)).toEqual(['running', 'urgent-0', 'urgent-1', 'urgent-2', 'bulk']);
    });
    it('close rejects waiting items with UNAVAILABLE and refuses new ones; leases still release', async () => {
        const s = setup({ concurrency: { global: 1 } });
        void s.submit(task('running'));
        void s.submit(task('waiting'));
        await flush();
        s.scheduler.close();
        void s.submit(task('late'));
        await flush();
        expect(s.errors.get('waiting').code).toBe(Status.UNAVAILABLE);
        expect(s.errors.get('late').code).toBe(Status.UNAVAILABLE);
        s.release('running');
        expect(s.scheduler.stats().inFlight).toBe(0);
    });
});
//# sourceMappingURL=scheduler-core.test.js.map