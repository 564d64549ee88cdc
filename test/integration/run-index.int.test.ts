import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KV } from 'nats';
import { KvRunStore, type Stores } from '../../src/orchestrator/store/index.js';
import { RunListIndex, SLOT_MS, type RunListIndexOptions } from '../../src/orchestrator/store/run-index.js';
import { RunRetention } from '../../src/orchestrator/store/retention.js';
import { summaryFromRecord, type RunPage, type RunPageFilter, type RunSummary } from '../../src/orchestrator/store/run-page.js';
import { storeHarness, type StoreHarness } from '../helpers/store-nats.js';
import { runRecord } from '../helpers/store-fixtures.js';
import { waitFor } from '../helpers/wait-for.js';

const T0 = 1_700_000_000_000 - (1_700_000_000_000 % SLOT_MS);

/** Records the key filters the index reads (one ordered consumer each). */
function countReads(kv: KV): { filters: string[] } {
  const seen = { filters: [] as string[] };
  const watch = kv.watch.bind(kv);
  kv.watch = (opts) => {
    seen.filters.push(String(opts?.key));
    return watch(opts);
  };
  return seen;
}

/** A run list index on the stores' bucket that records each run entry it writes (`runId:status`). */
function countingIndex(stores: Stores, options: RunListIndexOptions): { index: RunListIndex; writes: string[] } {
  const kv = stores.buckets.runIndex.kv;
  const writes: string[] = [];
  const counting = new Proxy(kv, {
    get: (target, name: keyof KV) => {
      const value = (target[name] as (...a: unknown[]) => unknown).bind(target);
      if (name !== 'create' && name !== 'update') return value;
      return (key: string, data: string | Uint8Array, ...rest: unknown[]) => {
        if (key.startsWith('r.')) {
          const summary = JSON.parse(typeof data === 'string' ? data : new TextDecoder().decode(data)) as RunSummary;
          writes.push(`${summary.runId}:${summary.status}`);
        }
        return value(key, data, ...rest);
      };
    },
  });
  return { index: new RunListIndex({ ...stores.buckets.runIndex, kv: counting }, options), writes };
}

async function walk(index: RunListIndex, filter: Omit<RunPageFilter, 'pageToken'>): Promise<RunSummary[]> {
  const out: RunSummary[] = [];
  let page: RunPage | undefined;
  do {
    page = await index.page({ ...filter, pageToken: page?.nextPageToken });
    out.push(...page.runs);
  } while (page.nextPageToken);
  return out;
}

