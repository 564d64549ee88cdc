import { describe, expect, it } from 'vitest';
import { Limiter } from '../../src/sdk/util/limiter.js';
function deferred() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
}
describe('Limiter', () => {
    it('runs at most max operations at once, the others in arrival order', async () => {
        const limiter = new Limiter(2);
        const gates = Array.from({ length: 5 }, deferred);
        const started = [];
        const done = gates.map((g, i) => limiter.run(async () => (started.push(i), await g.promise, i)));
        await Promise.resolve();
        expect(started).toEqual([0, 1]);
        expect([limiter.active, limiter.waiting]).toEqual([2, 3]);
        gates[1].resolve();
        await done[1];
        await Promise.resolve();
        expect(started).toEqual([0, 1, 2]);
        for (const g of gates)
            g.resolve();
        expect(await Promise.all(done)).toEqual([0, 1, 2, 3, 4]);
        expect([limiter.active, limiter.waiting]).toEqual([0, 0]);
    });
    it('a failing operation frees its place and rejects its caller', async () => {
        const limiter = new Limiter(1);
        const failed = limiter.run(() => Promise.reject(new Error('boom')));
        const next = limiter.run(() => Promise.resolve('ran'));
        await expect(failed).rejects.toThrow('boom');
        await expect(next).resolves.toBe('ran');
        expect(limiter.active).toBe(0);
    });
    it('keeps order through a long queue (compaction)', async () => {
        const limiter = new Limiter(1);
        const order = [];
        await Promise.all(Array.from({ length: 5_000 }, (_, i) => limiter.run(async () => void order.push(i))));
        expect(order).toEqual(Array.from({ length: 5_000 }, (_, i) => i));
        expect(limiter.waiting).toBe(0);
    });
    it('refuses a max that is not a positive integer', () => {
        expect(() => new Limiter(0)).toThrow(/max/);
        expect(() => new Limiter(1.5)).toThrow(/max/);
    });
});
//# sourceMappingURL=limiter.test.js.map