import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator, type OrchestratorHandle } from '../../src/orchestrator/index.js';
import { createOrchestratorClient, type OrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent, startAgent, type AgentHandle } from '../../src/sdk/index.js';
import { testLogger } from '../helpers/cluster.js';
import { startNatsServer, type NatsServerHandle } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';

// Two orchestrators share one agent. Each counts only the tasks IT has in flight there, so
// together they can send more than the agent's maxConcurrency; the agent refuses the excess
// with RESOURCE_EXHAUSTED before running it. A refusal is not a failure of the step: the
// task waits for capacity (the deadline bounds it), so a burst that was accepted completes,
// even with the default of one attempt per step.

const RUNS = 24;

/** Starts an orchestrator per id on `natsUrl` (expecting heartbeats every `heartbeatIntervalMs`) and a client for each. */
async function startOrchestrators(natsUrl: string, ids: string[], heartbeatIntervalMs: number, orchestrators: OrchestratorHandle[], clients: OrchestratorClient[]): Promise<void> {
  for (const instanceId of ids) {
    const o = await startOrchestrator({ natsUrl, grpcPort: 0, httpPort: -1, heartbeatIntervalMs, discoveryWaitMs: 200, logLevel: 'silent', instanceId }, { logger: testLogger });
    orchestrators.push(o);
    clients.push(createOrchestratorClient(o.grpcAddress));
  }
}
const WORKFLOW = `
name: shared-capacity
steps:
  - { id: only, capability: slow.echo, input: "\${input}" }
output: "\${steps.only.output}"
`.trim();
const STREAM_WORKFLOW = `
name: shared-capacity-stream
steps:
  - { id: only, capability: slow.speak, stream: true, input: "\${input}" }
output: "\${steps.only.output}"
`.trim();

interface Report {
  status: string;
  output?: unknown;
  steps: { attempts: number }[];
}

describe('an agent at its max concurrency, shared by one or two orchestrators', () => {
  let nats: NatsServerHandle;
  const orchestrators: OrchestratorHandle[] = [];
  const clients: OrchestratorClient[] = [];
  let agent: AgentHandle;
  let running = 0;
  let most = 0;

  beforeAll(async () => {
    nats = await startNatsServer();
    await startOrchestrators(nats.url, ['cap-a', 'cap-b'], 200, orchestrators, clients);
    const slow = defineAgent({
      name: 'slow-echo',
      version: '1.0.0',
      maxConcurrency: 2,
      capabilities: [{ name: 'slow.echo' }, { name: 'slow.speak', streaming: true }],
      handlers: {
        'slow.speak': async function* (input) {
          most = Math.max(most, ++running);
          yield { type: 'chunk', data: Buffer.from('a'), contentType: 'text/plain' };
          await new Promise((resolve) => setTimeout(resolve, 60)); // the work
          running--;
          return input;
        },
        'slow.echo': async (input) => {
          most = Math.max(most, ++running);
          await new Promise((resolve) => setTimeout(resolve, 60)); // the work
          running--;
          return input;
        },
      },
    });
    agent = await startAgent(slow, { nats: nats.url, heartbeatIntervalMs: 200, logger: testLogger });
    for (const o of orchestrators) {
      await waitFor(() => o.registry.list({ capability: 'slow.echo' }).some((e) => e.routable), { timeoutMs: 5000, what: 'the agent routable' });
    }
    await clients[0]!.registerWorkflow(WORKFLOW);
    await clients[0]!.registerWorkflow(STREAM_WORKFLOW);
  }, 30_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await agent?.drain('test over');
    await Promise.all(orchestrators.map((o) => o.stop()));
    await nats?.stop();
  });

  /** Starts RUNS runs, run i through `via(i)`, and waits until every one has finished. */
  async function burst(via: (i: number) => OrchestratorClient, workflow = 'shared-capacity'): Promise<Report[]> {
    const runIds = await Promise.all(Array.from({ length: RUNS }, async (_, i) => (await via(i).startRun({ workflow, input: { n: i } })).runId));
    return waitFor(
      async () => {
        const all = await Promise.all(runIds.map(async (id, i) => (await via(i).getRun(id)) as unknown as Report));
        return all.every((r) => r.status !== 'running' && r.status !== 'pending') && all;
      },
      { timeoutMs: 30_000, intervalMs: 100, what: `all ${RUNS} runs to finish` },
    );
  }

  it('one orchestrator: a burst over the agent\'s limit waits for capacity and completes (one attempt per step)', async () => {
    most = 0;
    const reports = await burst(() => clients[0]!);
    reports.forEach((r, i) => {
      expect(r.status, JSON.stringify(r).slice(0, 800)).toBe('completed');
      expect(r.output).toEqual({ n: i });
      expect(r.steps[0]?.attempts, 'a refusal spends no attempt').toBe(1);
    });
    expect(most).toBeLessThanOrEqual(2);
  });

  it('two orchestrators: the agent refuses what the other one filled; the task waits and completes, never over the limit', async () => {
    most = 0;
    const reports = await burst((i) => clients[i % 2]!);
    reports.forEach((r, i) => {
      expect(r.status, JSON.stringify(r).slice(0, 800)).toBe('completed');
      expect(r.output).toEqual({ n: i });
      expect(r.steps[0]?.attempts, 'a refusal spends no attempt').toBe(1);
    });
    expect(most).toBeLessThanOrEqual(2);
  });

  it('two orchestrators, a streaming step: a refused stream waits for capacity too, spending no attempt', async () => {
    most = 0;
    const reports = await burst((i) => clients[i % 2]!, 'shared-capacity-stream');
    reports.forEach((r, i) => {
      expect(r.status, JSON.stringify(r).slice(0, 800)).toBe('completed');
      expect(r.output).toEqual({ n: i });
      expect(r.steps[0]?.attempts, 'a refusal spends no attempt').toBe(1);
    });
    expect(most).toBeLessThanOrEqual(2);
  });
});

