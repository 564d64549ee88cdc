import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster } from '../helpers/cluster.js';
/**
 * Resolves with `read()` once it has not changed for `turns` event-loop turns in a
 * row. Agent, orchestrator and client share this process and talk over loopback, so
 * while the stream flows every turn brings I/O and a new chunk; when every window is
 * full nothing is left to do and the turns run empty. Counting turns instead of
 * comparing samples taken 250 ms apart does not depend on the machine's speed.
 */
async function quiescent(read, turns = 500, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    let last = read();
    for (let same = 0; same < turns;) {
        await new Promise((resolve) => setImmediate(resolve));
        const now = read();
        if (now === last)
            same++;
        else
            [same, last] = [0, now];
        if (Date.now() > deadline)
            throw new Error(`the agent was still producing after ${timeoutMs} ms (at ${now} chunks)`);
    }
    return last;
}
const CHUNK_BYTES = 16 * 1024;
const TOTAL = 4000; // 64 MiB: far more than every window and buffer on the path together
// A slow reader must slow the agent down through the orchestrator (HTTP/2 flow
// control on both hops, 'drain' in the relay and in the agent SDK) instead of making
// anyone buffer the whole stream, and nothing may be lost when it reads again.
describe('back-pressure through the orchestrator', () => {
    let cluster;
    let produced = 0;
    beforeAll(async () => {
        cluster = await startCluster();
        const flood = defineAgent({
            name: 'flood',
            version: '1.0.0',
            capabilities: [{ name: 'flood.stream', streaming: true }],
            handlers: {
                'flood.stream': async function* () {
                    for (let i = 0; i < TOTAL; i++) {
                        produced = i + 1;
                        yield { type: 'chunk', data: Buffer.alloc(CHUNK_BYTES, i % 256), contentType: 'application/octet-stream' };
                    }
                    return { chunks: TOTAL };
                },
            },
        });
        const agent = await cluster.startAgent(flood);
        await cluster.waitActive(agent.instanceId);
    });
    afterAll(() => cluster?.close());
    it('pauses the agent while the client does not read, then delivers every chunk in order', async () => {
        const events = cluster.client.streamTask({ capability: 'flood.stream', input: null })[Symbol.asyncIterator]();
        const received = [];
        while (!received.some((e) => e.type === 'chunk'))
            received.push((await events.next()).value);
        // The client now reads nothing. Wait until the agent's generator stops being resumed.
        const stalledAt = await quiescent(() => produced);
        // Everything produced is held in bounded windows: the agent's write-ahead and
        // Writable, both HTTP/2 receive windows, and the relay's Readable and Writable.
        expect(stalledAt).toBeLessThan(1000);
        expect(stalledAt).toBeGreaterThan(1);
        for (let next = await events.next(); !next.done; next = await events.next())
            received.push(next.value);
        const chunks = received.filter((e) => e.type === 'chunk');
        expect(chunks.map((c) => c.sequence)).toEqual([...Array(TOTAL).keys()]);
        for (const c of chunks)
            expect(c.data.equals(Buffer.alloc(CHUNK_BYTES, c.sequence % 256))).toBe(true);
        expect(received.at(-1)).toMatchObject({ type: 'result', output: { chunks: TOTAL } });
    });
});
//# sourceMappingURL=backpressure.int.test.js.map