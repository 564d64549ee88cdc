// deleteRevision: removes one revision of a key (no delete marker left), and only that revision;
// a revision gone meanwhile (overwritten, or removed by a racing instance) is "false", any other
// failure is thrown. A real nats-server with JetStream.
import type { KV } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteRevision, type Bucket } from '../../src/orchestrator/store/kv-util.js';
import type { Stores } from '../../src/orchestrator/store/index.js';
import { storeHarness, type StoreHarness } from '../helpers/store-nats.js';

describe('deleteRevision', () => {
  let h: StoreHarness;
  let stores: Stores;
  let bucket: Bucket;
  const utf8 = new TextEncoder();

  beforeAll(async () => {
    h = await storeHarness();
    stores = await h.stores();
    bucket = stores.buckets.runIndex; // history 1, as deleteRevision needs
  });
  afterAll(() => h?.close());

  /** The bucket as an instance that read `key` at `revision` sees it, whatever is stored now (a racing reader). */
  const staleView = (b: Bucket, key: string, revision: number): Bucket => ({
    ...b,
    kv: Object.assign(Object.create(b.kv) as KV, {
      get: (k: string) => Promise.resolve(k === key ? ({ key, revision, operation: 'PUT' } as Awaited<ReturnType<KV['get']>>) : null),
    }),
  });

  it('deletes the revision asked for, leaving no marker', async () => {
    const rev = await bucket.kv.put('k1', utf8.encode('a'));
    expect(await deleteRevision(bucket, 'k1', rev)).toBe(true);
    expect(await bucket.kv.get('k1')).toBeNull();
    expect(await deleteRevision(bucket, 'k1', rev)).toBe(false); // nothing there any more
  });

  it('leaves a key alone whose revision changed since it was read', async () => {
    const old = await bucket.kv.put('k2', utf8.encode('a'));
    const now = await bucket.kv.put('k2', utf8.encode('b'));
    expect(await deleteRevision(bucket, 'k2', old)).toBe(false);
    expect((await bucket.kv.get('k2'))?.revision).toBe(now);
  });

  it('answers false when another instance removed the revision between the read and the delete', async () => {
    const rev = await bucket.kv.put('k3', utf8.encode('a'));
    await bucket.kv.put('k3-after', utf8.encode('a')); // so k3's message is not the stream's last
    expect(await deleteRevision(bucket, 'k3', rev)).toBe(true);
    expect(await deleteRevision(staleView(bucket, 'k3', rev), 'k3', rev)).toBe(false);
    // Purged rather than deleted (retention, another instance's purgeKey).
    const purged = await bucket.kv.put('k5', utf8.encode('a'));
    await bucket.kv.put('k5-after', utf8.encode('a'));
    await bucket.jsm.streams.purge(`KV_${bucket.name}`, { filter: `$KV.${bucket.name}.k5` });
    expect(await deleteRevision(staleView(bucket, 'k5', purged), 'k5', purged)).toBe(false);
    // The last message of the stream, and a revision the stream never reached.
    const last = await bucket.kv.put('k6', utf8.encode('a'));
    expect(await deleteRevision(bucket, 'k6', last)).toBe(true);
    expect(await deleteRevision(staleView(bucket, 'k6', last), 'k6', last)).toBe(false);
    expect(await deleteRevision(staleView(bucket, 'k6', last + 1_000), 'k6', last + 1_000)).toBe(false);
  });

  it('throws what is not a missing revision (here: no such stream)', async () => {
    const gone = staleView({ ...bucket, name: 'troupe_no_such_bucket' }, 'k4', 1);
    await expect(deleteRevision(gone, 'k4', 1)).rejects.toThrow(/stream not found/i);
  });
});
