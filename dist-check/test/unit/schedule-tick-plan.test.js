import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newScheduleRecord } from '../../src/orchestrator/schedules/schedule-record.js';
import { nextDue, planTick } from '../../src/orchestrator/schedules/tick-plan.js';
const T0 = Date.UTC(2026, 11, 5, 12, 0, 0);
const MIN = 60_000;
function cronRecord(cron, overrides = {}) {
    return { ...newScheduleRecord({ name: 'nightly', workflow: 'w', cron, at: '', timezone: 'UTC', input: {}, catchUpWindowMs: 0 }, T0, 'test'), ...overrides };
}
describe('planTick: the missed-tick policy', () => {
    it('nothing is due before the first tick', () => {
        expect(planTick(cronRecord('*/5 * * * *'), T0 + 4 * MIN)).toBeUndefined();
        expect(nextDue(cronRecord('*/5 * * * *'))).toBe(T0 + 5 * MIN);
    });
    it('an on-time tick fires, and the next one is planned', () => {
        expect(planTick(cronRecord('*/5 * * * *'), T0 + 5 * MIN + 30)).toEqual({ fire: T0 + 5 * MIN, lastTick: T0 + 5 * MIN, missed: 0, nextTick: T0 + 10 * MIN, done: false });
    });
    it('after an outage only the latest tick is caught up, within one interval; the others are missed', () => {
        const plan = planTick(cronRecord('*/5 * * * *'), T0 + 23 * MIN);
        expect(plan).toEqual({ fire: T0 + 20 * MIN, lastTick: T0 + 20 * MIN, missed: 3, nextTick: T0 + 25 * MIN, done: false });
    });
    it('a catch-up window shorter than the lateness misses every due tick', () => {
        const plan = planTick(cronRecord('*/5 * * * *', { catchUpWindowMs: MIN }), T0 + 23 * MIN);
        expect(plan).toMatchObject({ fire: undefined, missed: 4, lastTick: T0 + 20 * MIN });
    });
    it('paused and done schedules never fire; ticks while paused are skipped after a resume', () => {
        expect(planTick(cronRecord('* * * * *', { paused: true }), T0 + 60 * MIN)).toBeUndefined();
        expect(planTick(cronRecord('* * * * *', { done: true }), T0 + 60 * MIN)).toBeUndefined();
        const resumed = cronRecord('* * * * *', { since: T0 + 30 * MIN + 1 });
        expect(planTick(resumed, T0 + 31 * MIN)).toMatchObject({ fire: T0 + 31 * MIN, missed: 0 });
    });
    it('a one-off schedule fires once at its time, late within an hour, and is done', () => {
        const at = newScheduleRecord({ name: 'once', workflow: 'w', cron: '', at: new Date(T0 + MIN).toISOString(), timezone: '', input: null, catchUpWindowMs: 0 }, T0, 'test');
        expect(planTick(at, T0)).toBeUndefined();
        expect(planTick(at, T0 + 30 * MIN)).toEqual({ fire: T0 + MIN, lastTick: T0 + MIN, missed: 0, nextTick: undefined, done: true });
        expect(planTick(at, T0 + 2 * 60 * MIN)).toMatchObject({ fire: undefined, missed: 1, done: true });
        expect(planTick({ ...at, done: true }, T0 + 30 * MIN)).toBeUndefined();
    });
    it('property: at most one tick fires (the latest), lastTick ≤ now < nextTick, and nothing is due after it', () => {
        fc.assert(fc.property(fc.integer({ min: 0, max: 500 * MIN }), fc.constantFrom('* * * * *', '*/7 * * * *', '0 * * * *', '*/10 * * * * *'), (late, cron) => {
            const record = cronRecord(cron);
            const now = T0 + late;
            const plan = planTick(record, now);
            if (!plan) {
                expect(nextDue(record) > now).toBe(true);
                return;
            }
            expect(plan.lastTick).toBeLessThanOrEqual(now);
            expect(plan.nextTick).toBeGreaterThan(now);
            if (plan.fire !== undefined)
                expect(plan.fire).toBe(plan.lastTick);
            // Firing the plan leaves nothing due.
            expect(planTick({ ...record, lastTick: plan.lastTick }, now)).toBeUndefined();
        }), { numRuns: 60 });
    });
});
describe('newScheduleRecord: validation a person can act on', () => {
    const spec = { name: 'n', workflow: 'w', cron: '* * * * *', at: '', timezone: '', input: {}, catchUpWindowMs: 0 };
    it.each([
        [{ name: 'bad name!' }, /schedule name "bad name!" is not valid/],
        [{ workflow: '' }, /workflow is required/],
        [{ cron: '', at: '' }, /give cron .* or at/],
        [{ at: '2030-01-01T00:00:00Z' }, /either cron .* or at .*, not both/],
        [{ cron: '', at: 'tomorrow' }, /not an RFC 3339 time/],
        [{ cron: '', at: '2020-01-01T00:00:00Z' }, /is in the past/],
        [{ timezone: 'Nowhere/City' }, /not an IANA time zone/],
        [{ catchUpWindowMs: -1 }, /catch_up_window_ms must be/],
    ])('%j', (change, message) => {
        expect(() => newScheduleRecord({ ...spec, ...change }, T0, 't')).toThrow(message);
    });
});
//# sourceMappingURL=schedule-tick-plan.test.js.map