import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUCKETS, IdempotencyStore, KvWorkflowStore, openBuckets } from '../../src/orchestrator/store/index.js';
import { storeHarness } from '../helpers/store-nats.js';
function deadLetter(taskId, runId, reason = 'retries exhausted') {
    return {
        taskId,
        ...(runId === undefined ? {} : { runId, stepId: 'weave' }),
        capability: 'script.weave',
        attempts: [{ instanceId: 'i-1', code: 14, message: 'unavailable', at: 5 }],
        input: { topic: 'otters' },
        failedAt: 10,
        reason,
    };
}
describe('JetStream KV stores', () => {
    let h;
    beforeAll(async () => {
        h = await storeHarness();
    });
    afterAll(() => h.close());
    afterEach(() => h.reset());
    describe('idempotency', () => {
        it('two concurrent claims of one key agree on one winner', async () => {
            const a = await h.stores({ owner: 'A' });
            const b = await h.stores({ owner: 'B' });
            for (let i = 0; i < 5; i++) {
                const key = `start-${i}`;
                const [wa, wb] = await Promise.all([a.idempotency.claim(key, `run-a-${i}`), b.idempotency.claim(key, `run-b-${i}`)]);
                expect(wa).toBe(wb);
                expect([`run-a-${i}`, `run-b-${i}`]).toContain(wa);
                expect(await a.idempotency.claim(key, 'run-late')).toBe(wa);
            }
        });
        it('keys any string; forget unbinds', async () => {
            const { idempotency } = await h.stores();
            const key = 'client 42: StartRun(podcast).*>';
            expect(await idempotency.get(key)).toBeUndefined();
            expect(await idempotency.claim(key, 'run-1')).toBe('run-1');
            expect(await idempotency.get(key)).toBe('run-1');
            expect(await idempotency.claim('x'.repeat(5000), 'run-2')).toBe('run-2'); // hashed key
            await idempotency.forget(key);
            expect(await idempotency.claim(key, 'run-3')).toBe('run-3');
            await expect(idempotency.claim('', 'run-4')).rejects.toThrow(/empty/);
        });
        it('keys live for the bucket TTL (stream max_age)', async () => {
            const nc = await h.connect();
            const buckets = await openBuckets(nc, { idempotencyTtlMs: 1_000 });
            expect(await new IdempotencyStore(buckets.idempotency).claim('k', 'run-1')).toBe('run-1');
            const info = await buckets.idempotency.jsm.streams.info(`KV_${BUCKETS.idempotency}`);
            expect(info.config.max_age).toBe(1_000_000_000);
        });
    });
    describe('workflows', () => {
        it('versions increment; the latest is kept; older ones as far as history reaches', async () => {
            const { workflows } = await h.stores({ workflowHistory: 2, now: () => 42 });
            expect(await workflows.get('podcast')).toBeUndefined();
            expect(await workflows.put('podcast', { steps: [1] })).toEqual({ name: 'podcast', version: 1, registeredAt: 42, source: { steps: [1] } });
            expect((await workflows.put('podcast', { steps: [2] })).version).toBe(2);
            expect((await workflows.put('podcast', { steps: [3] })).version).toBe(3);
            await workflows.put('a.b c', { steps: [] });
            expect(await workflows.get('podcast')).toMatchObject({ version: 3, source: { steps: [3] } });
            expect((await workflows.versions('podcast')).map((w) => w.version)).toEqual([3, 2]);
            expect((await workflows.list()).map((w) => [w.name, w.version])).toEqual([
                ['a.b c', 1],
                ['podcast', 3],
            ]);
            expect(await workflows.versions('nope')).toEqual([]);
        });
        it('concurrent registrations from two orchestrators get distinct versions', async () => {
            const a = await h.stores();
            const b = await h.stores();
            const stores = [a.workflows, b.workflows, new KvWorkflowStore(a.buckets.workflows)];
            const results = await Promise.all(Array.from({ length: 9 }, (_, i) => stores[i % 3].put('podcast', { i })));
            expect(results.map((r) => r.version).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
            expect((await a.workflows.get('podcast'))?.version).toBe(9);
        });
    });
    describe('dead letters', () => {
        it('lists newest first, filters by run, and a re-added task becomes the newest', async () => {
            const { deadLetters } = await h.stores();
            await deadLetters.add(deadLetter('t1', 'r1'));
            await deadLetters.add(deadLetter('t2', 'r2'));
            await deadLetters.add(deadLetter('t3'));
            await deadLetters.add(deadLetter('t.4', 'r.1'));
            expect((await deadLetters.list()).map((d) => d.taskId)).toEqual(['t.4', 't3', 't2', 't1']);
            expect((await deadLetters.list({ limit: 2 })).map((d) => d.taskId)).toEqual(['t.4', 't3']);
            expect((await deadLetters.list({ runId: 'r1' })).map((d) => d.taskId)).toEqual(['t1']);
            expect((await deadLetters.list({ runId: 'r.1' })).map((d) => d.taskId)).toEqual(['t.4']);
            expect(await deadLetters.list({ limit: 0 })).toEqual([]);
            await deadLetters.add(deadLetter('t1', 'r1', 'again'));
            expect((await deadLetters.list()).map((d) => d.taskId)).toEqual(['t1', 't.4', 't3', 't2']);
            expect(await deadLetters.get('t1')).toEqual(deadLetter('t1', 'r1', 'again'));
            expect(await deadLetters.get('t3')).toEqual(deadLetter('t3'));
            expect(await deadLetters.get('nope')).toBeUndefined();
        });
        it('is bounded: the oldest are dropped first', async () => {
            const { deadLetters, buckets } = await h.stores({ deadLetterMaxRecords: 3 });
            for (let i = 1; i <= 5; i++)
                await deadLetters.add(deadLetter(`t${i}`, 'r1'));
            expect((await deadLetters.list()).map((d) => d.taskId)).toEqual(['t5', 't4', 't3']);
            expect(await deadLetters.get('t1')).toBeUndefined();
            await deadLetters.add(deadLetter('t3', 'r2')); // the same task under another run: moved, not duplicated
            expect((await deadLetters.list()).map((d) => [d.taskId, d.runId])).toEqual([
                ['t3', 'r2'],
                ['t5', 'r1'],
                ['t4', 'r1'],
            ]);
            const info = await buckets.deadLetters.jsm.streams.info(`KV_${BUCKETS.deadLetters}`);
            expect(info.state.messages).toBe(3);
        });
    });
    describe('buckets', () => {
        it('are created with the documented limits and brought back to them when reopened', async () => {
            const nc = await h.connect();
            const jsm = await nc.jetstreamManager();
            await openBuckets(nc);
            const config = async (name) => (await jsm.streams.info(`KV_${name}`)).config;
            expect(await config(BUCKETS.runs)).toMatchObject({ max_msgs_per_subject: 1, max_age: 0, max_bytes: -1, discard: 'new' });
            expect(await config(BUCKETS.leases)).toMatchObject({ max_msgs_per_subject: 1, max_age: 0 });
            expect(await config(BUCKETS.idempotency)).toMatchObject({ max_msgs_per_subject: 1, max_age: 86_400_000_000_000 });
            expect(await config(BUCKETS.workflows)).toMatchObject({ max_msgs_per_subject: 5 });
            expect(await config(BUCKETS.deadLetters)).toMatchObject({ max_msgs_per_subject: 1, max_msgs: 1000, max_bytes: 64 * 1024 * 1024, discard: 'old' });
            expect(await config(BUCKETS.agents)).toMatchObject({ max_msgs_per_subject: 16, max_age: 7 * 86_400_000_000_000, discard: 'old' });
            await openBuckets(nc, { deadLetterMaxRecords: 10, workflowHistory: 3, idempotencyTtlMs: 60_000 });
            expect(await config(BUCKETS.deadLetters)).toMatchObject({ max_msgs: 10 });
            expect(await config(BUCKETS.workflows)).toMatchObject({ max_msgs_per_subject: 3 });
            expect(await config(BUCKETS.idempotency)).toMatchObject({ max_age: 60_000_000_000 });
        });
        it('refuses bad options, naming them', async () => {
            const nc = await h.connect();
            await expect(openBuckets(nc, { workflowHistory: 65 })).rejects.toThrow(/workflowHistory/);
            await expect(openBuckets(nc, { deadLetterMaxRecords: 0 })).rejects.toThrow(/deadLetterMaxRecords/);
            await expect(openBuckets(nc, { replicas: 2 })).rejects.toThrow(/replicas/);
        });
    });
});
//# sourceMappingURL=store-kv.int.test.js.map