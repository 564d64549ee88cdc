import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConcurrencyLimits, RateLimits, Scheduler } from '../../src/orchestrator/scheduler/index.js';
import { Status, TroupeError } from '../../src/sdk/errors.js';
import { FakeClock, flush } from './scheduler-fake-clock.js';
const CAPS = ['a', 'b', 'c'];
const config = fc.record({
    global: fc.integer({ min: 1, max: 4 }),
    perCapability: fc.record({ a: fc.integer({ min: 1, max: 3 }), b: fc.integer({ min: 1, max: 3 }) }),
    capacity: fc.integer({ min: 1, max: 8 }),
    rate: fc.option(fc.record({ ratePerSecond: fc.integer({ min: 1, max: 20 }), burst: fc.integer({ min: 1, max: 3 }) })),
    aging: fc.boolean(),
});
const command = fc.oneof({ weight: 4, arbitrary: fc.record({ kind: fc.constant('submit'), cap: fc.integer({ min: 0, max: 2 }), priority: fc.integer({ min: 1, max: 5 }) }) }, { weight: 3, arbitrary: fc.record({ kind: fc.constant('release'), pick: fc.nat(), twice: fc.boolean() }) }, { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel'), pick: fc.nat(), leased: fc.boolean() }) }, { weight: 1, arbitrary: fc.record({ kind: fc.constant('advance'), ms: fc.integer({ min: 0, max: 1500 }) }) });
describe('Scheduler (property)', () => {
    it('random submit/release/cancel/advance never exceed the limits and never lose an item', async () => {
        await fc.assert(fc.asyncProperty(config, fc.array(command, { maxLength: 40 }), async (cfg, commands) => {
            const clock = new FakeClock();
            const limits = new ConcurrencyLimits({ global: cfg.global, perCapability: cfg.perCapability });
            const rateLimits = cfg.rate ? new RateLimits({ perCapability: { a: cfg.rate }, now: clock.now }) : undefined;
            const scheduler = new Scheduler({
                capacity: cfg.capacity,
                agingMs: cfg.aging ? 500 : Infinity,
                concurrency: limits,
                rateLimits,
                now: clock.now,
                setTimer: clock.setTimer,
                clearTimer: clock.clearTimer,
            });
            const items = [];
            const failures = []; // assertions failing inside promise callbacks land here
            const withStatus = (s) => items.filter((i) => i.status === s);
            const onLease = (item, lease) => {
                expect(item.status).toBe('waiting');
                expect(item.expectFull).toBe(false);
                if (!cfg.aging) {
                    // Within a capability, nothing better (priority, then arrival) is left waiting.
                    const better = withStatus('waiting').filter((w) => w !== item && w.capability === item.capability && (w.priority < item.priority || (w.priority === item.priority && w.seq < item.seq)));
                    expect(better).toEqual([]);
                }
                item.status = 'leased';
                item.lease = lease;
                item.grantedAt = item.submittedAt + lease.waitedMs;
                if (cfg.rate && item.capability === 'a') {
                    // Token bucket: in any window [t1, t2], at most burst + rate × (t2 − t1) grants.
                    const grants = items.filter((i) => i.capability === 'a' && i.grantedAt !== undefined).map((i) => i.grantedAt);
                    for (const t1 of grants) {
                        const inWindow = grants.filter((t) => t >= t1 && t <= item.grantedAt).length;
                        expect(inWindow).toBeLessThanOrEqual(cfg.rate.burst + (cfg.rate.ratePerSecond * (item.grantedAt - t1)) / 1000 + 1e-6);
                    }
                }
                const leased = withStatus('leased');
                expect(leased.length).toBeLessThanOrEqual(cfg.global);
                for (const cap of CAPS) {
                    expect(leased.filter((i) => i.capability === cap).length).toBeLessThanOrEqual(limits.limitFor(cap));
                }
            };
            const onReject = (item, err) => {
                expect(TroupeError.is(err)).toBe(true);
                item.code = err.code;
                if (item.status === 'cancelled')
                    return expect(item.code).toBe(Status.CANCELLED);
                expect(item.status).toBe('waiting');
                expect(item.code).toBe(Status.RESOURCE_EXHAUSTED);
                expect(item.expectFull).toBe(true);
                item.status = 'rejected';
            };
            const checkSync = () => {
                if (failures.length > 0)
                    throw failures[0];
                // After a flush the model is exact: compare it with what the scheduler reports.
                const stats = scheduler.stats();
                expect(stats.inFlight).toBe(withStatus('leased').length);
                expect(scheduler.size).toBe(withStatus('waiting').length);
                expect(stats.queued.reduce((x, y) => x + y, 0)).toBe(scheduler.size);
                expect(clock.pendingTimers).toBeLessThanOrEqual(1);
            };
            for (const cmd of commands) {
                if (cmd.kind === 'submit') {
                    const item = {
                        capability: CAPS[cmd.cap],
                        priority: cmd.priority,
                        seq: items.length,
                        submittedAt: clock.now(),
                        status: 'waiting',
                        expectFull: withStatus('waiting').length >= cfg.capacity,
                    };
                    items.push(item);
                    scheduler
                        .submit(item)
                        .then((lease) => onLease(item, lease), (err) => onReject(item, err))
                        .catch((err) => failures.push(err));
                }
                else if (cmd.kind === 'release') {
                    const leased = withStatus('leased');
                    const item = leased[cmd.pick % Math.max(1, leased.length)];
                    if (item) {
                        item.status = 'released';
                        item.lease.release();
                        if (cmd.twice)
                            item.lease.release();
                    }
                }
                else if (cmd.kind === 'cancel') {
                    const pool = withStatus(cmd.leased ? 'leased' : 'waiting');
                    const item = pool[cmd.pick % Math.max(1, pool.length)];
                    if (item) {
                        const wasWaiting = item.status === 'waiting';
                        if (wasWaiting)
                            item.status = 'cancelled';
                        expect(scheduler.cancel(item)).toBe(wasWaiting);
                    }
                }
                else {
                    clock.advance(cmd.ms);
                }
                await flush();
                checkSync();
            }
            // Drain: release everything and let time pass until nothing waits.
            for (let round = 0; round < 100 && (withStatus('waiting').length > 0 || withStatus('leased').length > 0); round++) {
                for (const item of withStatus('leased')) {
                    item.status = 'released';
                    item.lease.release();
                }
                clock.advance(5000);
                await flush();
                checkSync();
            }
            for (const item of items)
                expect(['released', 'cancelled', 'rejected']).toContain(item.status);
            for (const item of withStatus('cancelled'))
                expect(item.code).toBe(Status.CANCELLED);
            expect(scheduler.stats()).toEqual({ queued: [0, 0, 0, 0, 0], inFlight: 0, byCapability: {} });
            expect(clock.pendingTimers).toBe(0);
        }), { numRuns: 300 });
    });
});
//# sourceMappingURL=scheduler-property.test.js.map