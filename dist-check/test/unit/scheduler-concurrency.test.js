import { describe, expect, it } from 'vitest';
import { ConcurrencyLimits } from '../../src/orchestrator/scheduler/index.js';
describe('ConcurrencyLimits', () => {
    it('enforces the per-capability and the global limit', () => {
        const limits = new ConcurrencyLimits({ global: 3, perCapability: { tts: 2 } });
        const a = limits.tryAcquire('tts');
        const b = limits.tryAcquire('tts');
        expect(a && b).toBeTypeOf('function');
        expect(limits.tryAcquire('tts')).toBeUndefined();
        expect(limits.tryAcquire('summarize')).toBeTypeOf('function');
        expect(limits.tryAcquire('summarize')).toBeUndefined(); // global is full
        expect(limits.inFlight()).toBe(3);
        expect(limits.inFlight('tts')).toBe(2);
        expect(limits.byCapability()).toEqual({ tts: 2, summarize: 1 });
        a();
        expect(limits.canAcquire('tts')).toBe(true);
    });
    it('release is idempotent', () => {
        const limits = new ConcurrencyLimits({ global: 2 });
        const release = limits.tryAcquire('x');
        limits.tryAcquire('x');
        release();
        release();
        release();
        expect(limits.inFlight()).toBe(1);
        expect(limits.inFlight('x')).toBe(1);
    });
    it('applies defaultPerCapability to unlisted capabilities and forgets idle ones', () => {
        const limits = new ConcurrencyLimits({ global: 100, defaultPerCapability: 1, perCapability: { wide: 5 } });
        const r = limits.tryAcquire('narrow');
        expect(limits.tryAcquire('narrow')).toBeUndefined();
        expect(limits.limitFor('wide')).toBe(5);
        r();
        expect(limits.byCapability()).toEqual({});
    });
    it('rejects a limit below 1 naming it', () => {
        expect(() => new ConcurrencyLimits({ global: 0 })).toThrow(/global concurrency must be a whole number of at least 1/);
        expect(() => new ConcurrencyLimits({ perCapability: { tts: 1.5 } })).toThrow(/perCapability\["tts"\]/);
    });
});
//# sourceMappingURL=scheduler-concurrency.test.js.map