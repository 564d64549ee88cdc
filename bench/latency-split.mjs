// `node bench/latency-split.mjs` (after `npm run build`): where a 3-step run's latency at c=1 goes.
// Against the floor of one gRPC round trip (a direct Execute on the echo agent) and of a trivial
// orchestrator call (ListAgents), it splits the run into StartRun and WatchRun-to-the-end, with
// durability off and on, and times SubmitTask (client → orchestrator → agent) beside them, and
// StartRun once more with the orchestrator at rest (5 ms after the previous run ended).
// Prints a table and one JSON line. BENCH_C1_COUNT (default 1,000) calls per figure.
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { startTroupe, untilAgentActive } from './processes.mjs';
import { LINEAR } from './runs.mjs';

const { startNatsServer } = await import('../dist/sdk/testing/nats-server.js');
const { createOrchestratorClient } = await import('../dist/sdk/client/index.js');
const { loadProtos } = await import('../dist/sdk/grpc/load-protos.js');
const { toValue } = await import('../dist/sdk/grpc/struct.js');

const COUNT = Number(process.env.BENCH_C1_COUNT ?? 1_000);
const WARMUP = 200;
const p50 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return +sorted[Math.floor(sorted.length / 2)].toFixed(2);
};
/** p50 in ms of `fn` called one at a time, after a warm-up. */
async function timed(fn) {
  const ms = [];
  for (let i = 0; i < WARMUP + COUNT; i++) {
    const t0 = performance.now();
    await fn();
    if (i >= WARMUP) ms.push(performance.now() - t0);
  }
  return p50(ms);
}

const nats = await startNatsServer({ jetstream: true });
const out = {};
try {
  for (const durable of ['false', 'true']) {
    const orch = await startTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port=-1'], /orchestrator listening on (\S+)/, { TROUPE_DURABLE: durable });
    const agent = await startTroupe(['agent', 'echo', '--nats', nats.url], /agent \S+ \((\S+)\) listening on (\S+)/);
    const client = createOrchestratorClient(orch.match[1]);
    const direct = new (loadProtos().agent.troupe.v1.AgentService)(agent.match[2], grpc.credentials.createInsecure());
    try {
      await untilAgentActive(client, 'echo.say');
      await client.registerWorkflow(LINEAR);
      const mode = durable === 'true' ? 'durable' : 'memory';
      if (durable === 'false') {
        const request = { task: { capability: 'echo.say', input: toValue({ n: 1 }) } };
        out.direct_execute_p50_ms = await timed(() => new Promise((resolve, reject) => direct.Execute(request, (err) => (err ? reject(err) : resolve()))));
        out.list_agents_p50_ms = await timed(() => client.listAgents());
        out.submit_task_p50_ms = await timed(() => client.submitTask({ capability: 'echo.say', input: { n: 1 } }));
      }
      const start = [];
      const watch = [];
      const whole = [];
      const runOne = async (gapMs) => {
        if (gapMs) await sleep(gapMs);
        const t0 = performance.now();
        const { runId } = await client.startRun({ workflow: 'bench-linear', input: {} });
        const t1 = performance.now();
        for await (const event of client.watchRun(runId, { types: ['run.'] })) if (event.type === 'run.completed') { /* read to its end */ }
        const t2 = performance.now();
        return [t1 - t0, t2 - t1, t2 - t0];
      };
      for (let i = 0; i < WARMUP + COUNT; i++) {
        const [s, w, all] = await runOne(0);
        if (i < WARMUP) continue;
        start.push(s);
        watch.push(w);
        whole.push(all);
      }
      out[`${mode}_run_p50_ms`] = p50(whole);
      out[`${mode}_start_run_p50_ms`] = p50(start);
      out[`${mode}_watch_to_end_p50_ms`] = p50(watch);
      // The same StartRun 5 ms after the previous run ended: what the previous run's own tail
      // (its last writes and bookkeeping after the watcher heard the end) adds to the next call.
      const rested = [];
      for (let i = 0; i < 300; i++) rested.push((await runOne(5))[0]);
      out[`${mode}_start_run_rested_p50_ms`] = p50(rested);
    } finally {
      direct.close();
      client.close();
      await orch.stop();
      await agent.stop();
    }
  }
} finally {
  await nats.stop();
}

const rows = [
  ['one gRPC round trip (direct Execute on the agent)', out.direct_execute_p50_ms],
  ['trivial orchestrator call (ListAgents)', out.list_agents_p50_ms],
  ['SubmitTask (client → orchestrator → agent)', out.submit_task_p50_ms],
  ['3-step run in memory: StartRun + WatchRun to the end', `${out.memory_run_p50_ms} = ${out.memory_start_run_p50_ms} + ${out.memory_watch_to_end_p50_ms}`],
  ['3-step run durable: StartRun + WatchRun to the end', `${out.durable_run_p50_ms} = ${out.durable_start_run_p50_ms} + ${out.durable_watch_to_end_p50_ms}`],
  ['StartRun 5 ms after the previous run ended: in memory / durable', `${out.memory_start_run_rested_p50_ms} / ${out.durable_start_run_rested_p50_ms}`],
];
console.log('| c=1, p50 (ms) | |\n|---|---|');
for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
console.log(JSON.stringify(out));
