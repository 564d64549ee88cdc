import { describe, expect, it } from 'vitest';
import { PayloadRefs, REF_KEY } from '../../src/orchestrator/store/payload-refs.js';
import { Status } from '../../src/sdk/errors.js';
import { errorOf } from '../helpers/errors.js';
// PayloadRefs over an in-memory object store: what goes by reference, uploads per
// run, and the codes of failures.
function memoryObjectStore(fail = {}) {
    const objects = new Map();
    const puts = [];
    const os = {
        info: (name) => Promise.resolve(objects.has(name) ? { name, size: objects.get(name).byteLength, deleted: false } : null),
        putBlob: (meta, data) => {
            if (fail.put)
                return Promise.reject(new Error('insufficient resources'));
            puts.push(meta.name);
            objects.set(meta.name, data);
            return Promise.resolve({});
        },
        getBlob: (name) => (fail.get ? Promise.reject(new Error('timeout')) : Promise.resolve(objects.get(name) ?? null)),
        list: () => Promise.resolve([...objects.keys()].map((name) => ({ name }))),
        delete: (name) => Promise.resolve({ purged: objects.delete(name) ? 1 : 0, success: true }),
    };
    return { os: os, puts };
}
const big = (n, c = 'a') => c.repeat(n);
describe('PayloadRefs', () => {
    it('references only values over the inline limit, once per run', async () => {
        const { os, puts } = memoryObjectStore();
        const refs = new PayloadRefs({ os, maxPayload: 1024 * 1024, inlineMaxBytes: 1000 });
        const value = { small: 'x', big: big(5000), again: [big(5000)], nested: { a: big(600), b: big(600) } };
        const out = (await refs.externalize('r1', value));
        expect(out.small).toBe('x');
        expect(out.big[REF_KEY]).toMatch(/^obj:r1\//);
        // The same content is stored once; the nested object (1.2 KB together) goes as one object.
        expect(out.nested[REF_KEY]).toBeDefined();
        expect(puts).toHaveLength(2);
        await refs.externalize('r1', value);
        expect(puts).toHaveLength(2);
        await refs.externalize('r2', value);
        expect(puts).toHaveLength(4);
        expect(await refs.resolve(out)).toEqual(value);
        expect(await refs.deleteRuns(['r1'])).toBe(2);
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
});
//# sourceMappingURL=payload-refs.test.js.map