import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator, type OrchestratorHandle } from '../../src/orchestrator/index.js';
import { createOrchestratorClient, type OrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster, testLogger, type TestCluster } from '../helpers/cluster.js';
import { startNatsServer, type NatsServerHandle } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';

// Any instance answers for any run: a run started on orchestrator A is listed,
// watched and cancelled through orchestrator B (both durable, one NATS).

describe('durable runs across orchestrator instances', () => {
  let nats: NatsServerHandle;
  let cluster: TestCluster;
  let b: OrchestratorHandle;
  let clientB: OrchestratorClient;

  beforeAll(async () => {
    nats = await startNatsServer();
    cluster = await startCluster({ instanceId: 'xi-a' }, nats);
    b = await startOrchestrator(
      { natsUrl: nats.url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 200, logLevel: 'silent', instanceId: 'xi-b' },
      { logger: testLogger },
    );
    clientB = createOrchestratorClient(b.grpcAddress);
    await cluster.startAgent(
      defineAgent({
        name: 'xi',
        version: '1.0.0',
        maxConcurrency: 8,
        capabilities: [{ name: 'xi.fast' }, { name: 'xi.slow' }],
        handlers: {
          'xi.fast': () => 1,
          'xi.slow': (_input, ctx) =>
            new Promise((resolve) => {
              const timer = setTimeout(() => resolve(2), 10_000);
              ctx.signal.addEventListener('abort', () => {
                clearTimeout(timer);
                resolve(0);
              });
            }),
        },
      }),
    );
    await waitFor(() => cluster.orchestrator.registry.list({ capability: 'xi.slow' }).some((e) => e.routable), { timeoutMs: 3000, what: 'the agent' });
    await cluster.client.registerWorkflow(`
name: xi
steps:
  - { id: fast, capability: xi.fast }
  - { id: slow, capability: xi.slow, depends_on: [fast] }
`.trim());
  });

  afterAll(async () => {
    clientB?.close();
    await b?.stop();
    await cluster?.close();
    await nats?.stop();
  });

  it('lists, watches and cancels a run owned by another instance', async () => {
    const done = await cluster.client.startRun({ workflow: 'xi', input: {}, idempotencyKey: 'xi-0' });
    const { runId } = await cluster.client.startRun({ workflow: 'xi', input: {}, idempotencyKey: 'xi-1' });
    await waitFor(
      async () => ((await clientB.getRun(runId)) as { steps: { id: string; status: string }[] }).steps.find((s) => s.id === 'slow')?.status === 'running',
      { timeoutMs: 5000, intervalMs: 50, what: 'the slow step to run' },
    );

    // ListRuns on B: A's runs, newest first, filters applied. The list index is written
    // asynchronously after a run changes (run-index.ts), so B may list the slow step late.
    const listed = await waitFor(
      async () => {
        const runs = (await clientB.listRuns({ workflow: 'xi', limit: 10 })) as { runId: string; status: string }[];
        return runs.length === 2 && runs[0]?.runId === runId && runs[0].status === 'running' && runs;
      },
      { timeoutMs: 5000, intervalMs: 50, what: 'B to list the slow run as running' },
    );
    expect(listed.map((r) => r.runId)).toEqual([runId, done.runId]);
    expect(listed[0]!.status).toBe('running');
    expect(((await clientB.listRuns({ workflow: 'xi', status: 'running', limit: 10 })) as { runId: string }[]).map((r) => r.runId)).toContain(runId);
    expect(await clientB.listRuns({ workflow: 'nope', limit: 10 })).toEqual([]);

    // WatchRun on B follows the stored record until the run ends.
    const events: { type: string; stepId: string }[] = [];
    const watching = (async () => {
      for await (const e of clientB.watchRun(runId)) events.push({ type: e.type, stepId: e.stepId });
    })();
    await waitFor(() => events.some((e) => e.type === 'step.started' && e.stepId === 'slow'), { timeoutMs: 3000, what: 'the replayed events' });
    expect(events[0]!.type).toBe('run.started');
    expect(events).toContainEqual({ type: 'step.completed', stepId: 'fast' });

    // CancelRun on B: A (the owner) cancels and persists.
    const { status } = await clientB.cancelRun(runId, 'from B');
    expect(status).toBe('cancelled');
    await watching;
    expect(events.at(-1)?.type).toBe('run.cancelled');
    const report = (await clientB.getRun(runId)) as { status: string; cancelReason?: string };
    expect(report.status).toBe('cancelled');
    expect(report.cancelReason).toBe('from B');
    expect(((await cluster.client.getRun(runId)) as { status: string }).status).toBe('cancelled');
    expect(((await clientB.listRuns({ status: 'cancelled', limit: 10 })) as { runId: string }[]).map((r) => r.runId)).toEqual([runId]);
    // A finished stored run: CancelRun answers its status.
    expect((await clientB.cancelRun(runId, 'again')).status).toBe('cancelled');
  }, 30_000);

  it('adopts and cancels a run whose owner is gone', async () => {
    const { runId } = await cluster.client.startRun({ workflow: 'xi', input: {}, idempotencyKey: 'xi-2' });
    await waitFor(
      async () => ((await clientB.getRun(runId)) as { steps: { id: string; status: string }[] }).steps.find((s) => s.id === 'slow')?.status === 'running',
      { timeoutMs: 5000, intervalMs: 50, what: 'the slow step to run' },
    );
    // A's lease expires as if A had died (no renewal), and A no longer answers cancel requests.
    const record = (await b.stores!.runs.get(runId))?.record;
    expect(record?.owner).toBe('xi-a');
    expect((await b.stores!.lease.read('xi-a'))?.epoch).toBe(record?.epoch);
    await cluster.orchestrator.engine.close(); // graceful: persists, detaches, releases the lease
    const { status } = await clientB.cancelRun(runId, 'owner gone');
    expect(status).toBe('cancelled');
    await waitFor(async () => (await b.stores!.runs.get(runId))?.record.status === 'cancelled', { timeoutMs: 3000, what: 'the cancelled record' });
    expect((await b.stores!.runs.get(runId))?.record.owner).toBe('xi-b');
  }, 30_000);
});