describe('the run list index on JetStream KV', () => {
  let h: StoreHarness;
  let stores: Stores;
  beforeAll(async () => {
    h = await storeHarness();
  });
  afterAll(() => h.close());

  it('pages through runs of many minutes newest first, reading only the seconds a page needs', async () => {
    await h.reset();
    stores = await h.stores();
    // 300 runs over 30 minutes, 10 a minute; two workflows; every fifth failed.
    for (let i = 0; i < 300; i++) {
      const record = runRecord(`run-${String(i).padStart(3, '0')}`, {
        createdAt: T0 + Math.floor(i / 10) * SLOT_MS + (i % 10) * 1_000,
        workflow: i % 2 === 0 ? 'podcast' : 'digest',
        status: i % 5 === 0 ? 'failed' : 'completed',
      });
      await stores.runs.put(record, null);
    }
    await stores.runIndex.flushed();

    const reads = countReads(stores.buckets.runIndex.kv);
    const first = await stores.runIndex.page({ limit: 15 });
    expect(first.runs.map((s) => s.runId)).toEqual(Array.from({ length: 15 }, (_, k) => `run-${299 - k}`));
    // The markers, then the newest 16 seconds (one run each) only: not the 300 entries.
    const secondReads = reads.filters.filter((f) => f.startsWith('r.'));
    const second = (i: number): string => `r.${T0 / SLOT_MS + Math.floor(i / 10)}.${(T0 + Math.floor(i / 10) * SLOT_MS + (i % 10) * 1_000) / 1_000}.*`;
    expect(secondReads).toEqual(Array.from({ length: 16 }, (_, k) => second(299 - k)));
    expect(reads.filters.filter((f) => !f.startsWith('r.'))).toEqual(['s.*', `t.${T0 / SLOT_MS + 29}.*`, `t.${T0 / SLOT_MS + 28}.*`]);

    const all = await walk(stores.runIndex, { limit: 40 });
    expect(all.map((s) => s.runId)).toEqual(Array.from({ length: 300 }, (_, k) => `run-${String(299 - k).padStart(3, '0')}`));

    const failedPodcasts = await walk(stores.runIndex, { limit: 7, workflow: 'podcast', status: 'failed' });
    expect(failedPodcasts.length).toBe(30); // i % 10 === 0
    expect(failedPodcasts.every((s) => s.workflow === 'podcast' && s.status === 'failed')).toBe(true);

    const window = await walk(stores.runIndex, { limit: 100, createdAfter: T0 + 5 * SLOT_MS, createdBefore: T0 + 7 * SLOT_MS });
    expect(window.map((s) => s.runId).sort()).toEqual(Array.from({ length: 20 }, (_, k) => `run-0${50 + k}`));
  });

  it('follows a run through its statuses, prefers a fresher overlay, and forgets removed runs', async () => {
    await h.reset();
    stores = await h.stores();
    let rev = await stores.runs.put(runRecord('r1', { createdAt: T0, status: 'running' }), null);
    await stores.runIndex.flushed();
    expect((await stores.runIndex.page({ limit: 5, status: 'running' })).runs.map((s) => s.runId)).toEqual(['r1']);
    rev = await stores.runs.put(runRecord('r1', { createdAt: T0, status: 'completed', run: { value: 'completed', context: { endedAt: T0 + 5 } } }), rev);
    await stores.runIndex.flushed();
    expect((await stores.runIndex.page({ limit: 5, status: 'running' })).runs).toEqual([]);
    expect((await stores.runIndex.page({ limit: 5 })).runs).toEqual([expect.objectContaining({ runId: 'r1', status: 'completed', endedAt: T0 + 5 })]);

    const overlay = (id: string): RunSummary | undefined => (id === 'r1' ? { ...summaryFromRecord(runRecord('r1', { createdAt: T0 })), status: 'cancelled' } : undefined);
    expect((await stores.runIndex.page({ limit: 5, status: 'cancelled' }, overlay)).runs.map((s) => s.runId)).toEqual(['r1']);

    await stores.runs.delete('r1', rev, T0);
    expect((await stores.runIndex.page({ limit: 5 })).runs).toEqual([]);
  });

  it('writes an entry once per status: a same-status note while that status is being written adds no write', async () => {
    await h.reset();
    stores = await h.stores();
    const { index, writes } = countingIndex(stores, { retryMs: 10, batchMs: 0 });
    const base = summaryFromRecord(runRecord('once', { createdAt: T0 }));
    index.note({ ...base, status: 'pending' }, 1, true);
    await index.flushed();
    index.note({ ...base, status: 'running' }, 2);
    index.note({ ...base, status: 'running' }, 3); // while "running" (revision 2) is being written: nothing new to say
    await index.flushed();
    index.note({ ...base, status: 'running' }, 4); // written already
    index.note({ ...base, status: 'completed', endedAt: T0 + 9 }, 5);
    await index.flushed();
    expect(writes).toEqual(['once:pending', 'once:running', 'once:completed']);
    expect((await index.page({ limit: 5 })).runs).toEqual([expect.objectContaining({ runId: 'once', status: 'completed' })]);
  });

  it('writes an unfinished run once per batch window, with its status then; a finished run at once; flushed() writes what waits', async () => {
    await h.reset();
    stores = await h.stores();
    const { index, writes } = countingIndex(stores, { batchMs: 60_000 });
    const other = new RunListIndex(stores.buckets.runIndex); // another orchestrator reading the index
    const quick = summaryFromRecord(runRecord('quick', { createdAt: T0 }));
    index.note({ ...quick, status: 'pending' }, 1, true);
    index.note({ ...quick, status: 'running' }, 2);
    // Listed at once where it runs (a page includes what waits to be written), nowhere else yet.
    expect((await index.page({ limit: 5 })).runs).toEqual([expect.objectContaining({ runId: 'quick', status: 'running' })]);
    expect((await other.page({ limit: 5 })).runs).toEqual([]);
    // It finishes within the window: one write, the finished entry, without waiting for the window.
    index.note({ ...quick, status: 'completed', endedAt: T0 + 9 }, 3);
    await waitFor(() => writes.length > 0, { timeoutMs: 5_000, what: 'the finished entry to be written' });
    expect(writes).toEqual(['quick:completed']);

    const slow = summaryFromRecord(runRecord('slow', { createdAt: T0 + 1 }));
    index.note({ ...slow, status: 'running' }, 4, true);
    await index.flushed(); // shutdown: what waits is written now
    expect(writes).toEqual(['quick:completed', 'slow:running']);
    expect((await other.page({ limit: 5 })).runs.map((s) => `${s.runId}:${s.status}`)).toEqual(['slow:running', 'quick:completed']);

    // Without flushed(): written when the window ends.
    const timed = countingIndex(stores, { batchMs: 20 });
    timed.index.note({ ...summaryFromRecord(runRecord('timed', { createdAt: T0 + 2 })), status: 'pending' }, 5, true);
    await waitFor(() => timed.writes.length > 0, { timeoutMs: 5_000, what: 'the entry to be written once its window ended' });
    expect(timed.writes).toEqual(['timed:pending']);
  });

  it('indexes the runs a store held before the index existed, once', async () => {
    await h.reset();
    stores = await h.stores();
    const plain = new KvRunStore(stores.buckets.runs); // an older orchestrator: no index
    for (let i = 0; i < 25; i++) await plain.put(runRecord(`old-${i}`, { createdAt: T0 + i * 1_000 }), null);
    expect(await stores.runIndex.isEmpty()).toBe(true);
    expect(await stores.runs.indexExisting()).toBe(25);
    expect(await stores.runs.indexExisting()).toBe(0);
    expect((await walk(stores.runIndex, { limit: 10 })).length).toBe(25);
  });

  it('retries an index write that failed and never fails the run write', async () => {
    await h.reset();
    const errors: string[] = [];
    stores = await h.stores({ onIndexError: (runId) => errors.push(runId) });
    const kv = stores.buckets.runIndex.kv;
    const create = kv.create.bind(kv);
    let failures = 2;
    kv.create = (key, value) => (failures-- > 0 ? Promise.reject(new Error('TIMEOUT')) : create(key, value));
    const index = new RunListIndex(stores.buckets.runIndex, { retryMs: 10, onError: (runId) => errors.push(runId) });
    const store = new KvRunStore(stores.buckets.runs, { index });
    await expect(store.put(runRecord('r9', { createdAt: T0 }), null)).resolves.toBeGreaterThan(0);
    await index.flushed();
    expect(errors).toEqual(['r9', 'r9']);
    expect((await index.page({ limit: 5 })).runs.map((s) => s.runId)).toEqual(['r9']);
  });

  it('never lets a late write of an older record revision replace a newer one (a run that changed owner)', async () => {
    await h.reset();
    stores = await h.stores();
    const kv = stores.buckets.runIndex.kv;
    // Orchestrator A's write of "running" (record revision 5) is stuck behind a NATS blip…
    let blocked = true;
    const stuck = new Proxy(kv, {
      get: (target, name: keyof KV) =>
        name === 'create' && blocked ? () => Promise.reject(new Error('TIMEOUT')) : (target[name] as (...a: unknown[]) => unknown).bind(target),
    });
    const indexAOnBlip = new RunListIndex({ ...stores.buckets.runIndex, kv: stuck }, { retryMs: 10 });
    const base = summaryFromRecord(runRecord('moved', { createdAt: T0 }));
    indexAOnBlip.note({ ...base, status: 'running' }, 5);
    // …while B, which took the run over, writes its end (revision 9).
    stores.runIndex.note({ ...base, status: 'completed', endedAt: T0 + 50 }, 9);
    await stores.runIndex.flushed();
    blocked = false;
    await indexAOnBlip.flushed();
    expect((await stores.runIndex.page({ limit: 5 })).runs).toEqual([expect.objectContaining({ runId: 'moved', status: 'completed', endedAt: T0 + 50 })]);
    // A newer revision still replaces an older one.
    indexAOnBlip.note({ ...base, status: 'cancelled' }, 12);
    await indexAOnBlip.flushed();
    expect((await stores.runIndex.page({ limit: 5 })).runs).toEqual([expect.objectContaining({ status: 'cancelled' })]);
  });

  it('reads a burst of runs in one minute a second at a time', async () => {
    await h.reset();
    stores = await h.stores();
    // 1,200 runs in one minute, 20 a second.
    for (let i = 0; i < 1200; i++) stores.runIndex.note(summaryFromRecord(runRecord(`b-${String(i).padStart(4, '0')}`, { createdAt: T0 + Math.floor(i / 20) * 1_000 })), 1, true);
    await stores.runIndex.flushed();
    const reads = countReads(stores.buckets.runIndex.kv);
    const page = await stores.runIndex.page({ limit: 30 });
    expect(page.runs.map((s) => s.runId)).toEqual(Array.from({ length: 30 }, (_, k) => `b-${String(1199 - k).padStart(4, '0')}`));
    // Two seconds of 20 runs each: 40 entries read, not 1,200.
    expect(reads.filters.filter((f) => f.startsWith('r.'))).toHaveLength(2);
    expect((await walk(stores.runIndex, { limit: 500 })).length).toBe(1200);
  });

  it('lists finished runs for retention without reading the runs in flight, after one whole read per process', async () => {
    await h.reset();
    stores = await h.stores();
    const runs = stores.runs;
    // Runs finished before retention entries existed: stored without them.
    const old = new KvRunStore(stores.buckets.runs);
    for (let i = 0; i < 5; i++) await old.put(runRecord(`old-${i}`, { status: 'completed', createdAt: T0 + i, updatedAt: T0 + 10 + i }), null);
    for (let i = 0; i < 40; i++) await runs.put(runRecord(`live-${i}`, { status: 'running', createdAt: T0 + 100 + i }), null);
    const run = (id: string, endedAt: number) => runRecord(id, { status: 'completed', createdAt: T0 + 200, updatedAt: endedAt, run: { value: 'completed', context: { endedAt } } });
    for (let i = 0; i < 3; i++) await runs.put(run(`done-${i}`, T0 + 300 + i), null);
    await stores.runIndex.flushed();

    const retention = new RunRetention({ runs, maxCount: 4, maxAgeMs: 7 * 24 * 3_600_000 });
    const list = vi.spyOn(runs, 'list');
    // First sweep: every record, and the old runs get their entries; the oldest four go (8 finished, keep 4).
    expect(await retention.sweep(T0 + 1_000)).toEqual(['old-0', 'old-1', 'old-2', 'old-3']);
    expect(list).toHaveBeenCalledTimes(1);
    expect((await runs.finishedRuns()).map((r) => r.runId).sort()).toEqual(['done-0', 'done-1', 'done-2', 'old-4']);
    // Later sweeps read the finished-run entries only (4 of them, not the 40 runs in flight).
    const reads = countReads(stores.buckets.runIndex.kv);
    await runs.put(run('done-3', T0 + 400), null);
    await stores.runIndex.flushed();
    expect(await retention.sweep(T0 + 2_000)).toEqual(['old-4']);
    expect(list).toHaveBeenCalledTimes(1);
    expect(reads.filters.filter((f) => f === 'e.*')).toHaveLength(1);
    expect(reads.filters.filter((f) => f.startsWith('r.'))).toEqual([]);
    expect((await runs.finishedRuns()).map((r) => r.runId).sort()).toEqual(['done-0', 'done-1', 'done-2', 'done-3']);
    expect((await runs.list({ unfinished: true })).length).toBe(40);
  });

  it('a finished run written again after it finished is still removed when due, at its fresh revision', async () => {
    await h.reset();
    stores = await h.stores();
    const runs = stores.runs;
    const done = runRecord('done', { status: 'completed', createdAt: T0, updatedAt: T0, run: { value: 'completed', context: { endedAt: T0 } } });
    const rev = await runs.put(done, null);
    await stores.runIndex.flushed();
    const retention = new RunRetention({ runs, maxCount: 0 });
    await retention.sweep(T0); // the first sweep (whole read) removes it: put it back and sweep again from the entries
    await runs.put(done, null);
    await stores.runIndex.flushed();
    const stale = (await runs.get('done'))!.revision;
    await runs.put({ ...done, callback: { url: 'http://example.test/hook', delivery: 'delivered' } as never }, stale); // e.g. its callback's delivery
    expect(rev).toBeLessThan(stale);
    expect(await retention.sweep(T0 + 1)).toEqual(['done']);
    expect(await runs.get('done')).toBeUndefined();
    expect(await runs.finishedRuns()).toEqual([]);
  });

  it('run, index and owner writes wait their turn behind maxStoreWrites (a burst queues instead of timing out)', async () => {
    await h.reset();
    stores = await h.stores({ maxStoreWrites: 3 });
    let inFlight = 0;
    let most = 0;
    // create and update are puts in nats.js: counting puts counts every write.
    for (const kv of [stores.buckets.runs.kv, stores.buckets.runIndex.kv, stores.buckets.owners.kv]) {
      const put = kv.put.bind(kv);
      kv.put = async (...args) => {
        most = Math.max(most, ++inFlight);
        try {
          return await put(...args);
        } finally {
          inFlight--;
        }
      };
    }
    await Promise.all(Array.from({ length: 60 }, (_, i) => stores.owners.add('me', `burst-${i}`)));
    await Promise.all(Array.from({ length: 60 }, (_, i) => stores.runs.put(runRecord(`burst-${i}`, { status: 'completed', createdAt: T0 + i }), null)));
    await stores.runIndex.flushed();
    expect(most).toBeLessThanOrEqual(3);
    expect((await stores.runs.finishedRuns()).length).toBe(60);
    expect((await stores.owners.list('me')).length).toBe(60);
  });
});
