import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { InstanceLease, RunOwnerIndex, RunTakeover, type Bucket, type Stores } from '../../src/orchestrator/store/index.js';
import { MARKER_GRACE_MS } from '../../src/orchestrator/store/takeover.js';
import { runRecord } from '../helpers/store-fixtures.js';
import { storeHarness, type StoreHarness } from '../helpers/store-nats.js';
import { waitFor } from '../helpers/wait-for.js';

describe('InstanceLease (one lease per orchestrator instance) on JetStream KV', () => {
  let h: StoreHarness;
  let bucket: Bucket;
  let clock: number;
  const leases: InstanceLease[] = [];
  beforeAll(async () => {
    h = await storeHarness();
  });
  afterAll(() => h.close());
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const l of leases.splice(0)) l.stop();
    await h.reset();
  });

  async function open(): Promise<Stores> {
    const stores = await h.stores();
    bucket = stores.buckets.leases;
    clock = 1_000_000;
    return stores;
  }
  function lease(owner: string, options: Partial<ConstructorParameters<typeof InstanceLease>[0]> = {}): InstanceLease {
    const l = new InstanceLease({ bucket, owner, ttlMs: 4_000, renewEveryMs: 0, now: () => clock, ...options });
    leases.push(l);
    return l;
  }

  it('acquires epoch 1, then epoch + 1 in each later life of the same instance id', async () => {
    await open();
    const onAcquired = vi.fn();
    const a = lease('A', { onAcquired });
    expect(await a.acquire()).toMatchObject({ owner: 'A', epoch: 1, expiresAt: clock + 4_000 });
    expect(onAcquired).toHaveBeenCalledWith(expect.objectContaining({ epoch: 1 }));
    expect(await lease('A').acquire()).toMatchObject({ owner: 'A', epoch: 2 }); // restarted with the same id
    expect((await a.list()).map((l) => [l.owner, l.epoch])).toEqual([['A', 2]]);
  });

  it('renews with ONE compare-and-set per period, whatever the number of runs', async () => {
    const stores = await open();
    const a = lease('A');
    const first = await a.acquire();
    const updates = vi.spyOn(bucket.kv, 'update');
    for (let i = 0; i < 200; i++) await stores.owners.add('A', `run-${i}`); // runs do not cost renewals
    clock += 1_000;
    expect(await a.renew()).toBe('renewed');
    expect(updates).toHaveBeenCalledTimes(1);
    expect(a.held).toMatchObject({ epoch: 1, expiresAt: clock + 4_000 });
    expect(a.held!.revision).toBeGreaterThan(first.revision);
  });

  it('a renewal that fails (NATS timeout) keeps the lease and its runs: logged and retried, never a loss', async () => {
    await open();
    const onLost = vi.fn();
    const onError = vi.fn();
    const a = lease('A', { onLost, onError });
    await a.acquire();
    vi.spyOn(bucket.kv, 'update').mockRejectedValue(new Error('TIMEOUT'));
    for (let i = 0; i < 3; i++) {
      clock += 5_000; // long past expiry by our own clock: still not evidence of another owner
      expect(await a.renew()).toBe('failed');
    }
    expect(onError).toHaveBeenCalledTimes(3);
    expect(onLost).not.toHaveBeenCalled();
    expect(a.epoch).toBe(1);
    vi.restoreAllMocks();
    expect(await a.renew()).toBe('renewed'); // NATS is back: nobody took over, so it is still ours
    expect(onLost).not.toHaveBeenCalled();
  });

  /** The error nats.js gives a request nobody answered (the bucket's stream is electing a leader). */
  const noResponders = (): Error => Object.assign(new Error('503'), { code: '503' });

  it('a renewal nobody answered (an election) is not resent with its stale deadline: the next period sends a fresh one', async () => {
    await open();
    const onError = vi.fn();
    const a = lease('A', { onError });
    const first = await a.acquire();
    const update = vi.spyOn(bucket.direct!, 'update').mockRejectedValueOnce(noResponders());
    clock += 1_000;
    expect(await a.renew()).toBe('failed'); // at once: not held up for the election retry window
    expect(update).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(await a.read('A')).toMatchObject({ expiresAt: first.expiresAt });
    clock += 7_000; // the election took a while
    expect(await a.renew()).toBe('renewed');
    expect(await a.read('A')).toMatchObject({ epoch: 1, expiresAt: clock + 4_000 });
  });

  it('an acquisition nobody answered is resent with a fresh deadline each time', async () => {
    await open();
    const create = vi.spyOn(bucket.direct!, 'create');
    create.mockImplementationOnce(() => {
      clock += 5_000; // each unanswered attempt: time passes
      return Promise.reject(noResponders());
    });
    create.mockImplementationOnce(() => {
      clock += 5_000;
      return Promise.reject(noResponders());
    });
    const lease0 = await lease('A').acquire();
    expect(create).toHaveBeenCalledTimes(3);
    expect(lease0).toMatchObject({ epoch: 1, expiresAt: 1_010_000 + 4_000 });
    expect(await lease('B').read('A')).toMatchObject({ expiresAt: 1_010_000 + 4_000 });
  });

  it('after its own outage a survivor gives the others a whole TTL to renew before it takes their runs over', async () => {
    const stores = await open();
    const a = lease('A');
    const b = lease('B');
    await a.acquire();
    await b.acquire();
    const takeover = new RunTakeover({ lease: b, owners: stores.owners, runs: stores.runs });
    expect(b.recovering).toBe(false);
    // The store is out for both: B's renewals fail, and A's lease runs out meanwhile.
    vi.spyOn(bucket.direct!, 'update').mockRejectedValue(new Error('TIMEOUT'));
    clock += 5_000;
    expect(await b.renew()).toBe('failed');
    expect(b.recovering).toBe(true);
    expect(await takeover.deadInstances()).toEqual([]); // A is expired, but B cannot tell it from the outage
    vi.restoreAllMocks();
    expect(await b.renew()).toBe('renewed'); // the store is back
    const [expired] = (await b.list()).filter((l) => l.owner === 'A');
    expect(b.isDead(expired!)).toBe(true);
    expect(b.mayTakeOver(expired!)).toBe(false); // A gets a whole TTL to renew
    clock += 1_000;
    expect(await a.renew()).toBe('renewed'); // and does: it was alive all along
    expect(await takeover.deadInstances()).toEqual([]);
    a.stop(); // now A dies
    clock += 4_000;
    expect(b.recovering).toBe(false);
    expect((await takeover.deadInstances()).map((l) => l.owner)).toEqual(['A']);
  });

  it('a released lease is taken over at once, even by a survivor that is recovering from an outage', async () => {
    await open();
    const a = lease('A');
    const b = lease('B');
    await a.acquire();
    await b.acquire();
    vi.spyOn(bucket.direct!, 'update').mockRejectedValueOnce(new Error('TIMEOUT'));
    expect(await b.renew()).toBe('failed');
    await a.release();
    const released = await b.read('A');
    expect(b.recovering).toBe(true);
    expect(b.mayTakeOver(released!)).toBe(true);
  });

  it('is lost only when the store proves a takeover; then re-acquired with a higher epoch', async () => {
    await open();
    const onLost = vi.fn();
    const onAcquired = vi.fn();
    const a = lease('A', { onLost, onAcquired });
    const b = lease('B');
    await a.acquire();
    await b.acquire();
    const [alive] = (await b.list()).filter((l) => l.owner === 'A');
    expect(await b.takeOver(alive!)).toBe(false); // live: refused
    clock += 4_000;
    const [dead] = (await b.list()).filter((l) => l.owner === 'A');
    expect(b.isDead(dead!)).toBe(true);
    expect(await b.takeOver(dead!)).toBe(true);
    expect(await b.read('A')).toMatchObject({ owner: 'A', epoch: 1, takenOverBy: 'B', expiresAt: 0 });
    expect(await a.renew()).toBe('lost'); // A wakes up: its compare-and-set fails and the store says taken over
    expect(onLost).toHaveBeenCalledWith(expect.objectContaining({ owner: 'A', epoch: 1 }));
    await waitFor(() => a.epoch === 2, { timeoutMs: 2_000, what: 'A to re-acquire with epoch 2' });
    expect(onAcquired).toHaveBeenLastCalledWith(expect.objectContaining({ epoch: 2 }));
    // Again, and this time the survivor deletes the lease after the takeover: A's epoch still grows.
    clock += 4_000;
    const [dead2] = (await b.list()).filter((l) => l.owner === 'A');
    expect(await b.takeOver(dead2!)).toBe(true);
    expect(await b.forget((await b.read('A'))!)).toBe(true);
    expect(await a.renew()).toBe('lost');
    await waitFor(() => a.epoch === 3, { timeoutMs: 2_000, what: 'A to re-acquire with epoch 3' });
  });

  it('racing survivors: one marks the dead lease, and each run is adopted exactly once', async () => {
    const stores = await open();
    const other = await h.stores({ owner: 'C' });
    const a = lease('A');
    await a.acquire();
    for (let i = 0; i < 20; i++) {
      await stores.owners.add('A', `r${i}`);
      await stores.runs.put(runRecord(`r${i}`, { owner: 'A', epoch: 1 }), null);
    }
    a.stop(); // A dies
    clock += 4_001;
    const b = lease('B');
    const c = new InstanceLease({ bucket: other.buckets.leases, owner: 'C', ttlMs: 4_000, renewEveryMs: 0, now: () => clock });
    leases.push(c);
    await b.acquire();
    await c.acquire();
    const takeB = new RunTakeover({ lease: b, owners: stores.owners, runs: stores.runs });
    const takeC = new RunTakeover({ lease: c, owners: new RunOwnerIndex(other.buckets.owners), runs: other.runs });
    const won = { B: [] as string[], C: [] as string[] };
    await Promise.all([
      takeB.pass(async (runId, from) => {
        if (await takeB.adopt(runId, from)) won.B.push(runId);
      }),
      takeC.pass(async (runId, from) => {
        if (await takeC.adopt(runId, from)) won.C.push(runId);
      }),
    ]);
    expect([...won.B, ...won.C].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `r${i}`).sort());
    expect(won.B.filter((id) => won.C.includes(id))).toEqual([]);
    for (let i = 0; i < 20; i++) {
      const record = (await stores.runs.get(`r${i}`))!.record;
      expect(won[record.owner as 'B' | 'C']).toContain(`r${i}`);
    }
    // The index follows: A has nothing left, B and C have what they won; a last pass forgets A's lease.
    expect(await stores.owners.list('A')).toEqual([]);
    expect((await stores.owners.list('B')).sort()).toEqual(won.B.sort());
    await takeB.pass(() => Promise.resolve());
    expect(await b.read('A')).toBeUndefined();
  });

  it('the stray sweep adopts runs of an owner that has no lease at all, and leaves live owners alone', async () => {
    const stores = await open();
    const live = lease('L');
    await live.acquire();
    for (const [owner, runId] of [['X', 'stray-1'], ['X', 'stray-2'], ['L', 'kept']] as const) {
      await stores.owners.add(owner, runId);
      await stores.runs.put(runRecord(runId, { owner, epoch: 3 }), null);
    }
    const b = lease('B');
    await b.acquire();
    const takeover = new RunTakeover({ lease: b, owners: stores.owners, runs: stores.runs });
    const adopted: string[] = [];
    await takeover.strays(async (runId, from) => {
      if (await takeover.adopt(runId, from)) adopted.push(runId);
    });
    expect(adopted.sort()).toEqual(['stray-1', 'stray-2']);
    expect((await stores.runs.get('kept'))?.record.owner).toBe('L');
    expect((await stores.owners.list('B')).sort()).toEqual(['stray-1', 'stray-2']);
    expect(await stores.owners.list('X')).toEqual([]);
  });

  it('later stray sweeps read owner markers, not every run, and still find a new stray', async () => {
    const stores = await open();
    const live = lease('L');
    await live.acquire();
    for (let i = 0; i < 50; i++) await stores.owners.add('L', `live-${i}`);
    const b = lease('B');
    await b.acquire();
    const takeover = new RunTakeover({ lease: b, owners: stores.owners, runs: stores.runs, now: () => clock });
    const adopted: string[] = [];
    const adopt = async (runId: string, from: { owner: string; epoch: number }): Promise<void> => {
      if (await takeover.adopt(runId, from)) adopted.push(runId);
    };
    await takeover.strays(adopt); // the first sweep of a process: the whole index
    expect(adopted).toEqual([]);
    // An owner whose lease is gone leaves a run behind: found through its marker.
    await stores.owners.add('X', 'stray-late');
    await stores.runs.put(runRecord('stray-late', { owner: 'X', epoch: 2 }), null);
    const all = vi.spyOn(stores.owners, 'all');
    const listed = vi.spyOn(stores.owners, 'list');
    await takeover.strays(adopt);
    expect(all).not.toHaveBeenCalled();
    expect(listed.mock.calls.map(([owner]) => owner)).toEqual(['X']); // not L (leased), not B (itself)
    expect(adopted).toEqual(['stray-late']);
    expect((await stores.owners.markers()).map((m) => m.owner).sort()).toEqual(['B', 'L', 'X']);
    // X has no runs left: its marker goes once it is older than the grace period, not before.
    await takeover.strays(adopt);
    expect((await stores.owners.markers()).map((m) => m.owner)).toContain('X');
    clock = Date.now() + MARKER_GRACE_MS + 1;
    await takeover.strays(adopt);
    expect((await stores.owners.markers()).map((m) => m.owner).sort()).toEqual(['B', 'L']);
  });

  it('an owner marker rewritten since it was read is not forgotten', async () => {
    const stores = await open();
    await stores.owners.add('X', 'r1');
    const [read] = await stores.owners.markers();
    const later = new RunOwnerIndex(stores.buckets.owners); // another process of X: writes the marker again
    await later.add('X', 'r2');
    expect(await stores.owners.forgetOwner(read!)).toBe(false);
    expect((await stores.owners.markers()).map((m) => m.owner)).toEqual(['X']);
  });

  it('a takeover that loses its compare-and-set to the owner renewing at the last moment adopts nothing', async () => {
    const stores = await open();
    const a = lease('A');
    await a.acquire();
    await stores.owners.add('A', 'alive-1');
    await stores.runs.put(runRecord('alive-1', { owner: 'A', epoch: 1 }), null);
    clock += 4_001; // A looks dead to B...
    const b = lease('B');
    await b.acquire();
    // ...and renews between B's read of the leases and B's mark (the read-to-mark window of a pass).
    const takeOver = b.takeOver.bind(b);
    vi.spyOn(b, 'takeOver').mockImplementation(async (dead) => {
      expect(await a.renew()).toBe('renewed');
      return takeOver(dead);
    });
    const adopted: string[] = [];
    const take = new RunTakeover({ lease: b, owners: stores.owners, runs: stores.runs });
    await take.pass(async (runId) => void adopted.push(runId));
    expect(adopted).toEqual([]);
    expect((await stores.runs.get('alive-1'))?.record).toMatchObject({ owner: 'A', epoch: 1 });
    expect(await b.read('A')).toMatchObject({ owner: 'A', epoch: 1, expiresAt: clock + 4_000 });
    expect((await b.read('A'))?.takenOverBy).toBeUndefined();
  });

  it('a renewal in flight when the lease is released does not hold it again', async () => {
    await open();
    const a = lease('A');
    await a.acquire();
    const renewing = a.renew();
    await a.release();
    await renewing;
    expect(a.held).toBeUndefined();
    expect(a.epoch).toBeUndefined();
  });

  it('release marks the lease expired at once (epoch kept) for survivors', async () => {
    await open();
    const a = lease('A');
    await a.acquire();
    await a.release();
    expect(a.held).toBeUndefined();
    const stored = await lease('B').read('A');
    expect(stored).toMatchObject({ epoch: 1, expiresAt: 0 });
  });

  it('renews on its own timer', async () => {
    await open();
    const a = new InstanceLease({ bucket, owner: 'A', ttlMs: 1_000, renewEveryMs: 20 });
    leases.push(a);
    const first = await a.acquire();
    await waitFor(() => (a.held?.revision ?? 0) > first.revision, { timeoutMs: 2_000, what: 'a timer renewal' });
  });

  it('refuses bad options, naming them', async () => {
    await open();
    expect(() => lease('')).toThrow(/owner/);
    expect(() => lease('A', { ttlMs: 0 })).toThrow(/ttlMs/);
    expect(() => lease('A', { ttlMs: 1_000, renewEveryMs: 1_000 })).toThrow(/renewEveryMs/);
  });
});
