import type { Logger } from 'pino';
import { startOrchestrator, type OrchestratorHandle } from '../../src/orchestrator/index.js';
import type { OrchestratorOptions } from '../../src/orchestrator/options.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import type { OrchestratorClient } from '../../src/sdk/client/index.js';
import { startAgent, type AgentDefinition, type AgentHandle, type AgentOptions } from '../../src/sdk/index.js';
import { createLogger } from '../../src/sdk/telemetry/index.js';
import { startNatsServer, type NatsServerHandle } from './nats-server.js';
import { waitFor } from './wait-for.js';

/** Quiet loggers for in-process parts; set TROUPE_TEST_LOG=debug to see them. */
export const testLogger = createLogger({ name: 'test', level: process.env.TROUPE_TEST_LOG ?? 'silent' });

/**
 * An in-process Troupe: a real nats-server (child process), a real orchestrator and
 * real agents on 127.0.0.1, and a typed client. Everything is stopped by `close()`.
 */
export interface TestCluster {
  nats: NatsServerHandle;
  orchestrator: OrchestratorHandle;
  client: OrchestratorClient;
  agents: AgentHandle[];
  startAgent(definition: AgentDefinition, options?: AgentOptions): Promise<AgentHandle>;
  /** Resolves when `instanceId` is routable (state active). */
  waitActive(instanceId: string, timeoutMs?: number): Promise<void>;
  /** The lifecycle state the orchestrator has for `instanceId` now (undefined when unknown). */
  stateOf(instanceId: string): string | undefined;
  /** Records every lifecycle state `instanceId` goes through from now on (the array fills as it changes). */
  recordStates(instanceId: string): string[];
  close(): Promise<void>;
}

export async function startCluster(options: Partial<OrchestratorOptions> = {}, existingNats?: NatsServerHandle, services: { random?: () => number; logger?: Logger } = {}): Promise<TestCluster> {
  const nats = existingNats ?? (await startNatsServer());
  const orchestrator = await startOrchestrator(
    { natsUrl: nats.url, grpcPort: 0, httpPort: 0, heartbeatIntervalMs: 200, discoveryWaitMs: 200, logLevel: 'silent', ...options },
    { logger: testLogger, ...services },
  );
  const client = createOrchestratorClient(orchestrator.grpcAddress);
  const agents: AgentHandle[] = [];
  const cluster: TestCluster = {
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
      const states: string[] = [];
      orchestrator.registry.on('change', ({ entry }: { entry: { instanceId: string; state: string } }) => {
        if (entry.instanceId === instanceId) states.push(entry.state);
      });
      return states;
    },
    async close() {
      client.close();
      await Promise.all(agents.map((a) => a.drain('test over')));
      await orchestrator.stop();
      if (!existingNats) await nats.stop();
    },
  };
  return cluster;
}
