import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coalesceWrites } from '../../src/sdk/nats/coalesce-writes.js';
import { startNatsServer } from '../helpers/nats-server.js';
// nats.js flushed its outgoing buffer in a microtask, so each callback that published cost
// one socket write; coalesceWrites flushes once per event-loop turn. Same messages, same order.
/** Counts the socket writes of a connection (its transport's `send`). */
function countWrites(nc) {
    const transport = nc.protocol.transport;
    const send = transport.send.bind(transport);
    let writes = 0;
    transport.send = (frame) => {
        writes++;
        send(frame);
    };
    return () => writes;
}
/** Publishes `n` messages, each from its own timer callback, all due in the same loop turn. */
function publishFromTimers(nc, subject, n) {
    return new Promise((resolve) => {
        for (let i = 0; i < n; i++) {
            setTimeout(() => {
                nc.publish(subject, new TextEncoder().encode(`m${i}`));
                if (i === n - 1)
                    resolve();
            }, 0);
        }
    });
}
describe('coalesceWrites on a real nats-server', () => {
    let nats;
    let nc;
    let reader;
    beforeAll(async () => {
        nats = await startNatsServer();
        expect(coalesceWrites()).toBe(true);
        expect(coalesceWrites()).toBe(true); // idempotent
        nc = await connect({ servers: nats.url, noAsyncTraces: true });
        reader = await connect({ servers: nats.url });
    });
    afterAll(async () => {
        await nc?.close();
        await reader?.close();
        await nats?.stop();
    });
    it('sends what many callbacks of one loop turn publish in one socket write, in order', async () => {
        const got = [];
        const all = new Promise((resolve) => {
            reader.subscribe('batch', { callback: (_err, msg) => { if (got.push(msg.string()) === 100)
                    resolve(); } });
        });
        await reader.flush();
        await nc.flush();
        const writes = countWrites(nc);
        await publishFromTimers(nc, 'batch', 100);
        await nc.flush();
        await all;
        expect(got).toEqual(Array.from({ length: 100 }, (_, i) => `m${i}`));
        // One write for the 100 publishes (a microtask flush made 100), one for flush()'s PING at most.
        expect(writes()).toBeLessThanOrEqual(2);
    });
    it('keeps requests and JetStream KV compare-and-set working', async () => {
        reader.subscribe('echo', { callback: (_err, msg) => msg.respond(msg.data) });
        await reader.flush();
        const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => nc.request('echo', new TextEncoder().encode(`r${i}`), { timeout: 2000 })));
        expect(replies.map((r) => r.string())).toEqual(Array.from({ length: 50 }, (_, i) => `r${i}`));
        const kv = await nc.jetstream().views.kv('coalesce_test');
        const rev = await kv.create('k', 'v1');
        await kv.update('k', 'v2', rev);
        await expect(kv.update('k', 'v3', rev)).rejects.toThrow(/wrong last sequence/);
        expect((await kv.get('k'))?.string()).toBe('v2');
    });
    it('flushes a batch past the pending limit at once, before the loop turn ends', () => {
        const writes = countWrites(nc);
        const big = new Uint8Array(40 * 1024);
        for (let i = 0; i < 4; i++)
            nc.publish('big', big); // 160 KiB: past nats.js's 64 KiB limit
        expect(writes()).toBeGreaterThanOrEqual(1);
    });
});
//# sourceMappingURL=nats-coalesce-writes.int.test.js.map