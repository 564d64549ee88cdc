// Durability benchmarks, on a nats-server of their own (empty buckets):
// (a) the cost of persistence: runs/s and latency (c=16) of the 3-step linear
//     workflow on an orchestrator process with `durable: true` and one with
//     `durable: false`, alternated twice (mean of the two rounds), same echo agent;
// (b) recovery: 1,000 runs held in flight by `hold-agent.mjs` on a durable
//     orchestrator with a fixed instance id, which is then SIGKILLed; a new
//     process with the same id is started and timed until the agent has received
//     all 1,000 redone attempts (every run resumed and its step dispatched again);
// (c) `sync_interval: always` against the default (sync-interval.mjs).
import { closedLoop } from './measure.mjs';
import { holdReceived, until, untilAgentActive } from './processes.mjs';
import { runToEnd } from './runs.mjs';
import { LINEAR } from './runs.mjs';

const HOLD = 'name: bench-recover\nsteps:\n  - { id: h, capability: hold.wait, timeout_ms: 600000 }\n';
const ORCH_READY = /orchestrator listening on (\S+)/;
const AGENT_READY = /agent \S+ \((\S+)\) listening on (\S+)/;



const orchArgs = (natsUrl) => ['orchestrator', '--nats', natsUrl, '--grpc-port', '0', '--http-port=-1'];

/**
 * The 3-step workflow at c=16 on a fresh orchestrator process; `cpuMs` is the CPU of
 * [orchestrator, ...pids] over the measured runs. With `c1Count`, then that many runs
 * one at a time (`c1`: latency of a lone run).
 */
async function linearOn(startTroupe, createOrchestratorClient, natsUrl, durable, count, { pids = [], c1Count = 0 } = {}) {
  const orch = await startTroupe(orchArgs(natsUrl), ORCH_READY, { TROUPE_DURABLE: String(durable) });
  const client = createOrchestratorClient(orch.match[1]);
  try {
    await untilAgentActive(client, 'echo.say');
    await client.registerWorkflow(LINEAR);
    const run = () => runToEnd(client, 'bench-linear', {});
    const c16 = await closedLoop(run, { concurrency: 16, count, maxMs: 7_500, warmup: 50, pids: [orch.child.pid, ...pids] });
    if (c1Count > 0) c16.c1 = await closedLoop(run, { concurrency: 1, count: c1Count, maxMs: 5_000, warmup: 0 });
    return c16;
  } finally {
    client.close();
    await orch.stop();
  }
}

/** `linearOn` with durable: true and the module's clients, for sync-interval.mjs. */
export function linearOnFor(startTroupe) {
  return async (natsUrl, count) => {
    const { createOrchestratorClient } = await import('../dist/sdk/client/index.js');
    return linearOn(startTroupe, createOrchestratorClient, natsUrl, true, count);
  };
}

async function recovery(startTroupe, createOrchestratorClient, natsUrl, runs) {
  const agent = await startTroupe(['agent', './bench/hold-agent.mjs', '--nats', natsUrl], AGENT_READY);
  const env = { TROUPE_INSTANCE_ID: 'bench-recovery', TROUPE_DURABLE: 'true', TROUPE_MAX_CONCURRENT_TASKS: String(runs * 4), TROUPE_QUEUE_CAPACITY: String(runs * 4), TROUPE_MAX_ACTIVE_RUNS: String(runs * 2) };
  const procs = [agent];
  try {
    const first = await startTroupe(orchArgs(natsUrl), ORCH_READY, env);
    procs.push(first);
    const client = createOrchestratorClient(first.match[1]);
    await untilAgentActive(client, 'hold.wait');
    await client.registerWorkflow(HOLD);
    const held = holdReceived(agent.child, runs);
    const runIds = [];
    for (let i = 0; i < runs; i += 100) {
      const batch = await Promise.all(Array.from({ length: Math.min(100, runs - i) }, () => client.startRun({ workflow: 'bench-recover', input: {} })));
      runIds.push(...batch.map((b) => b.runId));
    }
    await held;
    client.close();
    // Abruptly: no flush, no lease release.
    await new Promise((resolve) => {
      first.child.once('exit', resolve);
      first.child.kill('SIGKILL');
    });
    procs.pop();

    const redone = holdReceived(agent.child, runs * 2);
    const t0 = performance.now();
    const second = await startTroupe(orchArgs(natsUrl), ORCH_READY, env);
    procs.push(second);
    const ready = performance.now();
    const resumed = await redone;
    if (process.env.BENCH_VERBOSE) console.error(`recovery: ${runs} runs redone ${Math.round(resumed - t0)} ms after the restart began`);
    const client2 = createOrchestratorClient(second.match[1]);
    await client2.submitTask({ capability: 'hold.release', input: null });
    await until(async () => (await client2.listRuns({ workflow: 'bench-recover', status: 'completed', limit: runs * 2 })).length >= runs, {
      timeoutMs: Math.max(30_000, runs * 10),
      what: `all ${runs} resumed runs to complete`,
      intervalMs: 100,
    });
    const finished = performance.now();
    client2.close();
    return { runs: runIds.length, totalMs: resumed - t0, afterReadyMs: resumed - ready, startMs: ready - t0, completeAfterReleaseMs: finished - resumed };
  } finally {
    for (const p of procs.reverse()) await p.stop();
  }
}

