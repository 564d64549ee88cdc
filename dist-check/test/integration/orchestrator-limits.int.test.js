import { EventEmitter, once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent, Status, TroupeError } from '../../src/sdk/index.js';
import { startCluster } from '../helpers/cluster.js';
/** The answer a person gets when every instance is busy, and the deadline an agent is given. */
describe('the orchestrator at capacity and with deadlines', () => {
    let cluster;
    const events = new EventEmitter();
    const releases = [];
    const deadlines = new Map();
    const startedAt = new Map();
    beforeAll(async () => {
        cluster = await startCluster({ durable: false });
        const agent = await cluster.startAgent(defineAgent({
            name: 'busy',
            version: '1.0.0',
            maxConcurrency: 1,
            capabilities: [{ name: 'busy.hold' }, { name: 'busy.deadline' }],
            handlers: {
                'busy.hold': async () => {
                    events.emit('held');
                    await new Promise((resolve) => releases.push(resolve));
                    return 'released';
                },
                'busy.deadline': (input, ctx) => {
                    startedAt.set(input.key, Date.now());
                    deadlines.set(input.key, ctx.deadline?.getTime());
                    return null;
                },
            },
        }));
        await cluster.waitActive(agent.instanceId);
    });
    afterAll(() => cluster?.close());
    it('answers RESOURCE_EXHAUSTED, naming the max concurrency, when every instance of the capability is at its limit', async () => {
        const held = once(events, 'held');
        const first = cluster.client.submitTask({ capability: 'busy.hold' });
        await held;
        const err = await cluster.client.submitTask({ capability: 'busy.hold' }).then(() => undefined, (e) => e);
        expect(TroupeError.is(err) && err.code).toBe(Status.RESOURCE_EXHAUSTED);
        expect(err.message).toMatch(/max concurrency/);
        releases.shift()?.();
        expect((await first).output).toBe('released');
    });
    it("gives the agent the client's gRPC deadline when it is earlier than timeout_ms, and timeout_ms otherwise", async () => {
        const clientDeadline = Date.now() + 5_000;
        await cluster.client.submitTask({ capability: 'busy.deadline', input: { key: 'client' }, timeoutMs: 60_000 }, { deadline: new Date(clientDeadline) });
        const seen = deadlines.get('client');
        expect(seen).toBeDefined();
        // The propagated deadline itself: the client's, give or take gRPC's rounding of the timeout on each of the two hops.
        expect(seen).toBeLessThanOrEqual(clientDeadline + 50);
        expect(seen).toBeGreaterThanOrEqual(clientDeadline - 5);
        const sent = Date.now();
        await cluster.client.submitTask({ capability: 'busy.deadline', input: { key: 'timeout' }, timeoutMs: 2_000 }, { deadline: new Date(sent + 60_000) });
        const own = deadlines.get('timeout');
        expect(own).toBeDefined();
        // timeout_ms from some moment between sending and the handler starting, give or take rounding.
        expect(own).toBeGreaterThanOrEqual(sent + 2_000 - 5);
        expect(own).toBeLessThanOrEqual(startedAt.get('timeout') + 2_000 + 5);
    });
});
//# sourceMappingURL=orchestrator-limits.int.test.js.map