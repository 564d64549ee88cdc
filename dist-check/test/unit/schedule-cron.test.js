import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCron, isTimeZone } from '../../src/orchestrator/schedules/cron.js';
const START = Date.UTC(2020, 0, 1);
const END = Date.UTC(2035, 0, 1);
const instant = fc.integer({ min: START, max: END });
/** A random 5-field expression whose fields we can check ourselves (lists and steps of plain numbers). */
const field = (min, max) => fc.oneof(fc.constant({ text: '*', allowed: new Set(Array.from({ length: max - min + 1 }, (_, i) => min + i)) }), fc.uniqueArray(fc.integer({ min, max }), { minLength: 1, maxLength: 4 }).map((values) => ({ text: values.join(','), allowed: new Set(values) })), fc.integer({ min: 2, max: Math.max(2, Math.floor((max - min) / 2)) }).map((step) => ({
    text: `*/${step}`,
    allowed: new Set(Array.from({ length: max - min + 1 }, (_, i) => min + i).filter((v) => (v - min) % step === 0)),
})));
const expression = fc.record({ minute: field(0, 59), hour: field(0, 23), month: field(1, 12) });
/** Wall-clock fields of `ms` in `tz`. */
function fields(ms, tz) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', month: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
        .formatToParts(new Date(ms))
        .map((p) => [p.type, p.value]));
    return { minute: Number(parts.minute), hour: Number(parts.hour), month: Number(parts.month), second: Number(parts.second) };
}
const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
describe('compileCron (property)', () => {
    it('the next tick is strictly after `from`, successive ticks increase, and each matches the fields in its zone', () => {
        fc.assert(fc.property(expression, instant, fc.constantFrom(...ZONES), (e, from, tz) => {
            const cron = compileCron(`${e.minute.text} ${e.hour.text} * ${e.month.text} *`, tz);
            let at = from;
            for (let i = 0; i < 5; i++) {
                const next = cron.next(at);
                expect(next).toBeDefined();
                expect(next).toBeGreaterThan(at);
                const f = fields(next, tz);
                expect(f.second).toBe(0);
                expect(e.minute.allowed.has(f.minute)).toBe(true);
                expect(e.hour.allowed.has(f.hour)).toBe(true);
                expect(e.month.allowed.has(f.month)).toBe(true);
                at = next;
            }
        }), { numRuns: 150 });
    });
    it('no tick is skipped: nothing between `from` and next matches an every-minute-of-an-hour expression', () => {
        fc.assert(fc.property(fc.integer({ min: 0, max: 23 }), instant, (hour, from) => {
            const cron = compileCron(`* ${hour} * * *`, 'UTC');
            const next = cron.next(from);
            // Every whole minute in (from, next) must not be in that hour.
            for (let t = Math.floor(from / 60_000) * 60_000 + 60_000; t < next; t += 60_000) {
                if (t - from > 25 * 3_600_000)
                    break; // bounded walk
                expect(new Date(t).getUTCHours()).not.toBe(hour);
            }
        }), { numRuns: 100 });
    });
    it('six fields tick on seconds, strictly after `from`', () => {
        fc.assert(fc.property(instant, fc.integer({ min: 0, max: 999 }), (from, ms) => {
            const cron = compileCron('* * * * * *', 'UTC');
            const next = cron.next(from + ms);
            expect(next).toBeGreaterThan(from + ms);
            expect(next - (from + ms)).toBeLessThanOrEqual(1000);
            expect(next % 1000).toBe(0);
        }));
    });
});
describe('compileCron (time zones and DST)', () => {
    it('reads the expression in the zone: 09:00 Paris is 08:00 UTC in winter, 07:00 UTC in summer', () => {
        const cron = compileCron('0 9 * * *', 'Europe/Paris');
        expect(new Date(cron.next(Date.UTC(2026, 0, 10))).toISOString()).toBe('2026-01-10T08:00:00.000Z');
        expect(new Date(cron.next(Date.UTC(2026, 6, 10))).toISOString()).toBe('2026-07-10T07:00:00.000Z');
    });
    it('a time that does not exist on the spring-forward day fires once, never twice nor never', () => {
        // 2026-03-29 02:30 does not exist in Paris (02:00 → 03:00).
        const cron = compileCron('30 2 * * *', 'Europe/Paris');
        const a = cron.next(Date.UTC(2026, 2, 28, 12));
        const b = cron.next(a);
        expect(b - a).toBeGreaterThan(12 * 3_600_000);
        expect(new Date(b).toISOString() < '2026-03-31').toBe(true);
    });
    it('a time repeated on the fall-back day fires once', () => {
        // 2026-10-25 02:30 happens twice in Paris (03:00 → 02:00).
        const cron = compileCron('30 2 * * *', 'Europe/Paris');
        const first = cron.next(Date.UTC(2026, 9, 24, 12));
        const second = cron.next(first);
        expect(second - first).toBeGreaterThanOrEqual(23 * 3_600_000);
    });
});
describe('compileCron (validation)', () => {
    it.each([
        ['', /cron is empty/],
        ['* * *', /has 3 field\(s\); give 5/],
        ['61 * * * *', /not valid/],
        ['* * * * * * * *', /has 8 field/],
        ['0 0 31 2 *', /never fires/],
        ['bogus * * * *', /not valid/],
    ])('refuses %j', (text, message) => {
        expect(() => compileCron(text, 'UTC')).toThrow(message);
    });
    it('refuses an unknown time zone, naming examples', () => {
        expect(isTimeZone('Mars/Olympus')).toBe(false);
        expect(() => compileCron('* * * * *', 'Mars/Olympus')).toThrow(/not an IANA time zone; use a name such as "UTC"/);
    });
});
//# sourceMappingURL=schedule-cron.test.js.map