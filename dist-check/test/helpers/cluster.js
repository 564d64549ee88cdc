import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startAgent } from '../../src/sdk/index.js';
import { createLogger } from '../../src/sdk/telemetry/index.js';
import { startNatsServer } from './nats-server.js';
import { waitFor } from './wait-for.js';
/** Quiet loggers for in-process parts; set TROUPE_TEST_LOG=debug to see them. */
export const testLogger = createLogger({ name: 'test', level: process.env.TROUPE_TEST_LOG ?? 'silent' });
export async function startCluster(options = {}, existingNats, services = {}) {
    const nats = existingNats ?? (await startNatsServer());
    const orchestrator = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: 0, heartbeatIntervalMs: 200, discoveryWaitMs: 200, logLevel: 'silent', ...options }, { logger: testLogger, ...services });
    const client = createOrchestratorClient(orchestrator.grpcAddress);
    const agents = [];
    const cluster = {
        nats,
        orchestrator,
        client,
        agents,
        async startAgent(definition, agentOptions = {}) {
            const handle = await startAgent(definition, { nats: nats.url, heartbeatIntervalMs: 200, drainTimeoutMs: 2000, logger: testLogger, ...agentOptions });
            agents.push(handle);
            return handle;
        },
        async waitActive(instanceId, timeoutMs = 2000) {
            await waitFor(() => orchestrator.registry.get(instanceId)?.state === 'active', { timeoutMs, what: `${instanceId} to become active` });
        },
        stateOf: (instanceId) => orchestrator.registry.get(instanceId)?.state,
        recordStates(instanceId) {
            const states = [];
            orchestrator.registry.on('change', ({ entry }) => {
                if (entry.instanceId === instanceId)
                    states.push(entry.state);
            });
            return states;
        },
        async close() {
            client.close();
            await Promise.all(agents.map((a) => a.drain('test over')));
            await orchestrator.stop();
            if (!existingNats)
                await nats.stop();
        },
    };
    return cluster;
}
//# sourceMappingURL=cluster.js.map