import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LeaseManager, type Bucket, type Stores } from '../../src/orchestrator/store/index.js';
import { storeHarness, type StoreHarness } from '../helpers/store-nats.js';
import { waitFor } from '../helpers/wait-for.js';

describe('LeaseManager on JetStream KV', () => {
  let h: StoreHarness;
  let bucket: Bucket;
  let clock: number;
  const managers: LeaseManager[] = [];
  beforeAll(async () => {
    h = await storeHarness();
  });
  afterAll(() => h.close());
  afterEach(async () => {
    for (const m of managers.splice(0)) m.stop();
    await h.reset();
  });

  async function open(): Promise<Stores> {
    const stores = await h.stores();
    bucket = stores.buckets.leases;
    clock = 1_000_000;
    return stores;
  }
  function manager(owner: string, options: Partial<ConstructorParameters<typeof LeaseManager>[0]> = {}): LeaseManager {
    const m = new LeaseManager({ bucket, owner, ttlMs: 10_000, renewEveryMs: 0, now: () => clock, ...options });
    managers.push(m);
    return m;
  }

  it('acquires a free lease (epoch 1) and refuses a live one to others', async () => {
    await open();
    const a = manager('A');
    const b = manager('B');
    const lease = await a.acquire('r1');
    expect(lease).toMatchObject({ runId: 'r1', owner: 'A', epoch: 1, expiresAt: clock + 10_000 });
    expect(await b.acquire('r1')).toBeUndefined();
    expect(a.held('r1')).toEqual(lease);
    expect(await b.read('r1')).toEqual(lease);
    expect(a.heldRunIds()).toEqual(['r1']);
  });

  it('renews held leases with compare-and-set, pushing expiry forward', async () => {
    await open();
    const a = manager('A');
    const first = await a.acquire('r1');
    await a.acquire('r2');
    clock += 5_000;
    const result = await a.renewAll();
    expect([result.renewed.sort(), result.lost]).toEqual([['r1', 'r2'], []]);
    const renewed = a.held('r1');
    expect(renewed).toMatchObject({ epoch: 1, expiresAt: clock + 10_000 });
    expect(renewed!.revision).toBeGreaterThan(first!.revision);
    expect(await a.read('r1')).toEqual(renewed);
    expect(await a.acquire('r1')).toMatchObject({ epoch: 1 }); // re-acquiring our own lease renews it
  });

  it('lists expired leases, and a takeover increments the epoch; the loser gets onLost', async () => {
    await open();
    const onLost = vi.fn();
    const a = manager('A', { onLost });
    const b = manager('B');
    await a.acquire('r1');
    await a.acquire('r2');
    clock += 9_999;
    expect(await b.expired()).toEqual([]);
    clock += 1; // expiresAt reached
    expect((await b.expired()).sort()).toEqual(['r1', 'r2']);
    expect(await b.acquire('r1')).toMatchObject({ owner: 'B', epoch: 2 });
    expect(await b.expired()).toEqual(['r2']);
    expect(await a.renewAll()).toEqual({ renewed: ['r2'], lost: ['r1'] });
    expect(onLost).toHaveBeenCalledTimes(1);
    expect(onLost).toHaveBeenCalledWith('r1', expect.objectContaining({ owner: 'A', epoch: 1 }));
    expect(a.heldRunIds()).toEqual(['r2']);
  });

  it('takes over with an epoch above `after`, and an own lease from an earlier life with epoch + 1', async () => {
    await open();
    expect(await manager('A').acquire('r1', { after: 7 })).toMatchObject({ epoch: 8 });
    expect(await manager('A').acquire('r1')).toMatchObject({ owner: 'A', epoch: 9 }); // a new manager, same id
  });

  it('racing acquires of a free lease: exactly one wins', async () => {
    await open();
    const other = await h.stores();
    const a = manager('A');
    const b = new LeaseManager({ bucket: other.buckets.leases, owner: 'B', renewEveryMs: 0, now: () => clock });
    managers.push(b);
    const results = await Promise.all([a.acquire('r1'), b.acquire('r1')]);
    expect(results.filter((l) => l !== undefined)).toHaveLength(1);
  });

  it('release expires the lease at once for a survivor; remove deletes it without a marker', async () => {
    const stores = await open();
    const a = manager('A');
    const b = manager('B');
    await a.acquire('r1');
    await a.release('r1');
    expect(a.held('r1')).toBeUndefined();
    expect(await b.expired()).toEqual(['r1']);
    expect(await b.acquire('r1')).toMatchObject({ owner: 'B', epoch: 2 });
    await b.remove('r1');
    expect(await b.read('r1')).toBeUndefined();
    expect(b.heldRunIds()).toEqual([]);
    expect((await stores.buckets.leases.jsm.streams.info('KV_troupe_leases')).state.messages).toBe(0);
  });

  it('a lease that cannot be renewed is lost once it expired by our clock', async () => {
    await open();
    const onLost = vi.fn();
    const onError = vi.fn();
    const a = manager('A', { onLost, onError });
    await a.acquire('r1');
    vi.spyOn(bucket.kv, 'update').mockRejectedValue(new Error('TIMEOUT'));
    clock += 5_000;
    expect(await a.renewAll()).toEqual({ renewed: [], lost: [] }); // not yet expired: keep trying
    clock += 5_000;
    expect(await a.renewAll()).toEqual({ renewed: [], lost: ['r1'] });
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onLost).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('renews on its own timer', async () => {
    await open();
    const a = new LeaseManager({ bucket, owner: 'A', ttlMs: 1_000, renewEveryMs: 20 });
    managers.push(a);
    const first = await a.acquire('r1');
    await waitFor(() => (a.held('r1')?.revision ?? 0) > first!.revision, { timeoutMs: 2_000, what: 'a timer renewal' });
    a.stop();
  });

  it('refuses bad options, naming them', async () => {
    await open();
    expect(() => manager('')).toThrow(/owner/);
    expect(() => manager('A', { ttlMs: 0 })).toThrow(/ttlMs/);
    expect(() => manager('A', { ttlMs: 1_000, renewEveryMs: 1_000 })).toThrow(/renewEveryMs/);
  });
});
