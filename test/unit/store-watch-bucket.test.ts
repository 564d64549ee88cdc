// watchBucket: every entry, then `onReady`, and `onEnd` when the watch ends without being stopped
// (its consumer was lost), with the error if it failed, so the caller can watch anew. A KV whose
// watch is scripted here (a real one cannot be made to lose its consumer on demand).
import type { KV, KvEntry } from 'nats';
import { describe, expect, it } from 'vitest';
import { watchBucket } from '../../src/orchestrator/store/kv-util.js';

/** A KV whose watch delivers `entries`, then ends (or fails with `failure`) once `finish()` is called. */
function scriptedKv(entries: string[], failure?: Error): { kv: KV; finish: () => void; stopped: () => boolean } {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let stopped = false;
  const kv = {
    watch: (opts: { initializedFn?: () => void }) => {
      const iterator = (async function* () {
        for (const key of entries) yield { key, operation: 'PUT' } as KvEntry;
        opts.initializedFn?.();
        await finished;
        if (failure) throw failure;
      })();
      return Promise.resolve(Object.assign(iterator, { stop: () => (stopped = true) }));
    },
  };
  return { kv: kv as unknown as KV, finish, stopped: () => stopped };
}

/** An `onEnd` that records what it was told, and a promise of its first call. */
const ends = (): { seen: unknown[]; ended: Promise<unknown>; onEnd: (err?: unknown) => void } => {
  const seen: unknown[] = [];
  let resolveEnded!: (err: unknown) => void;
  const ended = new Promise<unknown>((resolve) => (resolveEnded = resolve));
  const onEnd = (err?: unknown): void => {
    seen.push(err ?? 'no error');
    resolveEnded(err);
  };
  return { seen, ended, onEnd };
};

describe('watchBucket', () => {
  it('delivers the stored entries, says when they are all in, and reports a watch that failed with its error', async () => {
    const { kv, finish } = scriptedKv(['a', 'b'], new Error('consumer lost'));
    const keys: string[] = [];
    let ready = false;
    const end = ends();
    await watchBucket(kv, (e) => keys.push(e.key), () => (ready = true), end.onEnd);
    finish();
    expect(await end.ended).toEqual(new Error('consumer lost'));
    expect(keys).toEqual(['a', 'b']);
    expect(ready).toBe(true);
  });

  it('reports a watch that ended without an error', async () => {
    const { kv, finish } = scriptedKv([]);
    const end = ends();
    await watchBucket(kv, () => undefined, undefined, end.onEnd);
    finish();
    await end.ended;
    expect(end.seen).toEqual(['no error']);
  });

  it('says nothing once stopped, however the watch then ends', async () => {
    for (const failure of [undefined, new Error('consumer lost')]) {
      const { kv, finish, stopped } = scriptedKv(['a'], failure);
      const end = ends();
      const stop = await watchBucket(kv, () => undefined, undefined, end.onEnd);
      stop();
      expect(stopped()).toBe(true);
      finish();
      await new Promise((resolve) => setImmediate(resolve)); // the iterator's end has been handled
      expect(end.seen).toEqual([]);
    }
  });
});
