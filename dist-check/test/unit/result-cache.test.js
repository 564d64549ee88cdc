import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/sdk/agent/result-cache.js';
import { createLogger } from '../../src/sdk/telemetry/index.js';
// The result cache without NATS (memory), on a fake clock: TTL expiry and failures.
const logger = createLogger({ name: 'test', level: 'silent' });
const result = (n) => ({ output: { numberValue: n }, data: Buffer.from([n]), contentType: 'x/y', metrics: { n }, warnings: [] });
describe('ResultCache (memory)', () => {
    it('answers the same key until its TTL passes, then runs again', async () => {
        let now = 1_000;
        const cache = await ResultCache.open(undefined, 'agent', [{ ttlMs: 500 }], logger, { now: () => now });
        let runs = 0;
        const exec = () => Promise.resolve(result(++runs));
        expect(await cache.run('cap', 'k', { ttlMs: 500 }, exec)).toEqual({ result: result(1), hit: false });
        now += 499;
        const hit = await cache.run('cap', 'k', { ttlMs: 500 }, exec);
        expect(hit.hit).toBe(true);
        expect(hit.result.output).toEqual({ numberValue: 1 });
        expect(Buffer.from(hit.result.data)).toEqual(Buffer.from([1]));
        // Other capability, same key: not shared.
        expect((await cache.run('other', 'k', { ttlMs: 500 }, exec)).hit).toBe(false);
        now += 1;
        expect(await cache.run('cap', 'k', { ttlMs: 500 }, exec)).toEqual({ result: result(3), hit: false });
        expect(runs).toBe(3);
    });
    it('stores nothing for a failed handler; a waiting duplicate then runs its own', async () => {
        const cache = await ResultCache.open(undefined, 'agent', [{ ttlMs: 1000 }], logger);
        let release;
        let started;
        const running = new Promise((resolve) => (started = resolve));
        const first = cache.run('cap', 'k', { ttlMs: 1000 }, () => new Promise((_, reject) => {
            release = reject;
            started();
        }));
        await running;
        let ranSecond = false;
        const second = cache.run('cap', 'k', { ttlMs: 1000 }, () => {
            ranSecond = true;
            return Promise.resolve(result(2));
        });
        release(new Error('cancelled'));
        await expect(first).rejects.toThrow('cancelled');
        expect(await second).toEqual({ result: result(2), hit: false });
        expect(ranSecond).toBe(true);
    });
});
//# sourceMappingURL=result-cache.test.js.map