import { afterEach, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { startCluster } from '../helpers/cluster.js';
describe('load sharing between two instances of one capability', () => {
    let cluster;
    afterEach(async () => {
        await cluster?.close();
        cluster = undefined;
    });
    async function twoInstances(selection) {
        cluster = await startCluster({ selection });
        const a = await cluster.startAgent(echo);
        const b = await cluster.startAgent(echo);
        await cluster.waitActive(a.instanceId);
        await cluster.waitActive(b.instanceId);
        return [a.instanceId, b.instanceId];
    }
    it('round robin alternates between instances', async () => {
        const [a, b] = await twoInstances('round_robin');
        const used = [];
        for (let i = 0; i < 20; i++)
            used.push((await cluster.client.submitTask({ capability: 'echo.say', input: i })).agentInstanceId);
        expect(used.filter((id) => id === a)).toHaveLength(10);
        expect(used.filter((id) => id === b)).toHaveLength(10);
        for (let i = 1; i < used.length; i++)
            expect(used[i]).not.toBe(used[i - 1]);
    });
    it('least in-flight sends new work to the idle instance', async () => {
        await twoInstances('least_in_flight');
        const controller = new AbortController();
        const stream = cluster.client.streamTask({ capability: 'echo.stream', input: { count: 1000, chunkBytes: 1, delayMs: 1000 } }, { signal: controller.signal });
        const iterator = stream[Symbol.asyncIterator]();
        const started = await iterator.next();
        expect(started.value).toMatchObject({ type: 'started' });
        const busy = started.value.agentInstanceId;
        const used = new Set();
        for (let i = 0; i < 10; i++)
            used.add((await cluster.client.submitTask({ capability: 'echo.say', input: i })).agentInstanceId);
        expect(used.has(busy)).toBe(false);
        expect(used.size).toBe(1);
        controller.abort();
        await iterator.return?.();
    });
});
//# sourceMappingURL=load-sharing.int.test.js.map