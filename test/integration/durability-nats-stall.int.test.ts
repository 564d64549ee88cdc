import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient, type OrchestratorClient } from '../../src/sdk/client/index.js';
import { startNatsServer, type NatsServerHandle } from '../helpers/nats-server.js';
import { spawnTroupe, type TroupeProcess } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';

// "Losing the NATS connection is not evidence that another owner exists": the only
// orchestrator has runs in flight when nats-server stalls (SIGSTOP) for longer than
// the instance lease TTL. Its lease renewals time out; it must log and retry, keep
// every run and keep driving it to a final state once NATS is back (records still
// written by it, same epoch: no loss, no re-acquisition) — never "drop" a run it owns.
// Whether the runs COMPLETE also depends on the registry not condemning its agents
// during the outage (observed here: the agent is marked unreachable and steps fail
// with "no active instance"); that is the registry's NATS-outage behaviour, tested
// elsewhere, so this test asserts ownership only.

const RUNS = 10;
const FIXTURE = './test/fixtures/durable-agent.mjs';

const WORKFLOW = `
name: stall-chain
steps:
  - { id: one, capability: probe.step, input: { n: "\${input.n}" }, timeout_ms: 30000, retry: { max_attempts: 20, initial_backoff_ms: 200, max_backoff_ms: 1000 } }
  - { id: two, capability: probe.step, depends_on: [one], input: { n: "\${steps.one.output.n}" }, timeout_ms: 30000, retry: { max_attempts: 20, initial_backoff_ms: 200, max_backoff_ms: 1000 } }
output: "\${steps.two.output.n}"
`.trim();

/** The pid of the nats-server process using `storeDir` (read from /proc). */
function natsPid(storeDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.startsWith('nats-server') && cmd.includes(storeDir)) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  throw new Error(`no nats-server process for ${storeDir}`);
}

describe('a NATS stall longer than the lease TTL (single orchestrator)', () => {
  let nats: NatsServerHandle;
  const procs: TroupeProcess[] = [];
  let client: OrchestratorClient | undefined;
  let natsStopped = 0;

  beforeAll(async () => {
    nats = await startNatsServer();
  }, 30_000);

  afterAll(async () => {
    if (natsStopped) process.kill(natsStopped, 'SIGCONT');
    client?.close();
    for (const p of procs) p.kill('SIGKILL');
    await Promise.all(procs.map((p) => p.exited));
    await nats?.stop();
  });

  it('keeps every run: renewal timeouts are retried, not taken as loss', async () => {
    // Slow agent heartbeats: the registry's own reaction to a NATS outage (taking agents for
    // dead) is not what is tested here, the ownership of runs is.
    const agent = spawnTroupe(['agent', FIXTURE, '--nats', nats.url], { TROUPE_HEARTBEAT_MS: '5000', DURABLE_STEP_MIN_MS: '1500', DURABLE_STEP_MAX_MS: '2000' });
    procs.push(agent);
    await agent.waitForLine(/listening on/, 20_000);
    const orch = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0'], {
      TROUPE_INSTANCE_ID: 'lonely',
      TROUPE_HTTP_PORT: '-1',
      TROUPE_DISCOVERY_WAIT_MS: '300',
      TROUPE_DURABLE: 'true',
      TROUPE_LOG_LEVEL: 'info',
    });
    procs.push(orch);
    client = createOrchestratorClient((await orch.waitForLine(/orchestrator listening on (\S+)/, 20_000))[1]!);
    await waitFor(async () => (await client!.listAgents()).some((x) => x.state === 'active'), { timeoutMs: 5000, what: 'the agent to be active' });
    await client.registerWorkflow(WORKFLOW);
    const runIds: string[] = [];
    for (let i = 0; i < RUNS; i++) runIds.push((await client.startRun({ workflow: 'stall-chain', input: { n: i } })).runId);
    await waitFor(() => runIds.every((id) => agent.output().includes(`EXEC start ${id}/one/`)), { timeoutMs: 10_000, what: 'every run to be at the agent' });

    // Stall NATS past the lease TTL (4 s): the renewals time out (2 s KV timeout).
    natsStopped = natsPid(nats.storeDir);
    process.kill(natsStopped, 'SIGSTOP');
    await orch.waitForLine(/instance lease renewal failed/, 15_000);
    await orch.waitForLine(/instance lease renewal failed[\s\S]*instance lease renewal failed[\s\S]*instance lease renewal failed/, 15_000);
    process.kill(natsStopped, 'SIGCONT');
    natsStopped = 0;

    const statuses = new Map<string, string>();
    await waitFor(
      async () => {
        for (const id of runIds) statuses.set(id, ((await client!.getRun(id)) as { status?: string }).status ?? '?');
        return [...statuses.values()].every((s) => s === 'completed' || s === 'failed');
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'every run to finish' },
    );
    for (const id of runIds) expect(statuses.get(id)).toMatch(/^(completed|failed)$/);
    expect(orch.output()).not.toMatch(/dropping run|instance lease taken over|run detached/);
    // Every final record was written by the same life of the same owner. GetRun answers a run
    // driven here from memory, so a final write still being retried after the stall (its earlier
    // write's outcome unknown) may land a moment after the run reads as finished: wait for it.
    const outsider = await connect({ servers: nats.url });
    try {
      const kv = await outsider.jetstream().views.kv('troupe_runs');
      interface Stored { owner: string; epoch: number; status: string }
      let last: (Stored | undefined)[] = [];
      const records = await waitFor(
        async () => {
          last = await Promise.all(runIds.map(async (id) => (await kv.get(id))?.json<Stored>()));
          return last.every((r, i) => r?.status === statuses.get(runIds[i]!)) && last;
        },
        { timeoutMs: 10_000, intervalMs: 100, what: 'every final record to be stored' },
      ).catch((err: unknown) => {
        throw new Error(`${(err as Error).message}; stored: ${JSON.stringify(last.map((r) => r && { owner: r.owner, epoch: r.epoch, status: r.status }))}`);
      });
      records.forEach((record) => expect(record).toMatchObject({ owner: 'lonely', epoch: 1 }));
      const lease = (await (await outsider.jetstream().views.kv('troupe_leases')).get('instance.lonely'))?.json<{ epoch: number }>();
      expect(lease?.epoch).toBe(1);
    } finally {
      await outsider.close();
    }
  }, 120_000);
});
