import { describe, expect, it, vi } from 'vitest';
import {
  CoalescingWriter,
  MemoryRunStore,
  StaleWriteError,
  type RunRecord,
  type RunStore,
  type StoredRun,
} from '../../src/orchestrator/store/index.js';
import { runRecord } from '../helpers/store-fixtures.js';
import { waitFor } from '../helpers/wait-for.js';

/** A store whose puts wait for `open()`; records what was written and how many ran at once. */
class GatedStore implements RunStore {
  readonly inner = new MemoryRunStore();
  readonly puts: RunRecord[] = [];
  inFlight = 0;
  maxInFlight = 0;
  readonly #gates: (() => void)[] = [];

  async put(record: RunRecord, expectedRevision: number | null): Promise<number> {
    this.puts.push(record);
    this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
    await new Promise<void>((resolve) => this.#gates.push(resolve));
    try {
      return await this.inner.put(record, expectedRevision);
    } finally {
      this.inFlight--;
    }
  }
  get waiting(): number {
    return this.#gates.length;
  }
  open(): void {
    this.#gates.shift()?.();
  }
  get(runId: string): Promise<StoredRun | undefined> {
    return this.inner.get(runId);
  }
  list(): Promise<StoredRun[]> {
    return this.inner.list();
  }
  delete(runId: string, expectedRevision?: number): Promise<boolean> {
    return this.inner.delete(runId, expectedRevision);
  }
}

/** A store whose first put fails (`no responders`), then writes to `store`; `failed()` once it has. */
function failingFirst(): { store: MemoryRunStore; flaky: RunStore; failed: () => boolean } {
  const store = new MemoryRunStore();
  let failures = 1;
  const flaky: RunStore = {
    put: (record, rev) => (failures-- > 0 ? Promise.reject(new Error('no responders')) : store.put(record, rev)),
    get: (id) => store.get(id),
    list: () => store.list(),
    delete: (id, rev) => store.delete(id, rev),
  };
  return { store, flaky, failed: () => failures <= 0 };
}

/** Resolves once `probe()` is true, checking after each macrotask turn (no fixed sleep). */
async function until(probe: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !probe(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(probe()).toBe(true);
}

describe('CoalescingWriter', () => {
  it('coalesces 100 schedules of one run in one tick into ONE write of the latest state', async () => {
    const store = new MemoryRunStore();
    const writer = new CoalescingWriter({ store });
    const builds = vi.fn((n: number) => runRecord('r1', { updatedAt: n }));
    for (let n = 1; n <= 100; n++) writer.schedule('r1', () => builds(n));
    await until(() => store.writes === 1);
    await writer.flush();
    expect(store.writes).toBe(1);
    expect(builds).toHaveBeenCalledTimes(1);
    expect((await store.get('r1'))?.record.updatedAt).toBe(100);
    expect(writer.revision('r1')).toBe((await store.get('r1'))?.revision);
  });

  it('writes each run of a tick once', async () => {
    const store = new MemoryRunStore();
    const writer = new CoalescingWriter({ store });
    for (let i = 0; i < 10; i++) for (const id of ['a', 'b', 'c']) writer.schedule(id, () => runRecord(id, { updatedAt: i }));
    await writer.flush();
    expect(store.writes).toBe(3);
    expect(writer.writes).toBe(3);
  });

  it('serialises the writes of one run: never two in flight, the latest state wins', async () => {
    const store = new GatedStore();
    const writer = new CoalescingWriter({ store });
    writer.schedule('r1', () => runRecord('r1', { updatedAt: 1 }));
    await until(() => store.waiting === 1);
    for (let n = 2; n <= 50; n++) writer.schedule('r1', () => runRecord('r1', { updatedAt: n }));
    writer.schedule('r2', () => runRecord('r2')); // another run is not held up
    await until(() => store.waiting === 2);
    expect(store.puts.map((r) => [r.runId, r.updatedAt])).toEqual([['r1', 1], ['r2', 1_000]]);
    store.open(); // r1's first write lands; its second starts, with the latest state
    await until(() => store.puts.length === 3);
    expect(store.puts[2]?.updatedAt).toBe(50);
    const flushed = writer.flush();
    store.open();
    store.open();
    await flushed;
    expect(store.maxInFlight).toBe(2); // one per run
    expect(store.puts).toHaveLength(3);
    expect((await store.get('r1'))?.record.updatedAt).toBe(50);
  });

  it('flush writes what is pending at once and waits for writes scheduled meanwhile', async () => {
    const store = new MemoryRunStore();
    const deferred: (() => void)[] = [];
    const writer = new CoalescingWriter({ store, defer: (fn) => deferred.push(fn) });
    writer.schedule('r1', () => runRecord('r1', { updatedAt: 1 }));
    expect(writer.dirty('r1')).toBe(true);
    await writer.flush(); // without the deferred callback ever running
    expect(store.writes).toBe(1);
    expect(writer.dirty('r1')).toBe(false);
    for (const fn of deferred) fn(); // a late deferred callback is a no-op
    await writer.flush();
    expect(store.writes).toBe(1);
  });

  it('defers progress: written with the next prompt change, or once its delay is over', async () => {
    vi.useFakeTimers();
    try {
      const store = new MemoryRunStore();
      const writer = new CoalescingWriter({ store, defer: (fn) => void Promise.resolve().then(fn) });
      writer.schedule('r1', () => runRecord('r1', { updatedAt: 1 }), 250); // an attempt started
      writer.schedule('r1', () => runRecord('r1', { updatedAt: 2 }), 250); // the agent said it started
      expect(writer.dirty('r1')).toBe(true);
      await vi.advanceTimersByTimeAsync(200);
      expect(store.writes).toBe(0);
      writer.schedule('r1', () => runRecord('r1', { updatedAt: 3 })); // the step finished: at once, with the progress
      await vi.advanceTimersByTimeAsync(0);
      expect(store.writes).toBe(1);
      expect((await store.get('r1'))?.record.updatedAt).toBe(3);

      // Progress alone is written when its delay (from the first of it) is over.
      writer.schedule('r1', () => runRecord('r1', { updatedAt: 4 }), 250);
      await vi.advanceTimersByTimeAsync(100);
      writer.schedule('r1', () => runRecord('r1', { updatedAt: 5 }), 250);
      await vi.advanceTimersByTimeAsync(149);
      expect(store.writes).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(store.writes).toBe(2);
      expect((await store.get('r1'))?.record.updatedAt).toBe(5);

      // A prompt change already pending is not held back by progress after it.
      writer.schedule('r1', () => runRecord('r1', { updatedAt: 6 }));
      writer.schedule('r1', () => runRecord('r1', { updatedAt: 7 }), 250);
      await vi.advanceTimersByTimeAsync(0);
      expect(store.writes).toBe(3);
      expect((await store.get('r1'))?.record.updatedAt).toBe(7);

      // flush() writes deferred progress at once; forget() drops it with its timer.
      writer.schedule('r1', () => runRecord('r1', { updatedAt: 8 }), 250);
      await writer.flush();
      expect(store.writes).toBe(4);
      writer.schedule('r1', () => runRecord('r1', { updatedAt: 9 }), 250);
      writer.forget('r1');
      expect(vi.getTimerCount()).toBe(0);
      expect(writer.dirty('r1')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('holds progress that arrives while a write is in flight for its delay, not writing it right after', async () => {
    vi.useFakeTimers();
    try {
      const store = new GatedStore();
      const writer = new CoalescingWriter({ store, defer: (fn) => void Promise.resolve().then(fn) });
      writer.schedule('r1', () => runRecord('r1', { updatedAt: 1 }));
      await vi.advanceTimersByTimeAsync(0);
      expect(store.puts).toHaveLength(1);
      writer.schedule('r1', () => runRecord('r1', { updatedAt: 2 }), 250); // while the first is in flight
      store.open();
      await vi.advanceTimersByTimeAsync(0);
      await vi.advanceTimersByTimeAsync(249);
      expect(store.puts).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(store.puts).toHaveLength(2);
      expect(store.puts[1]?.updatedAt).toBe(2);
      store.open();
      await writer.flush();
    } finally {
      vi.useRealTimers();
    }
  });

  it('continues from a tracked revision and reports a lost compare-and-set to onStale, once', async () => {
    const store = new MemoryRunStore();
    const rev = await store.put(runRecord('r1', { owner: 'A', epoch: 1 }), null);
    const onStale = vi.fn();
    const writer = new CoalescingWriter({ store, onStale });
    writer.track('r1', rev);
    writer.schedule('r1', () => runRecord('r1', { owner: 'A', epoch: 1, updatedAt: 2 }));
    await writer.flush();
    expect(store.writes).toBe(2);
    // A survivor adopts the run behind our back.
    const current = await store.get('r1');
    await store.put(runRecord('r1', { owner: 'B', epoch: 2 }), current!.revision);
    writer.schedule('r1', () => runRecord('r1', { owner: 'A', epoch: 1, updatedAt: 3 }));
    await writer.flush();
    expect(onStale).toHaveBeenCalledTimes(1);
    expect(onStale.mock.calls[0]?.[0]).toBe('r1');
    expect(StaleWriteError.is(onStale.mock.calls[0]?.[1])).toBe(true);
    writer.schedule('r1', () => runRecord('r1', { owner: 'A', epoch: 1, updatedAt: 4 })); // ignored
    await writer.flush();
    expect(onStale).toHaveBeenCalledTimes(1);
    expect((await store.get('r1'))?.record.owner).toBe('B');
  });

  it('retries a failed write; if it had landed after all, continues from its revision', async () => {
    const store = new MemoryRunStore();
    let failNext = true;
    const flaky: RunStore = {
      put: async (record, rev) => {
        const revision = await store.put(record, rev);
        if (failNext) {
          failNext = false;
          throw new Error('timeout'); // stored, but the caller cannot know
        }
        return revision;
      },
      get: (id) => store.get(id),
      list: () => store.list(),
      delete: (id, rev) => store.delete(id, rev),
    };
    const onError = vi.fn();
    const onStale = vi.fn();
    const writer = new CoalescingWriter({ store: flaky, onError, onStale, retryMs: 60_000 });
    writer.schedule('r1', () => runRecord('r1', { updatedAt: 1 }));
    await writer.flush(); // the write fails: still pending
    expect(onError).toHaveBeenCalledTimes(1);
    expect(writer.dirty('r1')).toBe(true);
    await writer.flush(); // retried: the re-read finds our own write, then writes again
    expect(onStale).not.toHaveBeenCalled();
    expect(writer.dirty('r1')).toBe(false);
    expect(store.writes).toBe(2);
    writer.schedule('r1', () => runRecord('r1', { updatedAt: 2 }));
    await writer.flush();
    expect(onStale).not.toHaveBeenCalled();
    expect((await store.get('r1'))?.record.updatedAt).toBe(2);
    writer.close();
  });

  it('retries a failed write on its own after retryMs', async () => {
    const { store, flaky } = failingFirst();
    const writer = new CoalescingWriter({ store: flaky, retryMs: 5 });
    writer.schedule('r1', () => runRecord('r1'));
    await waitFor(() => store.writes === 1, { timeoutMs: 2_000, what: 'the retried write' });
    expect(writer.dirty('r1')).toBe(false);
  });

  it('idle() resolves once nothing is pending or in flight, across a failed write and its retry', async () => {
    const { store, flaky, failed } = failingFirst();
    const writer = new CoalescingWriter({ store: flaky, retryMs: 60_000 });
    await writer.idle('unknown'); // nothing to wait for
    writer.schedule('r1', () => runRecord('r1'));
    let idle = false;
    const settled = writer.idle('r1').then(() => (idle = true));
    await until(failed); // the first write failed; its retry waits
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    await writer.flush(); // the retry, now
    await settled;
    expect(store.writes).toBe(1);
    expect(writer.dirty('r1')).toBe(false);
  });

  it('idle() callers are released when the run is forgotten or the writer closed', async () => {
    const store = new GatedStore();
    const writer = new CoalescingWriter({ store });
    writer.schedule('a', () => runRecord('a'));
    writer.schedule('b', () => runRecord('b'));
    await until(() => store.waiting === 2);
    const a = writer.idle('a');
    const b = writer.idle('b');
    writer.forget('a');
    await a;
    writer.close();
    await b;
    store.open();
    store.open();
  });

  it.each([
    ['another owner', { owner: 'B', epoch: 2 }],
    ['another owner at the same epoch number (epochs count per owner)', { owner: 'B', epoch: 1 }],
  ])('after a failed write, someone else\'s record means stale: %s', async (_, survivor) => {
    const store = new MemoryRunStore();
    let failed = false;
    const failing: RunStore = {
      put: async (record, revision) => {
        if (failed) return store.put(record, revision);
        failed = true;
        await store.put(runRecord(record.runId, survivor), null); // a survivor got there
        throw new Error('connection closed');
      },
      get: (id) => store.get(id),
      list: () => store.list(),
      delete: (id, rev) => store.delete(id, rev),
    };
    const onStale = vi.fn();
    const writer = new CoalescingWriter({ store: failing, onStale, retryMs: 60_000 });
    writer.schedule('r1', () => runRecord('r1'));
    await writer.flush();
    expect(onStale).not.toHaveBeenCalled();
    await writer.flush(); // the retry re-reads: the record is B's
    expect(onStale).toHaveBeenCalledTimes(1);
    expect(writer.dirty('r1')).toBe(false);
    writer.close();
  });

  it('after a failed write, the same owner with a newer epoch (its next life adopted the run) means stale', async () => {
    const store = new MemoryRunStore();
    let failed = false;
    const failing: RunStore = {
      put: async (record, revision) => {
        if (failed) return store.put(record, revision);
        failed = true;
        // This instance lost its lease and re-took the run under epoch 2 while the epoch-1 write was in flight.
        await store.put(runRecord(record.runId, { owner: 'A', epoch: 2 }), null);
        throw new Error('timeout');
      },
      get: (id) => store.get(id),
      list: () => store.list(),
      delete: (id, rev) => store.delete(id, rev),
    };
    const onStale = vi.fn();
    const writer = new CoalescingWriter({ store: failing, onStale, retryMs: 60_000 });
    writer.schedule('r1', () => runRecord('r1', { owner: 'A', epoch: 1 }));
    await writer.flush();
    await writer.flush(); // the retry re-reads: owner A, but epoch 2 is not this write's
    expect(onStale).toHaveBeenCalledTimes(1);
    expect((await store.get('r1'))?.record.epoch).toBe(2);
    writer.close();
  });

  it('a lost compare-and-set against the same owner with a newer epoch is stale, not retried', async () => {
    const store = new MemoryRunStore();
    const rev = await store.put(runRecord('r1', { owner: 'A', epoch: 1 }), null);
    const onStale = vi.fn();
    const onError = vi.fn();
    const writer = new CoalescingWriter({ store, onStale, onError, retryMs: 60_000 });
    writer.track('r1', rev);
    await store.put(runRecord('r1', { owner: 'A', epoch: 2, updatedAt: 2 }), rev); // A's next life adopted it
    writer.schedule('r1', () => runRecord('r1', { owner: 'A', epoch: 1, updatedAt: 3 }));
    await writer.flush();
    expect(onStale).toHaveBeenCalledTimes(1);
    expect(onError).not.toHaveBeenCalled();
    expect((await store.get('r1'))?.record).toMatchObject({ epoch: 2, updatedAt: 2 });
    writer.close();
  });

  it('a lost compare-and-set against another owner with the same epoch number (a survivor adopted it) is stale', async () => {
    // Epochs count each instance's own lives: a survivor's first lease is epoch 1 too.
    const store = new MemoryRunStore();
    const rev = await store.put(runRecord('r1', { owner: 'A', epoch: 1 }), null);
    const onStale = vi.fn();
    const writer = new CoalescingWriter({ store, onStale, retryMs: 60_000 });
    writer.track('r1', rev);
    await store.put(runRecord('r1', { owner: 'B', epoch: 1, updatedAt: 2 }), rev); // B adopted it
    writer.schedule('r1', () => runRecord('r1', { owner: 'A', epoch: 1, updatedAt: 3 }));
    await writer.flush();
    expect(onStale).toHaveBeenCalledTimes(1);
    expect((await store.get('r1'))?.record).toMatchObject({ owner: 'B', updatedAt: 2 });
    writer.close();
  });

  it('a lost compare-and-set on a record still ours (our own write landed, its reply lost) is not stale', async () => {
    const store = new MemoryRunStore();
    const rev = await store.put(runRecord('r1', { owner: 'A', epoch: 1 }), null);
    const onStale = vi.fn();
    const writer = new CoalescingWriter({ store, onStale, retryMs: 60_000 });
    writer.track('r1', rev);
    // Our earlier write landed, but the writer never learnt its revision (a NATS cluster leader change).
    await store.put(runRecord('r1', { owner: 'A', epoch: 1, updatedAt: 2 }), rev);
    writer.schedule('r1', () => runRecord('r1', { owner: 'A', epoch: 1, updatedAt: 3 }));
    await writer.flush();
    expect(onStale).not.toHaveBeenCalled();
    expect(writer.dirty('r1')).toBe(false);
    expect((await store.get('r1'))?.record.updatedAt).toBe(3);
    writer.close();
  });

  it('a lost compare-and-set whose re-read is older (a lagging replica) is retried later, not stale', async () => {
    const store = new MemoryRunStore();
    const rev = await store.put(runRecord('r1', { owner: 'A', epoch: 1 }), null);
    let lagging = true;
    const replica: RunStore = {
      put: (record, expected) => (lagging ? Promise.reject(new StaleWriteError('runs', record.runId, expected)) : store.put(record, expected)),
      get: (id) => store.get(id), // the same revision the writer holds: no newer one to continue from
      list: () => store.list(),
      delete: (id, r) => store.delete(id, r),
    };
    const onStale = vi.fn();
    const onError = vi.fn();
    const writer = new CoalescingWriter({ store: replica, onStale, onError, retryMs: 60_000 });
    writer.track('r1', rev);
    writer.schedule('r1', () => runRecord('r1', { owner: 'A', epoch: 1, updatedAt: 2 }));
    await writer.flush();
    expect(onStale).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(writer.dirty('r1')).toBe(true);
    lagging = false;
    await writer.flush();
    expect((await store.get('r1'))?.record.updatedAt).toBe(2);
    expect(onStale).not.toHaveBeenCalled();
    writer.close();
  });

  it('a throwing build is reported and does not block later writes', async () => {
    const store = new MemoryRunStore();
    const onError = vi.fn();
    const writer = new CoalescingWriter({ store, onError });
    writer.schedule('r1', () => {
      throw new Error('boom');
    });
    await writer.flush();
    expect(onError).toHaveBeenCalledWith('r1', expect.objectContaining({ message: 'boom' }));
    writer.schedule('r1', () => runRecord('r1'));
    await writer.flush();
    expect(store.writes).toBe(1);
  });
});
