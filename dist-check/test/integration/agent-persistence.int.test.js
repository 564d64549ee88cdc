import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent, startAgent } from '../../src/sdk/index.js';
import { testLogger } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';
// Agent status history, task counts and latency EWMA are kept in troupe_agents and
// seed the registry entry of an instance that reappears after an orchestrator restart.
describe('agent history survives an orchestrator restart', () => {
    let nats;
    let agent;
    let orchestrator;
    const start = () => startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 300, logLevel: 'silent', instanceId: 'ap-orch' }, { logger: testLogger });
    beforeAll(async () => {
        nats = await startNatsServer();
        agent = await startAgent(defineAgent({
            name: 'ap',
            version: '1.0.0',
            capabilities: [{ name: 'ap.work' }],
            handlers: {
                'ap.work': async () => {
                    await new Promise((resolve) => setTimeout(resolve, 20));
                    return 1;
                },
            },
        }), { nats: nats.url, heartbeatIntervalMs: 200, drainTimeoutMs: 2000, logger: testLogger });
    });
    afterAll(async () => {
        await orchestrator?.stop();
        await agent?.drain('test over');
        await nats?.stop();
    });
    it('keeps succeeded/failed counts, latency and state changes', async () => {
        orchestrator = await start();
        await waitFor(() => orchestrator.registry.get(agent.instanceId)?.routable === true, { timeoutMs: 3000, what: 'the agent' });
        const client = createOrchestratorClient(orchestrator.grpcAddress);
        try {
            await client.registerWorkflow('name: ap\nsteps:\n  - { id: w, capability: ap.work }');
            for (let i = 0; i < 3; i++) {
                const { runId } = await client.startRun({ workflow: 'ap', input: {} });
                await waitFor(async () => (await client.getRun(runId)).status === 'completed', { timeoutMs: 5000, intervalMs: 50, what: 'the run' });
            }
        }
        finally {
            client.close();
        }
        const before = orchestrator.registry.get(agent.instanceId);
        expect(before.succeeded).toBe(3);
        const latency = before.latencyEwmaMs;
        const joinedAt = before.joinedAt;
        const changes = before.history.changes().map((c) => ({ ...c }));
        expect(latency).toBeGreaterThan(0);
        // Reasons and actors are persisted with the changes (compared below after the restart).
        expect(changes.at(-1)).toMatchObject({ state: 'active', actor: 'orchestrator', reason: 'probe succeeded (Describe answered)' });
        await orchestrator.stop(); // the last state is flushed
        orchestrator = await start();
        await waitFor(() => orchestrator.registry.get(agent.instanceId)?.routable === true, { timeoutMs: 3000, what: 'the agent again' });
        const after = await waitFor(() => {
            const e = orchestrator.registry.get(agent.instanceId);
            return e?.succeeded === 3 ? e : undefined;
        }, { timeoutMs: 3000, intervalMs: 50, what: 'the seeded entry' });
        expect(after.latencyEwmaMs).toBe(latency);
        expect(after.joinedAt).toBe(joinedAt);
        // The earlier life's changes come first, then this life's.
        expect(after.history.changes().slice(0, changes.length)).toEqual(changes);
        expect(after.history.changes().length).toBeGreaterThan(changes.length);
        expect(after.history.uptimeRatio(Date.now())).toBeGreaterThan(0);
        expect(after.history.uptimeRatio(Date.now())).toBeLessThanOrEqual(1);
    }, 30_000);
});
//# sourceMappingURL=agent-persistence.int.test.js.map