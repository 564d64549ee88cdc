import { connect } from 'nats';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator, type OrchestratorHandle } from '../../src/orchestrator/index.js';
import { BUCKETS } from '../../src/orchestrator/store/index.js';
import { createOrchestratorClient, type OrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent, startAgent, type AgentHandle } from '../../src/sdk/index.js';
import { startTcpProxy, type TcpProxy } from '../../src/sdk/testing/index.js';
import { startNatsServer, type NatsServerHandle } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';

// A partition, not a pause: orchestrator B reaches NATS through a proxy that stops
// forwarding for longer than the lease TTL while B itself keeps running (its agent calls
// go over gRPC and keep succeeding; its writes time out). A takes B's instance over and
// adopts B's runs; when the link is back, B learns from the store that it lost them
// (a renewal or a write finds another owner), drops them, and re-acquires its lease with
// a new epoch. Every run completes, driven by A to the end, and its stored record says so.

const RUNS = 12;
const STEP_MS = 150;
const WORKFLOW = `
name: partition-chain
steps:
  - { id: a, capability: part.add, input: "\${input}" }
  - { id: b, capability: part.add, depends_on: [a], input: "\${steps.a.output}" }
  - { id: c, capability: part.add, depends_on: [b], input: "\${steps.b.output}" }
output: "\${steps.c.output}"
`.trim();

const lines: string[] = [];
/** Called (a microtask later) when B logs that its lease was taken over: by then it must have dropped every run. */
let onLeaseLost: (() => void) | undefined;
const logger = pino({ level: 'info' }, {
  write: (line: string) => {
    lines.push(line);
    if (line.includes('"inst":"part-b"') && line.includes('"msg":"instance lease taken over')) queueMicrotask(() => onLeaseLost?.());
  },
});
const logged = (inst: string, msg: string): number => lines.filter((l) => l.includes(`"inst":"${inst}"`) && l.includes(`"msg":"${msg}`)).length;

describe('an owner cut off from NATS longer than its lease (a partition)', () => {
  let nats: NatsServerHandle;
  let proxy: TcpProxy;
  const orchestrators: OrchestratorHandle[] = [];
  const clients: OrchestratorClient[] = [];
  let agent: AgentHandle;
  let stepsDone = 0;

  beforeAll(async () => {
    nats = await startNatsServer();
    proxy = await startTcpProxy({ target: nats.url });
    const common = { grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 200, leaseTtlMs: 2000, leaseRenewMs: 400, logLevel: 'silent' as const };
    for (const [id, url] of [['part-a', nats.url], ['part-b', proxy.url()]] as const) {
      const o = await startOrchestrator({ ...common, natsUrl: url, instanceId: id }, { logger: logger.child({ inst: id }) });
      orchestrators.push(o);
      clients.push(createOrchestratorClient(o.grpcAddress));
    }
    const add = defineAgent({
      name: 'part-add',
      version: '1.0.0',
      maxConcurrency: 64,
      capabilities: [{ name: 'part.add' }],
      handlers: {
        'part.add': async (input) => {
          await new Promise((resolve) => setTimeout(resolve, STEP_MS)); // the work
          stepsDone++;
          const v = (input as { v: number }).v;
          return { v: v + 1 };
        },
      },
    });
    agent = await startAgent(add, { nats: nats.url, heartbeatIntervalMs: 200, logger: logger.child({ inst: 'agent' }) });
    for (const o of orchestrators) await waitFor(() => o.registry.list({ capability: 'part.add' }).some((e) => e.routable), { timeoutMs: 5000, what: 'the agent routable' });
    await clients[0]!.registerWorkflow(WORKFLOW);
  }, 30_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await agent?.drain('test over');
    await proxy?.heal();
    await Promise.all(orchestrators.map((o) => o.stop()));
    await proxy?.close();
    await nats?.stop();
  }, 30_000);

  it.each([
    ['paused (bytes held, sockets open)', () => proxy.pause(), () => proxy.resume()],
    ['cut (connections reset, reconnects refused)', async () => { await proxy.refuse(true); proxy.cut(); }, () => proxy.heal()],
  ] as const)('the survivor adopts and finishes every run; the cut-off owner drops them once back: link %s', async (_, fail, heal) => {
    lines.length = 0;
    stepsDone = 0;
    const runIds: string[] = [];
    for (let i = 0; i < RUNS; i++) runIds.push((await clients[1]!.startRun({ workflow: 'partition-chain', input: { v: i * 10 } })).runId);
    await waitFor(() => stepsDone >= RUNS / 2, { timeoutMs: 10_000, what: 'some steps to be done' });
    let drivenByB: string[] | undefined;
    onLeaseLost = () => (drivenByB ??= runIds.filter((id) => orchestrators[1]!.engine.whenFinished(id) !== undefined));

    await fail();
    await waitFor(() => logged('part-a', 'adopted run') >= 1, { timeoutMs: 15_000, what: 'A to adopt B’s runs' });
    await heal();
    await waitFor(() => logged('part-b', 'instance lease taken over') >= 1, { timeoutMs: 15_000, what: 'B to learn it lost its lease' });
    // Learning it stops B driving every run at once (not one by one as its writes are fenced).
    expect(drivenByB).toEqual([]);

    const statuses = await waitFor(
      async () => {
        const all = await Promise.all(runIds.map(async (id) => ((await clients[0]!.getRun(id)) as { status: string; output?: { v: number } })));
        return all.every((r) => r.status === 'completed') && all;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: 'every run to complete' },
    );
    statuses.forEach((r, i) => expect(r.output).toEqual({ v: i * 10 + 3 }));
    // Stored as completed (A's final writes), and B's index no longer lists them.
    const outsider = await connect({ servers: nats.url });
    try {
      const kv = await outsider.jetstream().views.kv(BUCKETS.runs);
      const stored = await waitFor(
        async () => {
          const all = await Promise.all(runIds.map(async (id) => (await kv.get(id))?.json<{ owner: string; status: string }>()));
          return all.every((r) => r?.status === 'completed') && all;
        },
        { timeoutMs: 10_000, intervalMs: 100, what: 'every run stored as completed' },
      );
      // A run whose final write B sent before A got to it is B's (that write won its compare-and-set
      // fairly); A adopted the others and finished them.
      expect(stored.filter((r) => r?.owner === 'part-a').length).toBeGreaterThan(0);
      for (const r of stored) expect(r?.owner).toMatch(/^part-[ab]$/);
    } finally {
      await outsider.close();
    }
    await waitFor(() => logged('part-b', 'instance lease acquired') === 1, { timeoutMs: 10_000, what: 'B to re-acquire its lease with a new epoch' });
  }, 90_000);
});
