import type { ObjectStore } from 'nats';
import { describe, expect, it } from 'vitest';
import { PayloadRefs, REF_KEY } from '../../src/orchestrator/store/payload-refs.js';
import { Status } from '../../src/sdk/errors.js';
import { errorOf } from '../helpers/errors.js';

// PayloadRefs over an in-memory object store: what goes by reference, uploads per
// run, and the codes of failures.

function memoryObjectStore(fail: { put?: boolean; get?: boolean } = {}): { os: ObjectStore; puts: string[]; gets: string[] } {
  const objects = new Map<string, Uint8Array>();
  const puts: string[] = [];
  const gets: string[] = [];
  const os = {
    info: (name: string) => Promise.resolve(objects.has(name) ? { name, size: objects.get(name)!.byteLength, deleted: false } : null),
    putBlob: (meta: { name: string }, data: Uint8Array) => {
      if (fail.put) return Promise.reject(new Error('insufficient resources'));
      puts.push(meta.name);
      objects.set(meta.name, data);
      return Promise.resolve({});
    },
    getBlob: (name: string) => {
      gets.push(name);
      return fail.get ? Promise.reject(new Error('timeout')) : Promise.resolve(objects.get(name) ?? null);
    },
    list: () => Promise.resolve([...objects.keys()].map((name) => ({ name }))),
    delete: (name: string) => Promise.resolve({ purged: objects.delete(name) ? 1 : 0, success: true }),
  };
  return { os: os as unknown as ObjectStore, puts, gets };
}

const big = (n: number, c = 'a'): string => c.repeat(n);

describe('PayloadRefs', () => {
  it('references only values over the inline limit, once per run', async () => {
    const { os, puts } = memoryObjectStore();
    const refs = new PayloadRefs({ os, maxPayload: 1024 * 1024, inlineMaxBytes: 1000 });
    const value = { small: 'x', big: big(5000), again: [big(5000)], nested: { a: big(600), b: big(600) } };
    const out = (await refs.externalize('r1', value)) as Record<string, unknown>;
    expect(out.small).toBe('x');
    expect((out.big as Record<string, unknown>)[REF_KEY]).toMatch(/^obj:r1\//);
    // The same content is stored once; the nested object (1.2 KB together) goes as one object.
    expect((out.nested as Record<string, unknown>)[REF_KEY]).toBeDefined();
    expect(puts).toHaveLength(2);
    await refs.externalize('r1', value);
    expect(puts).toHaveLength(2);
    await refs.externalize('r2', value);
    expect(puts).toHaveLength(4);
    expect(await refs.resolve(out)).toEqual(value);
    expect(await refs.deleteRuns(['r1'])).toBe(2);
  });

  it('keeps what it read in a bounded cache, and a run deleted gives its share back', async () => {
    const { os, gets } = memoryObjectStore();
    const refs = new PayloadRefs({ os, maxPayload: 64 * 1024 * 1024, inlineMaxBytes: 1000 });
    const first = await refs.externalize('r1', big(20 * 1024 * 1024));
    expect(await refs.resolve(first)).toHaveLength(20 * 1024 * 1024);
    await refs.resolve(first);
    expect(gets).toHaveLength(1); // the second read came from the cache
    expect(await refs.deleteRuns(['r1'])).toBe(1);
    // 20 MiB came back with the run: a 30 MiB object now fits the 64 MiB cache beside nothing else.
    const second = await refs.externalize('r2', big(30 * 1024 * 1024, 'b'));
    await refs.resolve(second);
    await refs.resolve(second);
    expect(gets).toHaveLength(2);
  });

  it('answers UNAVAILABLE when the object store cannot store or read, RESOURCE_EXHAUSTED when a record cannot fit', async () => {
    const down = new PayloadRefs({ os: memoryObjectStore({ put: true }).os, maxPayload: 1024 * 1024, inlineMaxBytes: 100 });
    expect((await errorOf(down.externalize('r', big(1000)))).code).toBe(Status.UNAVAILABLE);

    const { os } = memoryObjectStore();
    const refs = new PayloadRefs({ os, maxPayload: 1024 * 1024, inlineMaxBytes: 100 });
    const stored = await refs.externalize('r', big(1000));
    const unreadable = new PayloadRefs({ os: memoryObjectStore({ get: true }).os, maxPayload: 1024 * 1024 });
    expect((await errorOf(unreadable.resolve(stored))).code).toBe(Status.UNAVAILABLE);

    // A record of thousands of small pinned fields cannot be made to fit 8 KiB.
    const tiny = new PayloadRefs({ os, maxPayload: 8192 });
    const record = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i]));
    expect((await errorOf(tiny.encode('r', record))).code).toBe(Status.RESOURCE_EXHAUSTED);
  });

  it('stores a small record as its JSON and escapes one that holds a marker key', async () => {
    const { os, puts } = memoryObjectStore();
    const refs = new PayloadRefs({ os, maxPayload: 1024 * 1024, inlineMaxBytes: 200 });
    const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
    const small = { runId: 'r', status: 'running', note: 'é'.repeat(40) };
    expect(text(await refs.encode('r', small))).toBe(JSON.stringify(small));
    const wide = { runId: 'r', note: big(300) };
    const stored = JSON.parse(text(await refs.encode('r', wide))) as Record<string, Record<string, unknown>>;
    expect(stored.note![REF_KEY]).toMatch(/^obj:r\//);
    expect(puts).toHaveLength(1);
    const marked = { runId: 'm', output: { [REF_KEY]: 'not a reference' } };
    const escaped = JSON.parse(text(await refs.encode('m', marked))) as Record<string, Record<string, unknown>>;
    expect(escaped.output).toEqual({ $troupe_lit: { [REF_KEY]: 'not a reference' } });
    expect(await refs.resolve(escaped)).toEqual(marked);
  });

  it('keeps a run whose record went by reference on that path, and forgets it with the run', async () => {
    const { os, puts } = memoryObjectStore();
    const refs = new PayloadRefs({ os, maxPayload: 1024 * 1024, inlineMaxBytes: 100 });
    const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
    await refs.encode('r', { runId: 'r', output: big(500) });
    expect(puts).toHaveLength(1);
    // Its next record is small: it is still a valid record, read back the same.
    const next = { runId: 'r', status: 'completed', output: 'done' };
    const stored = JSON.parse(text(await refs.encode('r', next))) as unknown;
    expect(await refs.resolve(stored)).toEqual(next);
    await refs.deleteRuns(['r']);
    expect(text(await refs.encode('r', next))).toBe(JSON.stringify(next));
  });
});
