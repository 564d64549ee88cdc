import { describe, expect, it } from 'vitest';
import { PriorityQueue } from '../../src/orchestrator/scheduler/index.js';
import { ResourceExhaustedError, Status, TroupeError } from '../../src/sdk/errors.js';
import { FakeClock } from './scheduler-fake-clock.js';
function drain(q) {
    const out = [];
    for (let item = q.shift(); item !== undefined; item = q.shift())
        out.push(item);
    return out;
}
describe('PriorityQueue', () => {
    it('lets priority 1 overtake queued priority 5 work, FIFO within a level', () => {
        const q = new PriorityQueue();
        q.push('bulk-a', 5);
        q.push('bulk-b', 5);
        q.push('normal', 3);
        q.push('urgent-a', 1);
        q.push('urgent-b', 1);
        expect(q.size).toBe(5);
        expect(q.sizeByPriority()).toEqual([2, 0, 1, 0, 2]);
        expect(q.peek()).toBe('urgent-a');
        expect(drain(q)).toEqual(['urgent-a', 'urgent-b', 'normal', 'bulk-a', 'bulk-b']);
        expect(q.size).toBe(0);
        expect(q.shift()).toBeUndefined();
        expect(q.peek()).toBeUndefined();
    });
    it('keeps FIFO order over many pushes and shifts (head compaction)', () => {
        const q = new PriorityQueue({ capacity: 10_000 });
        for (let i = 0; i < 5000; i++)
            q.push(i, 4);
        const firstHalf = Array.from({ length: 2500 }, () => q.shift());
        for (let i = 5000; i < 6000; i++)
            q.push(i, 4);
        expect(firstHalf).toEqual(Array.from({ length: 2500 }, (_, i) => i));
        expect(drain(q)).toEqual(Array.from({ length: 3500 }, (_, i) => i + 2500));
    });
    it('throws RESOURCE_EXHAUSTED with an actionable message when full', () => {
        const q = new PriorityQueue({ capacity: 2 });
        q.push(1, 3);
        q.push(2, 3);
        let caught;
        try {
            q.push(3, 1);
        }
        catch (err) {
            caught = err;
        }
        expect(caught).toBeInstanceOf(ResourceExhaustedError);
        expect(TroupeError.is(caught) && caught.code).toBe(Status.RESOURCE_EXHAUSTED);
        expect(TroupeError.is(caught) && caught.retryable).toBe(true);
        expect(caught.message).toBe("the orchestrator's queue is full (2 tasks waiting); retry later or lower the load");
        expect(q.size).toBe(2);
        q.shift();
        expect(() => q.push(3, 1)).not.toThrow();
    });
    it('rejects a priority outside 1–5', () => {
        const q = new PriorityQueue();
        for (const bad of [0, 6, 2.5, Number.NaN]) {
            expect(() => q.push(1, bad)).toThrow(/priority must be an integer from 1 \(highest\) to 5 \(lowest\)/);
        }
        expect(q.size).toBe(0);
    });
    it('removes matching items (cancellation) and keeps the rest in order', () => {
        const q = new PriorityQueue();
        for (let i = 0; i < 10; i++)
            q.push(i, (i % 5) + 1);
        expect(q.remove((n) => n % 2 === 0)).toEqual([0, 6, 2, 8, 4]);
        expect(q.size).toBe(5);
        expect(q.sizeByPriority()).toEqual([1, 1, 1, 1, 1]);
        expect(drain(q)).toEqual([5, 1, 7, 3, 9]);
    });
    it('ages waiting items one level per agingMs, never above 1', () => {
        const clock = new FakeClock();
        const q = new PriorityQueue({ agingMs: 1000, now: clock.now });
        q.push('old-bulk', 5);
        clock.advance(2500); // old-bulk now competes as priority 3
        q.push('new-normal', 3);
        q.push('new-high', 2);
        expect(q.peekEntry()).toMatchObject({ item: 'new-high', priority: 2, effectivePriority: 2 });
        expect(drain(q)).toEqual(['new-high', 'old-bulk', 'new-normal']);
        q.push('ancient', 5);
        clock.advance(60_000);
        q.push('fresh-urgent', 1);
        expect(q.peekEntry()).toMatchObject({ item: 'ancient', effectivePriority: 1 });
        expect(drain(q)).toEqual(['ancient', 'fresh-urgent']); // same effective level: earlier arrival first
    });
    it('without aging, low priority waits behind any amount of higher work', () => {
        const clock = new FakeClock();
        const q = new PriorityQueue({ now: clock.now });
        q.push('bulk', 5);
        clock.advance(1e9);
        q.push('normal', 4);
        expect(drain(q)).toEqual(['normal', 'bulk']);
    });
});
describe('PriorityQueue options', () => {
    it('refuses a negative or NaN capacity or agingMs with INVALID_ARGUMENT naming the value', () => {
        expect(() => new PriorityQueue({ capacity: -1 })).toThrow(expect.objectContaining({ code: Status.INVALID_ARGUMENT, message: 'capacity must be 0 or more; got -1' }));
        expect(() => new PriorityQueue({ capacity: Number.NaN })).toThrow('capacity must be 0 or more; got NaN');
        expect(() => new PriorityQueue({ agingMs: -5 })).toThrow(expect.objectContaining({ code: Status.INVALID_ARGUMENT, message: 'agingMs must be 0 or more; got -5' }));
        expect(new PriorityQueue({ capacity: 0, agingMs: 0 }).size).toBe(0);
    });
});
//# sourceMappingURL=scheduler-priority-queue.test.js.map