/**
 * Both durability benchmarks; starts and stops its own nats-server, agents and
 * orchestrator processes. `rounds` pairs of off/on rounds; durable rounds then run
 * `c1Count` runs one at a time, and are followed by `alongside()` when given (a peer
 * measured between Troupe's rounds, so that drift hits both alike; its results come
 * back as `alongside`). The durable rounds' `cpuMs` are [orchestrator, echo agent, nats-server].
 */
export async function benchDurability({ startTroupe, count = 1500, recoveryRuns = 1000, syncInterval = true, rounds: roundCount = 2, c1Count = 0, syncPuts, alongside }) {
  // hold-agent.mjs reports every 100th call: any other count would wait forever.
  if (!Number.isInteger(recoveryRuns) || recoveryRuns <= 0 || recoveryRuns % 100 !== 0) {
    throw new Error(`BENCH_RECOVERY_RUNS must be a positive multiple of 100 (hold-agent.mjs reports every 100th call); got ${recoveryRuns}`);
  }
  const { startNatsServer } = await import('../dist/sdk/testing/nats-server.js');
  const { createOrchestratorClient } = await import('../dist/sdk/client/index.js');
  const nats = await startNatsServer();
  try {
    const echo = await startTroupe(['agent', 'echo', '--nats', nats.url], AGENT_READY);
    // Alternate the two (off, on, off, on) so that drift of a shared machine hits both alike.
    const rounds = { off: [], on: [], alongside: [] };
    const measured = { pids: [echo.child.pid, nats.pid], c1Count };
    try {
      for (let i = 0; i < roundCount; i++) {
        rounds.off.push(await linearOn(startTroupe, createOrchestratorClient, nats.url, false, count));
        rounds.on.push(await linearOn(startTroupe, createOrchestratorClient, nats.url, true, count, measured));
        if (alongside) rounds.alongside.push(await alongside());
      }
    } finally {
      await echo.stop();
    }
    const mean = (rs) => ({
      calls: rs.reduce((n, r) => n + r.calls, 0),
      perSecond: rs.reduce((n, r) => n + r.perSecond, 0) / rs.length,
      p50: rs.reduce((n, r) => n + r.p50, 0) / rs.length,
      p99: rs.reduce((n, r) => n + r.p99, 0) / rs.length,
    });
    const recovered = await recovery(startTroupe, createOrchestratorClient, nats.url, recoveryRuns);
    // (c) the cost of fsync on every write: its own two nats-servers (pinned, 2.10+).
    // Imported here: sync-interval.mjs, run alone, imports this module (a static cycle would deadlock its top-level await).
    const { benchSyncInterval } = await import('./sync-interval.mjs');
    const sync = syncInterval ? await benchSyncInterval({ startTroupe, linearOn: linearOnFor(startTroupe), count, rounds: roundCount, puts: syncPuts }) : undefined;
    return { linearOff: mean(rounds.off), linearOn: mean(rounds.on), rounds, alongside: rounds.alongside, recovery: recovered, sync };
  } finally {
    await nats.stop();
  }
}

/** Recovery alone (`recovery_10k_ms` of `npm run bench`): `runs` held runs, kill -9, restart, until all are redone. */
export async function benchRecovery({ startTroupe, runs }) {
  const { startNatsServer } = await import('../dist/sdk/testing/nats-server.js');
  const { createOrchestratorClient } = await import('../dist/sdk/client/index.js');
  const nats = await startNatsServer();
  try {
    return await recovery(startTroupe, createOrchestratorClient, nats.url, runs);
  } finally {
    await nats.stop();
  }
}
