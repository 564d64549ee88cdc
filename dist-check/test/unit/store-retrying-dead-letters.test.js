import { describe, expect, it } from 'vitest';
import { InMemoryDeadLetterStore } from '../../src/orchestrator/scheduler/index.js';
import { RetryingDeadLetterStore } from '../../src/orchestrator/store/index.js';
import { waitFor } from '../helpers/wait-for.js';
const letter = (taskId) => ({ taskId, runId: 'r1', capability: 'x', attempts: [], input: null, failedAt: 1, reason: 'retries exhausted' });
/** An in-memory store whose writes fail while `down` is true. */
function flaky() {
    const store = new InMemoryDeadLetterStore();
    store.down = false;
    const add = store.add.bind(store);
    store.add = (record) => (store.down ? Promise.reject(new Error('TIMEOUT')) : add(record));
    return store;
}
describe('RetryingDeadLetterStore', () => {
    it('queues dead letters whose write fails and writes them once the store is back, in order', async () => {
        const inner = flaky();
        const retries = [];
        const store = new RetryingDeadLetterStore(inner, { retryMs: 5, maxRetryMs: 20, onRetry: (_err, pending) => retries.push(pending) });
        inner.down = true;
        await store.add(letter('t1')); // resolves: queued, not lost
        await store.add(letter('t2'));
        expect(store.pending).toBe(2);
        expect(retries.length).toBeGreaterThan(0);
        expect((await store.get('t1'))?.taskId).toBe('t1'); // readable while pending
        inner.down = false;
        await waitFor(() => store.pending === 0, { timeoutMs: 2000, what: 'the queue to drain' });
        expect((await inner.list()).map((r) => r.taskId)).toEqual(['t2', 't1']); // newest first: written in order
        store.close();
    });
    it('beyond its bounded queue a dead letter is refused, counted and reported', async () => {
        const inner = flaky();
        inner.down = true;
        const lost = [];
        const store = new RetryingDeadLetterStore(inner, { maxPending: 2, retryMs: 60_000, onDropped: (r) => lost.push(r.taskId) });
        await store.add(letter('t1'));
        await store.add(letter('t2'));
        await expect(store.add(letter('t3'))).rejects.toThrow(/dead letter of task t3 lost/);
        expect(store.dropped).toBe(1);
        expect(lost).toEqual(['t3']);
        inner.down = false;
        expect(await store.drain()).toBe(0);
        store.close();
    });
});
//# sourceMappingURL=store-retrying-dead-letters.test.js.map