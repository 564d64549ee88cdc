import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator, type OrchestratorHandle } from '../../src/orchestrator/index.js';
import { BUCKETS, PAYLOAD_BUCKET } from '../../src/orchestrator/store/index.js';
import { RESULT_BUCKET } from '../../src/sdk/agent/result-cache.js';
import { AUDIT_STREAM } from '../../src/sdk/security/audit-jetstream.js';
import { createOrchestratorClient, type OrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent, startAgent, type AgentHandle } from '../../src/sdk/index.js';
import { startNatsCluster, type NatsCluster, type NatsClusterNode } from '../helpers/nats-cluster.js';
import { waitFor } from '../helpers/wait-for.js';

// Troupe on a real 3-node JetStream cluster with every bucket at R3: two orchestrators
// and two agents connected with all three URLs. A node is SIGKILLed while 50 three-step
// runs are in flight (the leader of the runs bucket: the harshest choice); every run
// completes with the right output, exactly once, with no dead letter; runs started
// during the election succeed too. The node comes back and catches up, another is
// killed, same result.

const RUNS = 50;
/** Runs started right after the kill, while the killed node's streams elect new leaders. */
const LATE = 4;
const STEP_MS = 120;
const WORKFLOW = `
name: cluster-chain
steps:
  - { id: a, capability: slow.add, input: "\${input}" }
  - { id: b, capability: slow.add, depends_on: [a], input: "\${steps.a.output}" }
  - { id: c, capability: slow.add, depends_on: [b], input: "\${steps.b.output}" }
output: "\${steps.c.output}"
`.trim();

interface Step { v: number; run: string }

/** Warnings and errors of the orchestrators and agents, shown when a run does not finish (CI has no other trace of why). */
const warnings: string[] = [];
/** Info lines that tell who owns what (leases, adoption, resumption, waiting for an instance); kept with the warnings. */
const OWNERSHIP = /lease|adopt|resum|no instance free/;
const testLogger = pino({ level: process.env.TROUPE_TEST_LOG ?? 'info' }, {
  write: (line: string) => {
    if (line.includes('"level":30') && !OWNERSHIP.test(line)) return;
    if (warnings.push(line) > 2000) warnings.splice(0, 1000);
  },
});
interface Report { status: string; output?: Step; steps: { id: string; status: string; attempts?: number; tasks?: { attempts?: { instanceId?: string; outcome?: string; message?: string }[] }[] }[] }

/** One line per unfinished run: each step's status and attempts, and its last attempt's instance and outcome. */
function summary(runId: string, r: Report): string {
  const steps = r.steps.map((s) => {
    const attempt = s.tasks?.at(-1)?.attempts?.at(-1);
    return `${s.id}:${s.status}/${s.attempts ?? 0}${attempt ? `(${attempt.instanceId ?? '?'} ${attempt.outcome ?? 'in flight'}${attempt.message ? ` ${attempt.message.slice(0, 80)}` : ''})` : ''}`;
  });
  return `${runId} ${r.status} ${steps.join(' ')}`;
}

