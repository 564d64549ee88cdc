import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunStore, StoredRun } from '../../src/orchestrator/store/index.js';
import type { RunExecutor } from '../../src/orchestrator/workflow/engine/run-executor.js';
import { testLogger } from '../helpers/cluster.js';
import { durableRuns, recordingHost, withPut } from '../helpers/durable-runs.js';
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
    const runs = withPut(stores.runs, (record, expected) => {
      if (record.runId === 'run-2' && refusals-- > 0) return Promise.reject(new Error('503: no responders (stream electing a leader)'));
      return stores.runs.put(record, expected);
    });
    const resumed: StoredRun[] = [];
    const host = recordingHost(resumed);
    const durable = durableRuns(stores, runs, host);
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
    const host = recordingHost(resumed);
    const durable = durableRuns(stores, stores.runs, host);
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
  describe('adopting a dead instance’s run that fails half-way is tried again by the next pass', () => {
    /** orch-d died with one unfinished run; orch-e is the survivor, its stores wrapped by `wrap`. */
    async function survivorOf(wrap: (runs: RunStore) => RunStore, resume: (stored: StoredRun) => Promise<void>) {
      await h.reset();
      const dead = await h.stores({ owner: 'orch-d' });
      const { epoch } = await dead.lease.acquire();
      await dead.owners.add('orch-d', 'half-1');
      await dead.runs.put(runRecord('half-1', { owner: 'orch-d', epoch }), null);
      await dead.lease.release(); // gone: its lease expired at once
      const stores = await h.stores({ owner: 'orch-e' });
      const durable = durableRuns(stores, wrap(stores.runs), { logger: testLogger, driven: () => false, resume, drop: () => undefined, removed: () => undefined, cancel: () => undefined });
      return { stores, durable, dead };
    }

    it('the run’s resumption failed after its record was taken (reading its workflow timed out)', async () => {
      let failures = 1;
      const resumed: string[] = [];
      const { stores, durable } = await survivorOf(
        (runs) => runs,
        (stored) => (failures-- > 0 ? Promise.reject(new Error('TIMEOUT reading the workflow')) : (resumed.push(stored.record.runId), Promise.resolve())),
      );
      try {
        expect(await durable.start()).toBe(0); // taken over, then the resumption failed
        expect((await stores.runs.get('half-1'))?.record.owner).toBe('orch-e');
        expect(await durable.adopt()).toBe(1);
        expect(resumed).toEqual(['half-1']);
      } finally {
        await durable.close([]);
      }
    });

    it('a run whose resumption keeps failing is tried by the next pass, then less often (not every pass)', async () => {
      let attempts = 0;
      const { durable } = await survivorOf(
        (runs) => runs,
        () => (attempts++, Promise.reject(new Error('workflow "gone" is not registered'))),
      );
      try {
        await durable.start(); // the takeover's resumption fails
        await durable.adopt(); // the next pass tries it again at once: fails
        await durable.adopt(); // and once more (the first retry is not delayed): fails, so it backs off
        expect(attempts).toBe(3);
        await durable.adopt(); // within the backoff (a whole adoption period here): not tried
        expect(attempts).toBe(3);
      } finally {
        await durable.close([]);
      }
    });

    it('the adopting write landed but its answer timed out, and so did the read after it', async () => {
      let putFailed = false;
      let getFailures = 0;
      const resumed: string[] = [];
      const { stores, durable, dead } = await survivorOf(
        (runs) => ({
          put: async (record, expected) => {
            const revision = await runs.put(record, expected);
            if (record.owner !== 'orch-e' || putFailed) return revision;
            putFailed = true;
            getFailures = 1; // the read that checks whether it landed times out too
            throw new Error('TIMEOUT');
          },
          get: (runId) => (getFailures-- > 0 ? Promise.reject(new Error('TIMEOUT')) : runs.get(runId)),
          list: (filter) => runs.list(filter),
          delete: (runId, revision) => runs.delete(runId, revision),
        }),
        (stored) => (resumed.push(stored.record.runId), Promise.resolve()),
      );
      try {
        expect(await durable.start()).toBe(0);
        expect(putFailed).toBe(true);
        expect((await stores.runs.get('half-1'))?.record.owner).toBe('orch-e'); // ours in the store, driven by nobody
        // orch-d comes back (as on the cluster: it was cut off, not dead): its lease is alive again, so
        // orch-e's passes no longer look at orch-d's runs; only orch-e's own index still leads to it.
        await dead.lease.acquire();
        expect(await durable.adopt()).toBe(1);
        expect(resumed).toEqual(['half-1']);
      } finally {
        await durable.close([]);
      }
    });
  });
  it('a pass that cannot list its own runs still takes over a dead instance’s runs, and lists again next pass', async () => {
    await h.reset();
    const dead = await h.stores({ owner: 'orch-d' });
    const { epoch } = await dead.lease.acquire();
    await dead.owners.add('orch-d', 'orphan-1');
    await dead.runs.put(runRecord('orphan-1', { owner: 'orch-d', epoch }), null);
    await dead.lease.release(); // gone: its lease expired at once
    const stores = await h.stores({ owner: 'orch-g' });
    let ownListings = 0;
    // The index answers every read but the first listing of orch-g's own runs (a NATS timeout).
    const owners = new Proxy(stores.owners, {
      get(target, key) {
        if (key === 'list')
          return (owner: string) => (owner === 'orch-g' && ownListings++ === 0 ? Promise.reject(new Error('TIMEOUT listing orch-g runs')) : target.list(owner));
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const resumed: StoredRun[] = [];
    const durable = durableRuns({ ...stores, owners }, stores.runs, recordingHost(resumed));
    try {
      await expect(durable.start()).rejects.toThrow(/TIMEOUT listing/); // the pass reports the failed listing...
      expect(resumed.map((r) => r.record.runId)).toEqual(['orphan-1']); // ...after taking over the dead instance's run
      expect((await stores.runs.get('orphan-1'))?.record.owner).toBe('orch-g');
      expect(await durable.adopt()).toBe(0); // the next pass lists its own runs again: none left to take
      expect(ownListings).toBe(2);
    } finally {
      await durable.close([]);
      stores.close();
      dead.close();
    }
  });
  it('a pass reading its own runs leaves a run being created alone (indexed, not stored yet)', async () => {
    await h.reset();
    const stores = await h.stores({ owner: 'orch-f' });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const runs = withPut(stores.runs, async (record, expected) => {
      if (record.runId === 'new-1' && expected === null) await gate; // StartRun's first write, slow
      return stores.runs.put(record, expected);
    });
    const durable = durableRuns(stores, runs, { logger: testLogger, driven: () => false, resume: () => Promise.resolve(), drop: () => undefined, removed: () => undefined, cancel: () => undefined });
    const run = { runId: 'new-1', toRecord: (owner: string, epoch: number) => runRecord('new-1', { owner, epoch }) } as unknown as RunExecutor;
    try {
      const creating = durable.create(run);
      await waitFor(async () => (await stores.owners.list('orch-f')).includes('new-1'), { timeoutMs: 5000, what: 'the run to be indexed' });
      expect(await durable.start()).toBe(0); // its first pass reads orch-f's own runs
      open();
      await creating;
      expect(await stores.owners.list('orch-f')).toEqual(['new-1']);
      expect((await stores.runs.get('new-1'))?.record.owner).toBe('orch-f');
    } finally {
      await durable.close([]);
    }
  });
});