// A plain SubmitTask answers at once: only run steps and SubmitTasks tasks wait for capacity.
// Heartbeats every 5 s, so that the orchestrator that did not fill the agent still counts it
// active (a heartbeat at capacity would make it refuse before dispatching) and really sends.
describe('a plain SubmitTask sent to an agent another orchestrator filled', () => {
  let nats: NatsServerHandle;
  const orchestrators: OrchestratorHandle[] = [];
  const clients: OrchestratorClient[] = [];
  let agent: AgentHandle;
  const held: (() => void)[] = [];

  beforeAll(async () => {
    nats = await startNatsServer();
    await startOrchestrators(nats.url, ['full-a', 'full-b'], 5000, orchestrators, clients);
    const holder = defineAgent({
      name: 'full-holder',
      version: '1.0.0',
      maxConcurrency: 2,
      capabilities: [{ name: 'full.hold' }],
      handlers: { 'full.hold': () => new Promise((resolve) => held.push(() => resolve('released'))) },
    });
    agent = await startAgent(holder, { nats: nats.url, heartbeatIntervalMs: 5000, logger: testLogger });
    for (const o of orchestrators) {
      await waitFor(() => o.registry.list({ capability: 'full.hold' }).some((e) => e.routable), { timeoutMs: 5000, what: 'the agent routable' });
    }
  }, 30_000);

  afterAll(async () => {
    for (const release of held.splice(0)) release();
    for (const c of clients) c.close();
    await agent?.drain('test over');
    await Promise.all(orchestrators.map((o) => o.stop()));
    await nats?.stop();
  });

  it('answers RESOURCE_EXHAUSTED when the agent refuses it, without waiting for a slot', async () => {
    // Settled either way, so that a failure below leaves no unhandled rejection behind.
    const filling = Promise.allSettled([clients[0]!.submitTask({ capability: 'full.hold', input: null }), clients[0]!.submitTask({ capability: 'full.hold', input: null })]);
    await waitFor(() => held.length === 2, { timeoutMs: 5000, what: 'the agent to hold two tasks' });
    const started = performance.now();
    const err = await clients[1]!.submitTask({ capability: 'full.hold', input: null, timeoutMs: 4000 }).then(
      () => undefined,
      (e: unknown) => e as { code?: number; message?: string },
    );
    const ms = performance.now() - started;
    expect(err?.code, err?.message).toBe(8); // RESOURCE_EXHAUSTED
    expect(err?.message).not.toMatch(/until the task's deadline/);
    expect(ms, 'answered at once, not after waiting for capacity').toBeLessThan(2000);
    for (const release of held.splice(0)) release();
    expect((await filling).map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
  });
});
