import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunStore, StoredRun } from '../../src/orchestrator/store/index.js';
import { DurableRuns, type DurableRunsHost } from '../../src/orchestrator/workflow/engine/run-durability.js';
import { testLogger } from '../helpers/cluster.js';
import { runRecord } from '../helpers/store-fixtures.js';
import { storeHarness, type StoreHarness } from '../helpers/store-nats.js';
import { waitFor } from '../helpers/wait-for.js';

// An orchestrator whose lease was taken over (a long pause) or that restarted with the
// same id re-acquires its lease with a new epoch and adopts its own runs of the older
// epoch. No other instance adopts them: the lease is alive again. So a run whose
// adoption fails once (NATS slow, the runs stream electing a leader after a node died)
// must be tried again by a later pass; before, it was logged and left "running" with
// nobody driving it (seen on the 3-node cluster test under CI load).

describe('DurableRuns adopting its own runs of an earlier epoch', () => {
  let h: StoreHarness;

  beforeAll(async () => {
    h = await storeHarness();
  });

  afterAll(async () => {
    await h.close();
  });

  it('tries a run again on the next pass when its adoption failed', async () => {
    // An earlier life of orch-a (epoch 1) owned two unfinished runs.
    const before = await h.stores({ owner: 'orch-a' });
    const { epoch: old } = await before.lease.acquire();
    for (const runId of ['run-1', 'run-2']) {
      await before.owners.add('orch-a', runId);
      await before.runs.put(runRecord(runId, { owner: 'orch-a', epoch: old }), null);
    }
    before.close();

    // This life (a new epoch); the runs store refuses the first write of run-2, as a
    // stream without a leader does.
    const stores = await h.stores({ owner: 'orch-a' });
    let refusals = 1;
    const runs: RunStore = {
      put: (record, expected) => {
        if (record.runId === 'run-2' && refusals-- > 0) return Promise.reject(new Error('503: no responders (stream electing a leader)'));
        return stores.runs.put(record, expected);
      },
      get: (runId) => stores.runs.get(runId),
      list: (filter) => stores.runs.list(filter),
      delete: (runId, revision) => stores.runs.delete(runId, revision),
    };
    const resumed: StoredRun[] = [];
    const host: DurableRunsHost = {
      logger: testLogger,
      driven: (runId) => resumed.some((r) => r.record.runId === runId),
      resume: (stored) => {
        resumed.push(stored);
        return Promise.resolve();
      },
      drop: () => undefined,
      removed: () => undefined,
      cancel: () => undefined,
    };
    const durable = new DurableRuns(
      { owner: 'orch-a', runs, lease: stores.lease, owners: stores.owners, idempotency: stores.idempotency, adoptEveryMs: 3_600_000, retention: { sweepEveryMs: 3_600_000 } },
      host,
    );
    try {
      expect(await durable.start()).toBe(1); // run-1 resumed; run-2's write refused
      const epoch = stores.lease.epoch!;
      expect(epoch).toBeGreaterThan(old);
      expect(resumed.map((r) => r.record.runId)).toEqual(['run-1']);

      expect(await durable.adopt()).toBe(1); // the next pass takes run-2 again
      expect(resumed.map((r) => r.record.runId)).toEqual(['run-1', 'run-2']);
      const stored = await stores.runs.get('run-2');
      expect(stored?.record).toMatchObject({ owner: 'orch-a', epoch });

      expect(await durable.adopt()).toBe(0); // nothing left to take
    } finally {
      await durable.close([]);
      stores.close();
    }
  });
  it('re-takes its own runs once it re-acquires its lease after a takeover that adopted none of them', async () => {
    // A survivor marked orch-b's lease taken over but adopted none of its runs (its pass failed
    // after the mark). orch-b's renewal finds the mark, and orch-b re-acquires with a new epoch:
    // its lease is alive again, so no survivor will adopt those runs; orch-b must.
    await h.reset(); // nothing of the test above
    const stores = await h.stores({ owner: 'orch-b' });
    const resumed: StoredRun[] = [];
    const host: DurableRunsHost = {
      logger: testLogger,
      driven: (runId) => resumed.some((r) => r.record.runId === runId),
      resume: (stored) => {
        resumed.push(stored);
        return Promise.resolve();
      },
      drop: () => undefined,
      removed: () => undefined,
      cancel: () => undefined,
    };
    const durable = new DurableRuns(
      { owner: 'orch-b', runs: stores.runs, lease: stores.lease, owners: stores.owners, idempotency: stores.idempotency, adoptEveryMs: 3_600_000, retention: { sweepEveryMs: 3_600_000 } },
      host,
    );
    const survivor = await h.stores({ owner: 'orch-c', now: () => Date.now() + 60_000 }); // sees orch-b's lease expired
    try {
      expect(await durable.start()).toBe(0);
      const first = stores.lease.epoch!;
      for (const runId of ['own-1', 'own-2']) {
        await stores.owners.add('orch-b', runId);
        await stores.runs.put(runRecord(runId, { owner: 'orch-b', epoch: first }), null);
      }
      await survivor.lease.acquire();
      const marked = await survivor.lease.read('orch-b');
      expect(await survivor.lease.takeOver(marked!)).toBe(true);

      expect(await stores.lease.renew()).toBe('lost');
      await waitFor(() => (stores.lease.epoch ?? 0) > first, { timeoutMs: 5000, what: 'orch-b to re-acquire its lease' });
      // The pass under way when the lease came back (if any) may predate it: the next one takes them.
      await durable.adopt();
      await durable.adopt();
      expect(resumed.map((r) => r.record.runId).sort()).toEqual(['own-1', 'own-2']);
      for (const runId of ['own-1', 'own-2']) expect((await stores.runs.get(runId))?.record).toMatchObject({ owner: 'orch-b', epoch: stores.lease.epoch });
    } finally {
      await durable.close([]);
      stores.close();
      survivor.close();
    }
  });
});