describe('Troupe on a 3-node NATS JetStream cluster (R3)', () => {
  let cluster: NatsCluster;
  let nc: NatsConnection;
  const orchestrators: OrchestratorHandle[] = [];
  const clients: OrchestratorClient[] = [];
  const agents: AgentHandle[] = [];
  /** Idempotency keys each step was executed under, by `runId/stepId`. */
  const executions = new Map<string, string[]>();
  let completedSteps = 0;
  let started = 0;

  const slowAdd = defineAgent({
    name: 'slow-add',
    version: '1.0.0',
    // Above the 50 runs: two orchestrators each count only their own calls in flight, and
    // an agent at its limit refuses (RESOURCE_EXHAUSTED), which is not what this test is about.
    maxConcurrency: 64,
    capabilities: [{ name: 'slow.add' }],
    handlers: {
      'slow.add': async (input, ctx) => {
        const key = `${ctx.runId}/${ctx.stepId}`;
        executions.set(key, [...(executions.get(key) ?? []), ctx.idempotencyKey]);
        await new Promise((resolve) => setTimeout(resolve, STEP_MS)); // the work: a step takes a little time
        completedSteps++;
        const step = input as unknown as Step;
        return { v: step.v + 1, run: step.run };
      },
    },
  });

  /** The server that leads the runs bucket's stream (its Raft group), by name. */
  const runsLeader = async (): Promise<string> => {
    const info = await (await nc.jetstreamManager()).streams.info(`KV_${BUCKETS.runs}`);
    const leader = info.cluster?.leader;
    if (!leader) throw new Error('KV_troupe_runs has no leader');
    return leader;
  };

  /** Every replica of every Troupe stream is current (a restarted node has caught up). */
  const streamsCurrent = async (): Promise<boolean> => {
    const jsm = await nc.jetstreamManager();
    const names = [...Object.values(BUCKETS).map((b) => `KV_${b}`), `OBJ_${PAYLOAD_BUCKET}`, AUDIT_STREAM];
    for (const name of names) {
      const { cluster: c, config } = await jsm.streams.info(name);
      if (config.num_replicas !== 3 || !c?.leader || c.replicas?.length !== 2 || !c.replicas.every((r) => r.current && !r.offline)) return false;
    }
    return true;
  };

  beforeAll(async () => {
    cluster = await startNatsCluster();
    nc = await connect({ servers: cluster.nodes.map((n) => n.url), maxReconnectAttempts: -1 });
    for (const id of ['cl-a', 'cl-b']) {
      const o = await startOrchestrator(
        { natsUrl: cluster.urls, storeReplicas: 3, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 200, logLevel: 'silent', instanceId: id },
        { logger: testLogger.child({ inst: id }) },
      );
      orchestrators.push(o);
      clients.push(createOrchestratorClient(o.grpcAddress));
    }
    for (let i = 0; i < 2; i++) {
      agents.push(await startAgent(slowAdd, { nats: cluster.urls, heartbeatIntervalMs: 200, drainTimeoutMs: 2000, logger: testLogger }));
    }
    for (const o of orchestrators) {
      await waitFor(() => o.registry.list({ capability: 'slow.add' }).filter((e) => e.routable).length === 2, { timeoutMs: 5000, what: 'both agents routable' });
    }
    await clients[0]!.registerWorkflow(WORKFLOW);
  }, 40_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all(agents.map((a) => a.drain('test over')));
    await Promise.all(orchestrators.map((o) => o.stop()));
    await nc?.close();
    await cluster?.close();
  }, 30_000);

  /** Starts 50 runs (half on each orchestrator), kills `victim` once a third of the steps are done, checks every run. */
  async function fiftyRunsKilling(label: string, victim: NatsClusterNode): Promise<void> {
    const stepsBefore = completedSteps;
    const inputs = Array.from({ length: RUNS }, (_, i) => ({ v: i * 10, run: `${label}-${i}` }));
    const runIds = await Promise.all(
      inputs.map(async (input, i) => (await clients[i % 2]!.startRun({ workflow: 'cluster-chain', input, idempotencyKey: input.run })).runId),
    );
    started += RUNS;
    expect(new Set(runIds).size).toBe(RUNS);
    await waitFor(() => completedSteps - stepsBefore >= RUNS, { timeoutMs: 20_000, what: `a third of the ${label} steps to complete` });
    expect(completedSteps - stepsBefore).toBeLessThan(3 * RUNS); // the kill lands mid-flight
    await victim.kill();
    // StartRun during the election: the store's requests nobody answers are resent until a
    // new leader answers, so these succeed (slower) rather than fail with UNAVAILABLE.
    const late = Array.from({ length: LATE }, (_, i) => ({ v: 1000 + i, run: `${label}-late-${i}` }));
    for (const [i, input] of late.entries()) {
      runIds.push((await clients[i % 2]!.startRun({ workflow: 'cluster-chain', input, idempotencyKey: input.run })).runId);
      inputs.push(input);
    }
    started += LATE;

    let last: Report[] = [];
    const reports = await waitFor(
      async () => {
        last = await Promise.all(runIds.map(async (id, i) => (await clients[i % 2]!.getRun(id)) as unknown as Report));
        return last.every((r) => r.status === 'completed' || r.status === 'failed' || r.status === 'cancelled') && last;
      },
      { timeoutMs: 40_000, intervalMs: 250, what: `all ${RUNS + LATE} runs (${label}) to finish after ${victim.name} was killed` },
    ).catch((err: unknown) => {
      // CI shows only the end of its output: the warnings first (without the per-run noise of a
      // takeover), then the unfinished runs, then the message.
      const noise = ['audit event dropped', 'dropping run: another orchestrator owns it now', '"msg":"adopted run"', '"msg":"resuming run"'];
      const lines = warnings.filter((l) => !noise.some((n) => l.includes(n))).slice(-40).map((l) => `${l.replace(/"stack":"[^"]*",?/g, '').slice(0, 400).trimEnd()}\n`);
      const counts = noise.slice(2).map((n) => `${n}: ${warnings.filter((l) => l.includes(n)).length}`).join(', ');
      const open = last.flatMap((r, i) => (r.status === 'completed' ? [] : [summary(runIds[i]!, r)]));
      throw new Error(`last warnings:\n${lines.join('')}${counts}\nunfinished (${open.length}):\n${open.slice(0, 8).join('\n')}\n${(err as Error).message}`);
    });
    reports.forEach((r, i) => {
      expect(r.status, `run ${inputs[i]!.run}: ${JSON.stringify(r)}`).toBe('completed');
      expect(r.output).toEqual({ v: inputs[i]!.v + 3, run: inputs[i]!.run });
    });
    // Nothing lost, nothing duplicated: each step ran under one key (run/step/attempt 1).
    for (const runId of runIds) {
      for (const step of ['a', 'b', 'c']) {
        const keys = new Set(executions.get(`${runId}/${step}`));
        expect([...keys]).toEqual([`${runId}/${step}/1`]);
      }
    }
    // The store catches up (writes refused during the election are retried): every run is
    // stored as completed, and there is one stored run per StartRun.
    const listed = await waitFor(
      async () => {
        const runs = (await clients[1]!.listRuns({ workflow: 'cluster-chain', limit: 1000 })) as { runId: string; status: string }[];
        return runs.length === started && runs.every((r) => r.status === 'completed') && runs;
      },
      { timeoutMs: 30_000, intervalMs: 250, what: `the store to hold ${started} completed runs` },
    );
    expect(new Set(listed.map((r) => r.runId)).size).toBe(started);
    expect(await clients[0]!.listDeadLetters({ limit: 100 })).toEqual([]);
    // The same idempotency key again answers the existing run: no second run.
    const again = await clients[1]!.startRun({ workflow: 'cluster-chain', input: inputs[0]!, idempotencyKey: inputs[0]!.run });
    expect(again).toMatchObject({ runId: runIds[0], existing: true });
  }

  it('creates every Troupe stream at R3', async () => {
    await waitFor(streamsCurrent, { timeoutMs: 10_000, intervalMs: 100, what: 'every Troupe stream at R3 with current replicas' });
  });

  it("creates the agents' result cache at R3 with storeReplicas 3 (TROUPE_STORE_REPLICAS)", async () => {
    const cached = defineAgent({
      name: 'cached-add',
      version: '1.0.0',
      capabilities: [{ name: 'cached.add', cacheByIdempotencyKey: { ttlMs: 60_000 } }],
      handlers: { 'cached.add': (input) => Promise.resolve(input) },
    });
    const agent = await startAgent(cached, { nats: cluster.urls, storeReplicas: 3, logger: testLogger });
    try {
      const jsm = await nc.jetstreamManager();
      const { config } = await jsm.streams.info(`KV_${RESULT_BUCKET}`);
      expect(config.num_replicas).toBe(3);
    } finally {
      await agent.drain('checked');
    }
  });

  it('loses nothing when a node is killed mid-flight, then another once the first is back', async () => {
    const byName = (name: string): NatsClusterNode => cluster.nodes.find((n) => n.name === name)!;
    const first = byName(await runsLeader());
    await fiftyRunsKilling('one', first);

    await first.restart();
    await cluster.waitHealthy();
    await waitFor(streamsCurrent, { timeoutMs: 20_000, intervalMs: 100, what: `${first.name} to catch up (every replica current)` });

    const leader = await runsLeader();
    const second = leader !== first.name ? byName(leader) : cluster.nodes.find((n) => n !== first)!;
    await fiftyRunsKilling('two', second);
  }, 120_000); // two elections of up to ~20 s each on a loaded machine, plus a node's catch-up
});
