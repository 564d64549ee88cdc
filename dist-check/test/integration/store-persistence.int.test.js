import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeHarness } from '../helpers/store-nats.js';
import { runRecord } from '../helpers/store-fixtures.js';
/** Writes one of everything; returns what to expect back. */
async function writeAll(stores, tag) {
    const rev = await stores.runs.put(runRecord(`run-${tag}`, { tasks: { t1: { value: 'dispatched' } } }), null);
    const finished = await stores.runs.put(runRecord(`done-${tag}`, { status: 'completed' }), null);
    await stores.workflows.put(`wf-${tag}`, { v: 1 });
    const workflow = await stores.workflows.put(`wf-${tag}`, { v: 2 });
    await stores.deadLetters.add({ taskId: `task-${tag}`, runId: `run-${tag}`, capability: 'tts.synthesize', attempts: [], input: null, failedAt: 1, reason: 'x' });
    const lease = await stores.lease.acquire();
    await stores.owners.add(stores.lease.owner, `run-${tag}`);
    await stores.idempotency.claim(`key-${tag}`, `run-${tag}`);
    return { rev, finished, workflow, lease };
}
async function expectAll(stores, tag, written) {
    expect(await stores.runs.get(`run-${tag}`)).toEqual({ record: runRecord(`run-${tag}`, { tasks: { t1: { value: 'dispatched' } } }), revision: written.rev });
    expect((await stores.runs.list({ unfinished: true })).map((r) => r.record.runId)).toContain(`run-${tag}`);
    expect((await stores.runs.get(`done-${tag}`))?.revision).toBe(written.finished);
    expect(await stores.workflows.get(`wf-${tag}`)).toEqual(written.workflow);
    expect((await stores.deadLetters.get(`task-${tag}`))?.runId).toBe(`run-${tag}`);
    expect(await stores.lease.read(written.lease.owner)).toEqual(written.lease);
    expect(await stores.owners.list(written.lease.owner)).toContain(`run-${tag}`);
    expect(await stores.idempotency.get(`key-${tag}`)).toBe(`run-${tag}`);
    // Compare-and-set goes on from the stored revision.
    expect(await stores.runs.put(runRecord(`run-${tag}`, { updatedAt: 2 }), written.rev)).toBeGreaterThan(written.rev);
}
describe('durable stores across nats-server restarts (same store dir)', () => {
    let h;
    beforeAll(async () => {
        h = await storeHarness();
    });
    afterAll(() => h.close());
    it('records, workflows, dead letters, leases and idempotency keys survive a restart', async () => {
        const written = await writeAll(await h.stores({ owner: 'A' }), 'restart');
        await h.nats.restart();
        await expectAll(await h.stores({ owner: 'B' }), 'restart', written);
    });
    it('acknowledged writes survive a kill -9 of nats-server', async () => {
        const written = await writeAll(await h.stores({ owner: 'A' }), 'kill');
        await h.nats.kill();
        await h.nats.restart();
        await expectAll(await h.stores({ owner: 'B' }), 'kill', written);
    });
});
//# sourceMappingURL=store-persistence.int.test.js.map