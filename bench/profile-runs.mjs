// `node bench/profile-runs.mjs` (after `npm run build`): durable 3-step runs at c=16 on an
// orchestrator process, with the orchestrator's (and agent's) CPU per run read from
// /proc/<pid>/stat over the measured window. BENCH_CPU_PROF=dir writes the orchestrator's
// CPU profile there. BENCH_RUN_COUNT (default 2,000), BENCH_DURABLE (default true).
import { cpuMs } from './cpu.mjs';
import { closedLoop } from './measure.mjs';
import { startTroupe, untilAgentActive } from './processes.mjs';
import { LINEAR, runToEnd } from './runs.mjs';

const { startNatsServer } = await import('../dist/sdk/testing/nats-server.js');
const { createOrchestratorClient } = await import('../dist/sdk/client/index.js');

const COUNT = Number(process.env.BENCH_RUN_COUNT ?? 2_000);
const durable = process.env.BENCH_DURABLE ?? 'true';
const profileDir = process.env.BENCH_CPU_PROF;
const profileArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-name=orchestrator.cpuprofile'] : [];

const MONITOR = 18_000 + Math.floor(Math.random() * 2_000);
const nats = await startNatsServer({ jetstream: true, args: ['-m', String(MONITOR)] });
const varz = async () => (await fetch(`http://127.0.0.1:${MONITOR}/varz`)).json();
const orch = await startTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port=-1'], /orchestrator listening on (\S+)/, { TROUPE_DURABLE: durable }, profileArgs);
const agent = await startTroupe(['agent', 'echo', '--nats', nats.url], /agent \S+ \((\S+)\) listening on (\S+)/);
const client = createOrchestratorClient(orch.match[1]);
try {
  await untilAgentActive(client, 'echo.say');
  await client.registerWorkflow(LINEAR);
  const runOne = () => runToEnd(client, 'bench-linear', {});
  await closedLoop(runOne, { concurrency: 16, count: 300, warmup: 20 });
  const o0 = cpuMs(orch.child.pid);
  const a0 = cpuMs(agent.child.pid);
  const n0 = cpuMs(nats.pid);
  const v0 = await varz();
  const unary = process.env.BENCH_MODE === 'unary';
  const submit = () => client.submitTask({ capability: 'echo.say', input: { hello: 'bench' } });
  if (unary) await closedLoop(submit, { concurrency: 64, count: 3_000, warmup: 0 });
  const r = unary ? await closedLoop(submit, { concurrency: 64, count: COUNT * 10, maxMs: 30_000, warmup: 0 }) : await closedLoop(runOne, { concurrency: 16, count: COUNT, maxMs: 30_000, warmup: 0 });
  const per = (ms) => +(ms / r.calls).toFixed(3);
  const out = {
    durable,
    mode: unary ? 'SubmitTask c=64' : '3-step run c=16',
    calls: r.calls,
    calls_per_s: +r.perSecond.toFixed(1),
    p50_ms: +r.p50.toFixed(2),
    p99_ms: +r.p99.toFixed(2),
    orch_cpu_ms_per_call: per(cpuMs(orch.child.pid) - o0),
    agent_cpu_ms_per_call: per(cpuMs(agent.child.pid) - a0),
    nats_cpu_ms_per_call: per(cpuMs(nats.pid) - n0),
  };
  const v1 = await varz();
  out.nats_msgs_in_per_call = per(v1.in_msgs - v0.in_msgs);
  out.nats_msgs_out_per_call = per(v1.out_msgs - v0.out_msgs);
  out.nats_bytes_in_per_call = per(v1.in_bytes - v0.in_bytes);
  const c1 = await closedLoop(unary ? submit : runOne, { concurrency: 1, count: unary ? 2_000 : 300, warmup: 20 });
  out.c1_p50_ms = +c1.p50.toFixed(2);
  console.log(JSON.stringify(out));
} finally {
  client.close();
  await orch.stop();
  await agent.stop();
  await nats.stop();
}
