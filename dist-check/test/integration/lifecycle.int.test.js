import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { startCluster, testLogger } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnAgent } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
const BEAT_MS = 200;
describe('agent lifecycle with agents as processes', () => {
    let nats;
    let cluster;
    const procs = [];
    beforeAll(async () => {
        nats = await startNatsServer();
        cluster = await startCluster({ heartbeatIntervalMs: BEAT_MS }, nats);
    });
    afterAll(async () => {
        for (const p of procs)
            p.kill('SIGKILL');
        await Promise.all(procs.map((p) => p.exited));
        await cluster?.close();
        await nats?.stop();
    });
    it('makes an agent started after the orchestrator routable within 1 s', async () => {
        const agent = await spawnAgent('echo', nats.url, { TROUPE_HEARTBEAT_MS: String(BEAT_MS) });
        procs.push(agent);
        await waitFor(() => cluster.orchestrator.registry.get(agent.instanceId)?.routable, { timeoutMs: 1000, what: 'the new agent to be routable' });
        const result = await cluster.client.submitTask({ capability: 'echo.say', input: 'hi' });
        expect(result.output).toBe('hi');
    });
    it('finds an agent that was running before the orchestrator started (start-up $SRV ping)', async () => {
        // Heartbeats every minute: only the start-up ping can find this agent quickly.
        const agent = await spawnAgent('echo', nats.url, { TROUPE_HEARTBEAT_MS: '60000' });
        procs.push(agent);
        const late = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: -1, discoveryWaitMs: 300, logLevel: 'silent' }, { logger: testLogger });
        try {
            expect(late.registry.get(agent.instanceId)).toBeDefined();
            await waitFor(() => late.registry.get(agent.instanceId)?.routable, { timeoutMs: 1000, what: 'the pre-existing agent to be routable' });
        }
        finally {
            await late.stop();
        }
    });
    it('takes a kill -9ed agent out of rotation within 3 heartbeat intervals', async () => {
        const victim = await spawnAgent('echo', nats.url, { TROUPE_HEARTBEAT_MS: String(BEAT_MS) });
        procs.push(victim);
        await waitFor(() => cluster.orchestrator.registry.get(victim.instanceId)?.routable, { timeoutMs: 1000, what: 'the victim to be routable' });
        victim.kill('SIGKILL');
        await victim.exited;
        await waitFor(() => !cluster.orchestrator.registry.get(victim.instanceId)?.routable, {
            timeoutMs: 3 * BEAT_MS,
            what: 'the killed agent to leave rotation',
        });
        await waitFor(() => cluster.orchestrator.registry.get(victim.instanceId)?.state === 'unreachable', {
            timeoutMs: 3 * BEAT_MS + BEAT_MS,
            what: 'the killed agent to be unreachable',
        });
        for (let i = 0; i < 5; i++) {
            const r = await cluster.client.submitTask({ capability: 'echo.say', input: i });
            expect(r.agentInstanceId).not.toBe(victim.instanceId);
        }
    });
    it('drains on SIGTERM: in-flight work finishes, then the agent deregisters at once', async () => {
        // Only this agent may serve the stream: put the others in maintenance.
        const others = cluster.orchestrator.registry.list({ capability: 'echo.stream' }).filter((e) => e.routable);
        for (const e of others)
            await cluster.client.setAgentMode(e.instanceId, 'maintenance');
        const agent = await spawnAgent('echo', nats.url, { TROUPE_HEARTBEAT_MS: String(BEAT_MS) });
        procs.push(agent);
        await waitFor(() => cluster.orchestrator.registry.get(agent.instanceId)?.routable, { timeoutMs: 1000, what: 'the agent to be routable' });
        const events = [];
        let signalled = false;
        for await (const event of cluster.client.streamTask({ capability: 'echo.stream', input: { count: 20, chunkBytes: 10, delayMs: 25 } })) {
            events.push(event.type);
            if (event.type === 'chunk' && !signalled) {
                signalled = true;
                agent.kill('SIGTERM');
                await waitFor(() => cluster.orchestrator.registry.get(agent.instanceId)?.state === 'draining', { timeoutMs: 1000, what: 'draining state' });
            }
        }
        expect(events.filter((t) => t === 'chunk')).toHaveLength(20);
        expect(events.at(-1)).toBe('result');
        await waitFor(() => cluster.orchestrator.registry.get(agent.instanceId)?.state === 'left', { timeoutMs: 1000, what: 'the agent to leave' });
        expect(await agent.exited).toBe(0);
        for (const e of others)
            await cluster.client.setAgentMode(e.instanceId, 'active');
    });
});
//# sourceMappingURL=lifecycle.int.test.js.map