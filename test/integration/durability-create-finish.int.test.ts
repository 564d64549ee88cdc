import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StoredRun } from '../../src/orchestrator/store/index.js';
import type { RunExecutor } from '../../src/orchestrator/workflow/engine/run-executor.js';
import { durableRuns, recordingHost, withPut } from '../helpers/durable-runs.js';
import { runRecord } from '../helpers/store-fixtures.js';
import { storeHarness, type StoreHarness } from '../helpers/store-nats.js';
import { waitFor } from '../helpers/wait-for.js';

// What DurableRuns leaves in the store when a run is created and when it finishes, and that
// a lease it gets back (after another instance marked it taken over) makes it take up its own
// runs at once, not at the next periodic pass.

/** Just enough of a run for DurableRuns: its id, its record, and whether it is still driven here. */
function fakeRun(runId: string, patch: Partial<ReturnType<typeof runRecord>> = {}): RunExecutor {
  return { runId, attached: true, toRecord: (owner: string, epoch: number) => runRecord(runId, { owner, epoch, ...patch }) } as unknown as RunExecutor;
}

describe('DurableRuns creating and finishing runs', () => {
  let h: StoreHarness;

  beforeAll(async () => {
    h = await storeHarness();
  });
  beforeEach(async () => {
    await h.reset();
  });
  afterAll(async () => {
    await h.close();
  });

  it('a first write that landed but whose answer timed out is undone: StartRun fails UNAVAILABLE and leaves nothing behind', async () => {
    const stores = await h.stores({ owner: 'orch-a' });
    const runs = withPut(stores.runs, async (record, expected) => {
      await stores.runs.put(record, expected);
      throw new Error('TIMEOUT'); // landed, but the answer was lost
    });
    const durable = durableRuns(stores, runs, recordingHost([]));
    try {
      await durable.start();
      expect(await stores.idempotency.claim('key-1', 'lost-1')).toBe('lost-1');
      await expect(durable.create(fakeRun('lost-1'), 'key-1')).rejects.toMatchObject({ code: 14, message: expect.stringMatching(/could not be stored.*retry: TIMEOUT/) });
      expect(await stores.runs.get('lost-1')).toBeUndefined(); // no record a survivor would adopt and run
      expect(await stores.owners.list('orch-a')).toEqual([]);
      expect(await stores.idempotency.claim('key-1', 'retried-1')).toBe('retried-1'); // the key is free for the retry
    } finally {
      await durable.close([]);
      stores.close();
    }
  });

  it('a run that finished leaves the owner index once its final record is written', async () => {
    const stores = await h.stores({ owner: 'orch-b' });
    const durable = durableRuns(stores, stores.runs, recordingHost([]));
    try {
      await durable.start();
      await durable.create(fakeRun('done-1'));
      await durable.create(fakeRun('live-1'));
      expect((await stores.owners.list('orch-b')).sort()).toEqual(['done-1', 'live-1']);
      await durable.finished(fakeRun('done-1', { status: 'completed' }));
      expect(await stores.owners.list('orch-b')).toEqual(['live-1']);
    } finally {
      await durable.close([]);
      stores.close();
    }
  });

  it('re-acquiring its lease after a takeover mark takes up its own runs at once, without waiting for a periodic pass', async () => {
    const stores = await h.stores({ owner: 'orch-c' });
    const resumed: StoredRun[] = [];
    const durable = durableRuns(stores, stores.runs, recordingHost(resumed)); // periodic passes an hour apart
    const survivor = await h.stores({ owner: 'orch-d', now: () => Date.now() + 60_000 }); // sees orch-c's lease expired
    try {
      await durable.start();
      const first = stores.lease.epoch!;
      await stores.owners.add('orch-c', 'own-1');
      await stores.runs.put(runRecord('own-1', { owner: 'orch-c', epoch: first }), null);
      await survivor.lease.acquire();
      expect(await survivor.lease.takeOver((await survivor.lease.read('orch-c'))!)).toBe(true);
      expect(await stores.lease.renew()).toBe('lost'); // orch-c re-acquires with a new epoch, then adopts
      await waitFor(() => resumed.length === 1, { timeoutMs: 5000, what: 'orch-c to take up own-1 after re-acquiring its lease' });
      expect((await stores.runs.get('own-1'))?.record).toMatchObject({ owner: 'orch-c', epoch: stores.lease.epoch });
    } finally {
      await durable.close([]);
      stores.close();
      survivor.close();
    }
  });
});
