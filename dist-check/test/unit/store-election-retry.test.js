import { afterEach, describe, expect, it, vi } from 'vitest';
import { isNoResponders, retryDuringElections, retryNoResponders } from '../../src/orchestrator/store/election-retry.js';
const noResponders = () => Object.assign(new Error('503'), { code: '503' });
const timeout = () => Object.assign(new Error('TIMEOUT'), { code: 'TIMEOUT' });
afterEach(() => {
    vi.useRealTimers();
});
describe('retrying KV requests during a stream leader election', () => {
    it('resends a request nobody answered until it is answered', async () => {
        let calls = 0;
        const retried = [];
        const value = await retryNoResponders('put', async () => {
            calls++;
            if (calls < 3)
                throw noResponders();
            return 7;
        }, { initialDelayMs: 1, onRetry: (op) => retried.push(op) });
        expect(value).toBe(7);
        expect(calls).toBe(3);
        expect(retried).toEqual(['put', 'put']);
    });
    it('does not resend a request whose outcome is unknown (timeout) or that was refused', async () => {
        let calls = 0;
        await expect(retryNoResponders('update', () => (calls++, Promise.reject(timeout())), { initialDelayMs: 1 })).rejects.toThrow('TIMEOUT');
        expect(calls).toBe(1);
        await expect(retryNoResponders('update', () => Promise.reject(new Error('wrong last sequence')), { initialDelayMs: 1 })).rejects.toThrow('wrong last sequence');
    });
    it('gives up with the last error once the window has passed', async () => {
        let calls = 0;
        const started = Date.now();
        const err = await retryNoResponders('get', () => (calls++, Promise.reject(noResponders())), { windowMs: 50, initialDelayMs: 5, maxDelayMs: 10 }).catch((e) => e);
        expect(isNoResponders(err)).toBe(true);
        expect(calls).toBeGreaterThan(2);
        expect(Date.now() - started).toBeLessThan(1000);
    });
    it('doubles its wait after each unanswered attempt, up to maxDelayMs', async () => {
        vi.useFakeTimers();
        const at = [];
        const done = retryNoResponders('put', async () => {
            at.push(Date.now());
            if (at.length < 6)
                throw noResponders();
            return 'ok';
        }, { initialDelayMs: 100, maxDelayMs: 400 });
        await vi.advanceTimersByTimeAsync(2_000);
        await expect(done).resolves.toBe('ok');
        expect(at.slice(1).map((t, i) => t - at[i])).toEqual([100, 200, 400, 400, 400]);
    });
    it('wraps only the single-request operations of a KV view, keeping `this`', async () => {
        let puts = 0;
        const fake = {
            bucket: 'troupe_runs',
            async put(key) {
                puts++;
                if (puts === 1)
                    throw noResponders();
                return `${this.bucket}/${key}`;
            },
            watch() {
                throw noResponders();
            },
        };
        const kv = retryDuringElections(fake, { initialDelayMs: 1 });
        expect(await kv.put('r1')).toBe('troupe_runs/r1');
        expect(puts).toBe(2);
        expect(() => kv.watch()).toThrow('503'); // a consumer, not a single request: as it is
        expect(kv.bucket).toBe('troupe_runs');
    });
});
//# sourceMappingURL=store-election-retry.test.js.map