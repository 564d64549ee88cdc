import { describe, expect, it } from 'vitest';
import { EnginePool, PoolClosedError } from '../../src/agents/voice-forge/pool.js';
/** A `create` whose calls stay pending until the test settles them. */
function fakeFactory() {
    const pending = [];
    const destroyed = [];
    let next = 0;
    return {
        pending,
        destroyed,
        create: () => new Promise((resolve, reject) => pending.push({ resolve, reject })),
        destroy: (f) => void destroyed.push(f),
        /** Resolves the oldest pending creation. */
        finishOne: async () => {
            pending.shift()?.resolve({ id: next++ });
            await settle();
        },
        failOne: async (err) => {
            pending.shift()?.reject(err);
            await settle();
        },
    };
}
/** Lets promise callbacks run (no timers involved). */
const settle = () => new Promise((resolve) => setImmediate(resolve));
describe('EnginePool', () => {
    it('prewarms size instances, never more, and refills after each acquire', async () => {
        const f = fakeFactory();
        const pool = new EnginePool({ size: 2, create: f.create });
        expect(pool.stats).toMatchObject({ ready: 0, creating: 2 });
        await f.finishOne();
        await f.finishOne();
        expect(pool.stats).toEqual({ ready: 2, creating: 0, waiting: 0, created: 2 });
        const a = await pool.acquire();
        expect(a.id).toBe(0); // oldest first
        expect(pool.stats).toMatchObject({ ready: 1, creating: 1 });
        await f.finishOne();
        expect(pool.stats).toMatchObject({ ready: 2, creating: 0, created: 3 });
        expect(f.pending).toHaveLength(0);
    });
    it('creates nothing before the first acquire without prewarm', async () => {
        const f = fakeFactory();
        const pool = new EnginePool({ size: 3, prewarm: false, create: f.create });
        await settle();
        expect(pool.stats.creating).toBe(0);
        const got = pool.acquire();
        expect(pool.stats).toMatchObject({ creating: 3, waiting: 1 });
        await f.finishOne();
        await expect(got).resolves.toEqual({ id: 0 });
    });
    it('makes acquire wait when empty, serves waiters FIFO and runs at most size creations', async () => {
        const f = fakeFactory();
        const pool = new EnginePool({ size: 2, prewarm: false, create: f.create });
        const order = [];
        const waits = [0, 1, 2, 3, 4].map((i) => pool.acquire().then((inst) => {
            order.push(i);
            return inst;
        }));
        expect(pool.stats).toMatchObject({ waiting: 5, creating: 2 });
        expect(f.pending).toHaveLength(2);
        for (let i = 0; i < 5; i++) {
            await f.finishOne();
            expect(pool.stats.creating).toBeLessThanOrEqual(2);
        }
        const got = await Promise.all(waits);
        expect(order).toEqual([0, 1, 2, 3, 4]);
        expect(new Set(got.map((g) => g.id)).size).toBe(5);
        // with nobody waiting it tops back up to size, and stops there
        while (f.pending.length > 0)
            await f.finishOne();
        expect(pool.stats).toMatchObject({ ready: 2, creating: 0, waiting: 0 });
    });
    it('reuses an instance given back unused, and destroys one there is no room for', async () => {
        const f = fakeFactory();
        const pool = new EnginePool({ size: 1, create: f.create, destroy: f.destroy });
        await f.finishOne();
        const a = await pool.acquire();
        await f.finishOne(); // the refill
        expect(pool.stats.ready).toBe(1);
        pool.release(a); // full: destroyed
        expect(f.destroyed).toEqual([a]);
        const b = await pool.acquire();
        pool.release(b); // room again (refill still pending): kept and handed out again
        expect(await pool.acquire()).toBe(b);
    });
    it('stops waiting when the signal aborts, without losing the instance made for it', async () => {
        const f = fakeFactory();
        const pool = new EnginePool({ size: 1, prewarm: false, create: f.create });
        const ac = new AbortController();
        const got = pool.acquire(ac.signal);
        ac.abort(new Error('cancelled'));
        await expect(got).rejects.toThrow('cancelled');
        expect(pool.stats.waiting).toBe(0);
        await f.finishOne();
        expect(pool.stats.ready).toBe(1);
        await expect(pool.acquire(AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
    });
    it('fails the oldest waiter when a creation fails, then pauses refilling until the next acquire', async () => {
        const f = fakeFactory();
        const pool = new EnginePool({ size: 1, create: f.create });
        await f.failOne(new Error('no wasm')); // the prewarm fails with nobody waiting
        expect(pool.stats.creating).toBe(0); // paused: no hot retry loop
        const got = expect(pool.acquire()).rejects.toThrow('still no wasm'); // retries
        expect(f.pending).toHaveLength(1);
        await f.failOne(new Error('still no wasm'));
        await got;
        expect(pool.stats.creating).toBe(0);
        const ok = pool.acquire();
        await f.finishOne();
        await expect(ok).resolves.toEqual({ id: 0 });
    });
    it('keeps retrying while callers wait, one failure per waiter', async () => {
        const f = fakeFactory();
        const pool = new EnginePool({ size: 1, prewarm: false, create: f.create });
        const first = expect(pool.acquire()).rejects.toThrow('boom');
        const second = pool.acquire();
        await f.failOne(new Error('boom'));
        await first;
        expect(f.pending).toHaveLength(1); // retried for the second waiter
        await f.finishOne();
        await expect(second).resolves.toEqual({ id: 0 });
    });
    it('catches a create that throws synchronously', async () => {
        const pool = new EnginePool({
            size: 1,
            prewarm: false,
            create: () => {
                throw new Error('sync');
            },
        });
        await expect(pool.acquire()).rejects.toThrow('sync');
    });
    it('close rejects waiters, destroys idle instances and those still being made', async () => {
        const f = fakeFactory();
        const pool = new EnginePool({ size: 2, create: f.create, destroy: f.destroy });
        await f.finishOne();
        const waiting = (async () => {
            await pool.acquire(); // takes the ready one
            return pool.acquire(); // waits
        })();
        await settle();
        const closing = pool.close();
        await expect(waiting).rejects.toBeInstanceOf(PoolClosedError);
        while (f.pending.length > 0)
            await f.finishOne();
        await closing;
        expect(f.destroyed.length).toBeGreaterThan(0);
        expect(pool.stats).toMatchObject({ ready: 0, creating: 0, waiting: 0 });
        await expect(pool.acquire()).rejects.toBeInstanceOf(PoolClosedError);
    });
    it('refuses a size out of bounds', () => {
        const create = () => Promise.resolve({ id: 0 });
        expect(() => new EnginePool({ size: 0, create })).toThrow(RangeError);
        expect(() => new EnginePool({ size: 1.5, create })).toThrow(RangeError);
        expect(() => new EnginePool({ size: 65, create })).toThrow(RangeError);
    });
});
//# sourceMappingURL=voice-forge-pool.test.js.map