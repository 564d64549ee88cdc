/** Scaling decisions, time windows and the resource guard, as pure functions of their inputs. */
import { describe, expect, it } from 'vitest';
import { assessResources, decideScale, floorAt, inWindow, levelValue, parseFleetFile, parseWindow } from '../../src/fleet/index.js';
const OK = { level: 'ok', cpuPercent: 10, memoryPercent: 10, reason: '' };
const WARN = { level: 'warning', cpuPercent: 120, memoryPercent: 10, reason: 'cpu ≥ 100% (warning)' };
const CRIT = { level: 'critical', cpuPercent: 250, memoryPercent: 10, reason: 'cpu ≥ 200% (critical)' };
function spec(extra = '') {
    const fleet = parseFleetFile(`version: 1
agents:
  tts:
    command: [tts]
    capabilities: [tts.synthesize]
    min: 1
    max: 3
    scale: { up: { queue_depth: 4, queue_wait_ms: 2000 }, up_interval_ms: 5000, cooldown_ms: 30000 }
${extra}`);
    return fleet.agents[0];
}
const memory = (at = 0) => ({ lastUpAt: Number.NEGATIVE_INFINITY, quietSince: at, lastHold: undefined });
/** A Wednesday, 12:00 local time. */
const noon = (plusMs = 0) => new Date(new Date(2026, 11, 2, 12, 0, 0).getTime() + plusMs);
describe('decideScale', () => {
    it('raises to min first', () => {
        expect(decideScale(spec(), 0, undefined, memory(), OK, noon())).toEqual({ to: 1, cause: 'min', reason: 'min 1' });
    });
    it('adds one instance on queue depth or on the oldest wait, at most every up_interval_ms, up to max', () => {
        const m = memory(noon().getTime());
        expect(decideScale(spec(), 1, { waiting: 4, oldestWaitMs: 10, inFlight: 1 }, m, OK, noon())).toEqual({ to: 2, cause: 'queue', reason: 'queue depth 4 ≥ 4' });
        expect(decideScale(spec(), 2, { waiting: 9, oldestWaitMs: 10, inFlight: 2 }, m, OK, noon(4999))).toBeUndefined();
        expect(decideScale(spec(), 2, { waiting: 1, oldestWaitMs: 2500, inFlight: 2 }, m, OK, noon(5000))).toEqual({
            to: 3,
            cause: 'queue',
            reason: 'oldest task waited 2500 ms ≥ 2000 ms',
        });
        expect(decideScale(spec(), 3, { waiting: 99, oldestWaitMs: 99_999, inFlight: 3 }, m, OK, noon(20_000))).toBeUndefined();
    });
    it('removes one instance per cooldown once no task waits, never below the floor, never the last one busy', () => {
        const m = memory(noon().getTime());
        const quiet = { waiting: 0, oldestWaitMs: 0, inFlight: 0 };
        expect(decideScale(spec(), 3, { waiting: 1, oldestWaitMs: 5, inFlight: 3 }, m, OK, noon(10_000))).toBeUndefined();
        expect(decideScale(spec(), 3, quiet, m, OK, noon(39_999))).toBeUndefined();
        expect(decideScale(spec(), 3, quiet, m, OK, noon(40_000))).toEqual({ to: 2, cause: 'idle', reason: 'no task waited for 30 s (cooldown)' });
        expect(decideScale(spec(), 2, quiet, m, OK, noon(69_999))).toBeUndefined();
        expect(decideScale(spec(), 2, quiet, m, OK, noon(70_000))).toMatchObject({ to: 1, cause: 'idle' });
        expect(decideScale(spec(), 1, quiet, m, OK, noon(200_000))).toBeUndefined();
        const zero = { ...spec(), min: 0 };
        const z = memory(0);
        expect(decideScale(zero, 1, { waiting: 0, oldestWaitMs: 0, inFlight: 1 }, z, OK, noon())).toBeUndefined();
        expect(decideScale(zero, 1, quiet, z, OK, noon())).toMatchObject({ to: 0, cause: 'idle' });
    });
    it('never scales down without a signal (orchestrator unreachable)', () => {
        expect(decideScale(spec(), 3, undefined, memory(0), OK, noon(10 * 60_000))).toBeUndefined();
    });
    it('holds queue scale-ups at warning, every increase at critical, and reports a hold once', () => {
        const m = memory(0);
        const busy = { waiting: 10, oldestWaitMs: 0, inFlight: 1 };
        expect(decideScale(spec(), 1, busy, m, WARN, noon())).toEqual({ to: 1, cause: 'guard', reason: 'queue depth 10 ≥ 4; scale-up held: cpu ≥ 100% (warning)' });
        expect(decideScale(spec(), 1, { ...busy, waiting: 11 }, m, WARN, noon(1000))).toBeUndefined();
        expect(decideScale(spec(), 1, busy, m, OK, noon(2000))).toMatchObject({ to: 2, cause: 'queue' });
        expect(decideScale(spec(), 0, undefined, memory(), WARN, noon())).toMatchObject({ to: 1, cause: 'min' });
        expect(decideScale(spec(), 0, undefined, memory(), CRIT, noon())).toEqual({ to: 0, cause: 'guard', reason: 'min 1 held: cpu ≥ 200% (critical)' });
    });
    it('keeps the time rule floor while its window holds, then lets the cooldown scale down', () => {
        const s = spec('    schedule: [{ between: "08:00-20:00", min: 2 }]\n');
        expect(floorAt(s, noon())).toEqual({ min: 2, rule: '08:00-20:00' });
        expect(decideScale(s, 1, undefined, memory(), OK, noon())).toEqual({ to: 2, cause: 'schedule', reason: 'time rule 08:00-20:00: at least 2' });
        const evening = new Date(2026, 11, 2, 20, 0, 0);
        expect(floorAt(s, evening)).toEqual({ min: 1, rule: undefined });
        const m = memory(evening.getTime());
        expect(decideScale(s, 2, { waiting: 0, oldestWaitMs: 0, inFlight: 0 }, m, OK, new Date(evening.getTime() + 30_000))).toMatchObject({ to: 1, cause: 'idle' });
    });
});
describe('time windows', () => {
    it('parses HH:MM-HH:MM and refuses the rest', () => {
        expect(parseWindow('08:00-20:00')).toEqual({ text: '08:00-20:00', startMinute: 480, endMinute: 1200, days: [] });
        expect(parseWindow('22:30-24:00', ['sat', 'sun'])).toMatchObject({ startMinute: 1350, endMinute: 1440, days: [6, 0] });
        for (const bad of ['8-20', '08:00-08:00', '24:00-01:00', '08:60-09:00', '08:00 - 20:00', ''])
            expect(parseWindow(bad), bad).toBeUndefined();
    });
    it('includes the start, excludes the end, wraps midnight onto the day it started', () => {
        const w = parseWindow('08:00-20:00');
        expect(inWindow(w, new Date(2026, 0, 5, 8, 0))).toBe(true);
        expect(inWindow(w, new Date(2026, 0, 5, 19, 59))).toBe(true);
        expect(inWindow(w, new Date(2026, 0, 5, 20, 0))).toBe(false);
        const night = parseWindow('22:00-06:00', ['fri']);
        expect(inWindow(night, new Date(2026, 0, 2, 23, 0))).toBe(true); // Friday 23:00
        expect(inWindow(night, new Date(2026, 0, 3, 5, 59))).toBe(true); // Saturday 05:59, Friday's night
        expect(inWindow(night, new Date(2026, 0, 3, 23, 0))).toBe(false); // Saturday 23:00
    });
});
describe('resource guard', () => {
    const thresholds = { cpu: { warning: 100, critical: 200 }, memory: { warning: 85, critical: 95 } };
    const probe = (cpu, mem) => ({ cpuPercent: () => cpu, memoryPercent: () => mem });
    it('takes the worse of CPU and memory, with a stable reason', () => {
        expect(assessResources(thresholds, probe(50, 50))).toEqual({ level: 'ok', cpuPercent: 50, memoryPercent: 50, reason: '' });
        expect(assessResources(thresholds, probe(150.04, 50))).toEqual({ level: 'warning', cpuPercent: 150, memoryPercent: 50, reason: 'cpu ≥ 100% (warning)' });
        expect(assessResources(thresholds, probe(150, 97))).toMatchObject({ level: 'critical', reason: 'cpu ≥ 100% (warning), memory ≥ 95% (critical)' });
        expect(assessResources(thresholds, probe(Number.NaN, 0)).level).toBe('ok');
        expect(['ok', 'warning', 'critical'].map((l) => levelValue(l))).toEqual([0, 1, 2]);
    });
    it('reads the real host', () => {
        const state = assessResources(thresholds);
        expect(state.memoryPercent).toBeGreaterThan(0);
        expect(state.memoryPercent).toBeLessThanOrEqual(100);
        expect(state.cpuPercent).toBeGreaterThanOrEqual(0);
    });
});
//# sourceMappingURL=fleet-scaling.test.js.map