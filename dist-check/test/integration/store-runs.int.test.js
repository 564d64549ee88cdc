import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { adoptRun, CoalescingWriter, InstanceLease, RunRetention, StaleWriteError, } from '../../src/orchestrator/store/index.js';
import { storeHarness } from '../helpers/store-nats.js';
import { runRecord } from '../helpers/store-fixtures.js';
const DAY = 86_400_000;
describe('KvRunStore on JetStream KV', () => {
    let h;
    let stores;
    beforeAll(async () => {
        h = await storeHarness();
    });
    afterAll(() => h.close());
    afterEach(() => h.reset());
    const messages = async () => (await stores.buckets.runs.jsm.streams.info('KV_troupe_runs')).state.messages;
    it('puts with compare-and-set: two writers with the same expected revision, one wins', async () => {
        stores = await h.stores();
        const other = await h.stores(); // a second orchestrator, own connection
        const rev = await stores.runs.put(runRecord('r1'), null);
        const results = await Promise.allSettled([
            stores.runs.put(runRecord('r1', { owner: 'orch-a', updatedAt: 2 }), rev),
            other.runs.put(runRecord('r1', { owner: 'orch-b', updatedAt: 2 }), rev),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        const lost = results.find((r) => r.status === 'rejected');
        expect(StaleWriteError.is(lost.reason)).toBe(true);
        expect(lost.reason).toMatchObject({ code: 9, bucket: 'troupe_runs', id: 'r1', expectedRevision: rev });
        const won = results.find((r) => r.status === 'fulfilled');
        expect((await other.runs.get('r1'))?.revision).toBe(won.value);
    });
    it('creates only once: racing creates of one run, one wins', async () => {
        stores = await h.stores();
        const other = await h.stores();
        const results = await Promise.allSettled([stores.runs.put(runRecord('r1'), null), other.runs.put(runRecord('r1'), null)]);
        expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        await expect(stores.runs.put(runRecord('r1'), null)).rejects.toSatisfy(StaleWriteError.is);
    });
    it('fences a paused owner: A writes rev n, B adopts with its own owner+epoch (n+1), A\'s late write with n fails', async () => {
        stores = await h.stores({ owner: 'A' });
        const survivor = await h.stores({ owner: 'B' });
        let clock = 10_000;
        const onLost = vi.fn();
        const leaseA = new InstanceLease({ bucket: stores.buckets.leases, owner: 'A', ttlMs: 1_000, renewEveryMs: 0, now: () => clock, onLost });
        const leaseB = new InstanceLease({ bucket: survivor.buckets.leases, owner: 'B', ttlMs: 1_000, renewEveryMs: 0, now: () => clock });
        expect(await leaseA.acquire()).toMatchObject({ owner: 'A', epoch: 1 });
        await leaseB.acquire();
        const n = await stores.runs.put(runRecord('r1', { owner: 'A', epoch: 1 }), null);
        const [liveA] = (await leaseB.list()).filter((l) => l.owner === 'A');
        expect(leaseB.isDead(liveA)).toBe(false); // A's lease is live: nothing to adopt
        clock += 1_001; // A is paused past its lease
        const [deadA] = (await leaseB.list()).filter((l) => l.owner === 'A');
        expect(await leaseB.takeOver(deadA)).toBe(true);
        const adopted = await adoptRun(survivor.runs, 'r1', { owner: 'A', epoch: deadA.epoch }, { owner: 'B', epoch: leaseB.epoch }, { now: () => clock });
        expect(adopted.outcome).toBe('adopted');
        const n1 = adopted.outcome === 'adopted' ? adopted.run.revision : -1;
        expect(n1).toBeGreaterThan(n);
        // A wakes up: its write with revision n fails, its renewal finds the lease taken over.
        await expect(stores.runs.put(runRecord('r1', { owner: 'A', epoch: 1, status: 'completed' }), n)).rejects.toSatisfy(StaleWriteError.is);
        expect(await leaseA.renew()).toBe('lost');
        expect(onLost).toHaveBeenCalledWith(expect.objectContaining({ epoch: 1 }));
        expect((await survivor.runs.get('r1'))).toMatchObject({ revision: n1, record: { owner: 'B', epoch: 1, status: 'running' } });
        leaseA.stop();
        leaseB.stop();
    });
    it('adoption retries when the old owner writes in between, and the old owner is fenced after', async () => {
        stores = await h.stores({ owner: 'A' });
        const survivor = await h.stores({ owner: 'B' });
        const rev = await stores.runs.put(runRecord('r1', { owner: 'A', epoch: 1 }), null);
        let lateRev = 0;
        const get = survivor.runs.get.bind(survivor.runs);
        let first = true;
        vi.spyOn(survivor.runs, 'get').mockImplementation(async (id) => {
            const read = await get(id);
            if (first) {
                first = false;
                lateRev = await stores.runs.put(runRecord('r1', { owner: 'A', epoch: 1, tasks: { t1: 'late' } }), rev); // A's write slips in
            }
            return read;
        });
        const adopted = await adoptRun(survivor.runs, 'r1', { owner: 'A', epoch: 1 }, { owner: 'B', epoch: 2 });
        expect(adopted).toMatchObject({ outcome: 'adopted', run: { record: { owner: 'B', epoch: 2, tasks: { t1: 'late' } } } });
        await expect(stores.runs.put(runRecord('r1', { owner: 'A' }), lateRev)).rejects.toSatisfy(StaleWriteError.is);
    });
    it('lists all or unfinished runs, oldest first, and round-trips ids that need escaping', async () => {
        stores = await h.stores();
        await stores.runs.put(runRecord('run.2/ü', { createdAt: 2 }), null);
        await stores.runs.put(runRecord('run-1', { createdAt: 1, status: 'completed' }), null);
        await stores.runs.put(runRecord('run-3', { createdAt: 3, status: 'pending' }), null);
        expect((await stores.runs.list()).map((r) => r.record.runId)).toEqual(['run-1', 'run.2/ü', 'run-3']);
        expect((await stores.runs.list({ unfinished: true })).map((r) => r.record.runId)).toEqual(['run.2/ü', 'run-3']);
        expect((await stores.runs.get('run.2/ü'))?.record.runId).toBe('run.2/ü');
        expect(await stores.runs.get('run')).toBeUndefined();
    });
    it('lists a thousand runs in one pass, also while others are being written', async () => {
        stores = await h.stores();
        await Promise.all(Array.from({ length: 1000 }, (_, i) => stores.runs.put(runRecord(`r${i}`, { createdAt: i }), null)));
        const more = Promise.all(Array.from({ length: 200 }, (_, i) => stores.runs.put(runRecord(`m${i}`, { createdAt: 5000 + i }), null)));
        const listed = await stores.runs.list();
        await more;
        expect(listed.length).toBeGreaterThanOrEqual(1000);
        expect(listed.slice(0, 1000).map((r) => r.record.runId)).toEqual(Array.from({ length: 1000 }, (_, i) => `r${i}`));
        expect(await stores.runs.list()).toHaveLength(1200);
    });
    it('deletes with compare-and-set and leaves no marker behind', async () => {
        stores = await h.stores();
        const rev = await stores.runs.put(runRecord('r1'), null);
        const rev2 = await stores.runs.put(runRecord('r1', { updatedAt: 2 }), rev);
        await expect(stores.runs.delete('r1', rev)).rejects.toSatisfy(StaleWriteError.is);
        expect(await stores.runs.get('r1')).toBeDefined();
        expect(await stores.runs.delete('r1', rev2)).toBe(true);
        expect(await stores.runs.get('r1')).toBeUndefined();
        expect(await messages()).toBe(0);
        expect(await stores.runs.list()).toEqual([]);
        expect(await stores.runs.put(runRecord('r1'), null)).toBeGreaterThan(rev2); // created again
        expect(await stores.runs.delete('r1')).toBe(true);
        expect(await stores.runs.delete('r1')).toBe(false);
        expect(await messages()).toBe(0);
    });
    it('coalesces 100 transitions in one tick into one KV write', async () => {
        stores = await h.stores();
        const writer = new CoalescingWriter({ store: stores.runs });
        for (let i = 1; i <= 100; i++)
            writer.schedule('r1', () => runRecord('r1', { updatedAt: i }));
        await writer.flush();
        const stored = await stores.runs.get('r1');
        expect(stored?.record.updatedAt).toBe(100);
        const info = await stores.buckets.runs.jsm.streams.info('KV_troupe_runs');
        expect(info.state.last_seq).toBe(1); // exactly one message was ever written
        expect(writer.revision('r1')).toBe(stored?.revision);
    });
    it('retention removes old finished runs, and nothing else', async () => {
        stores = await h.stores({ owner: 'orch-a' });
        const now = 100 * DAY;
        const rows = [
            ['done-old', 'completed', 10],
            ['failed-old', 'failed', 9],
            ['running-old', 'running', 30],
            ['done-new', 'completed', 1],
        ];
        for (const [id, status, age] of rows) {
            await stores.runs.put(runRecord(id, { status, createdAt: now - age * DAY, updatedAt: now - age * DAY }), null);
        }
        const removed = [];
        const retention = new RunRetention({ runs: stores.runs, maxAgeMs: 7 * DAY, onRemoved: (id) => void removed.push(id) });
        expect(await retention.sweep(now)).toEqual(['done-old', 'failed-old']);
        expect((await stores.runs.list()).map((r) => r.record.runId).sort()).toEqual(['done-new', 'running-old']);
        expect(removed).toEqual(['done-old', 'failed-old']);
    });
});
//# sourceMappingURL=store-runs.int.test.js.map