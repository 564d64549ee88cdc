// SubmitTasks (many tasks over one stream) against unary SubmitTask, in one run.
//
//   node bench/bulk.mjs            (after `npm run build`)
//
// starts nats-server, an orchestrator and the echo agent (each its own process, as bench/run.mjs
// does), then alternates unary SubmitTask at 64 callers with SubmitTasks at 64, 256 (the echo
// agent's max concurrency) and 1,024 tasks in flight (medians of BENCH_BULK_ROUNDS rounds), and
// prints a table and one JSON line. Each figure
// comes with the orchestrator's and the agent's CPU per task (from /proc, over the same interval).
// BENCH_CPU_PROF=dir writes CPU profiles of the orchestrator and the agent there; BENCH_BULK_ONLY=1
// (or =N) then measures SubmitTasks at 64 (or N) in flight alone, so the profiles show nothing else.
// `benchBulk()` is the measurement alone, for a caller that has its own orchestrator.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { closedLoop, median } from './measure.mjs';
import { startTroupe } from './processes.mjs';

const { createOrchestratorClient } = await import('../dist/sdk/client/index.js');

/**
 * Tasks/s of `echo.say` over one SubmitTasks stream with `concurrency` tasks in flight (a number
 * or a list of them), through the typed client; latencies are per task, submit to result.
 * Resolves with `{ bulk_c<N>_per_s, bulk_c<N>_p50_ms, bulk_c<N>_p99_ms }` for each N.
 */
export async function benchBulk({ orchAddress, count = 20_000, concurrency = [64, 1024], client: given } = {}) {
  const client = given ?? createOrchestratorClient(orchAddress);
  const figures = {};
  try {
    for (const c of [concurrency].flat()) {
      const run = await bulkRun(client, { concurrency: c, count });
      figures[`bulk_c${c}_per_s`] = round(run.perSecond);
      figures[`bulk_c${c}_p50_ms`] = round(run.p50);
      figures[`bulk_c${c}_p99_ms`] = round(run.p99);
    }
  } finally {
    if (!given) client.close();
  }
  return figures;
}

/** One stream, `count` tasks, `concurrency` in flight (closed loop), after a warm-up of 1,000. */
async function bulkRun(client, { concurrency, count, warmup = 1_000 }) {
  const stream = client.submitTasks();
  try {
    const task = { capability: 'echo.say', input: { hello: 'bench' } };
    await Promise.all(Array.from({ length: Math.min(warmup, concurrency) }, async (_, w) => {
      for (let i = w; i < warmup; i += concurrency) await stream.submit(task);
    }));
    const latencies = new Array(count);
    let issued = 0;
    let done = 0;
    const started = performance.now();
    const worker = async () => {
      while (issued < count) {
        const i = issued++;
        const t0 = performance.now();
        await stream.submit(task);
        latencies[i] = performance.now() - t0;
        done++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    return { calls: done, perSecond: done / seconds, p50: pct(50), p99: pct(99) };
  } finally {
    await stream.close();
  }
}

const round = (x) => Math.round(x * 100) / 100;

/** CPU time (user + system) of a process so far, in µs, from /proc (Linux). */
function cpuMicros(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14, 15)
  return (ticks * 1e6) / 100; // USER_HZ is 100 on Linux
}

/** Runs `measure` and adds the CPU µs per task each of `processes` spent meanwhile. */
async function withCpu(processes, measure) {
  const before = Object.fromEntries(Object.entries(processes).map(([name, p]) => [name, cpuMicros(p.pid)]));
  const result = await measure();
  const calls = result.calls;
  const cpu = Object.fromEntries(Object.entries(processes).map(([name, p]) => [name, (cpuMicros(p.pid) - before[name]) / calls]));
  return { ...result, cpu };
}

async function main() {
  const { startNatsServer } = await import('../dist/sdk/testing/nats-server.js');
  const { loadProtos } = await import('../dist/sdk/grpc/load-protos.js');
  const { toValue } = await import('../dist/sdk/grpc/struct.js');
  const count = Number(process.env.BENCH_BULK_COUNT ?? 20_000);
  const rounds = Number(process.env.BENCH_BULK_ROUNDS ?? 3);
  const profDir = process.env.BENCH_CPU_PROF;
  const prof = (name) => (profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-name', `${name}.cpuprofile`] : []);

  const nats = await startNatsServer();
  const orch = await startTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port=-1'], /orchestrator listening on (\S+)/, {}, prof('orchestrator'));
  const agent = await startTroupe(['agent', 'echo', '--nats', nats.url], /agent \S+ \((\S+)\) listening on (\S+)/, {}, prof('agent'));
  const orchAddress = orch.match[1];
  const processes = { orchestrator: orch.child, agent: agent.child };
  const protos = loadProtos();
  const raw = new protos.orchestrator.troupe.v1.OrchestratorService(orchAddress, grpc.credentials.createInsecure());
  const request = { capability: 'echo.say', input: toValue({ hello: 'bench' }) };
  const unaryCall = () => new Promise((resolve, reject) => raw.SubmitTask(request, (err, res) => (err ? reject(err) : resolve(res))));
  const client = createOrchestratorClient(orchAddress);
  try {
    for (let i = 0; ; i++) {
      try {
        await unaryCall();
        break;
      } catch (err) {
        if (i > 200) throw err;
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    if (process.env.BENCH_BULK_ONLY) {
      const c = process.env.BENCH_BULK_ONLY === '1' ? 64 : Number(process.env.BENCH_BULK_ONLY);
      const only = await withCpu(processes, () => bulkRun(client, { concurrency: c, count }));
      console.log(JSON.stringify({ [`bulk_c${c}_per_s`]: round(only.perSecond), orch_cpu_us_per_task: round(only.cpu.orchestrator), agent_cpu_us_per_task: round(only.cpu.agent) }));
      return;
    }
    // Warm both paths up (a fresh orchestrator is several times slower for its first few thousand calls).
    await closedLoop(unaryCall, { concurrency: 64, count: 3_000 });
    await bulkRun(client, { concurrency: 64, count: 5_000 });
    const unary = [];
    const bulk64 = [];
    const bulk256 = [];
    const bulk1024 = [];
    for (let r = 0; r < rounds; r++) {
      unary.push(await withCpu(processes, () => closedLoop(unaryCall, { concurrency: 64, count: Math.ceil(count / 2), maxMs: 20_000 })));
      bulk64.push(await withCpu(processes, () => bulkRun(client, { concurrency: 64, count })));
      bulk256.push(await withCpu(processes, () => bulkRun(client, { concurrency: 256, count })));
      bulk1024.push(await withCpu(processes, () => bulkRun(client, { concurrency: 1024, count })));
    }
    const pick = (runs) => {
      const rate = median(runs.map((x) => x.perSecond));
      return runs.find((x) => x.perSecond === rate);
    };
    const u = pick(unary);
    const b64 = pick(bulk64);
    const b256 = pick(bulk256);
    const b1024 = pick(bulk1024);
    const figures = {
      unary_c64_per_s: round(u.perSecond),
      unary_c64_p50_ms: round(u.p50),
      bulk_c64_per_s: round(b64.perSecond),
      bulk_c64_p50_ms: round(b64.p50),
      bulk_c64_p99_ms: round(b64.p99),
      bulk_c256_per_s: round(b256.perSecond),
      bulk_c256_p50_ms: round(b256.p50),
      bulk_c256_ratio: round(b256.perSecond / u.perSecond),
      bulk_c1024_per_s: round(b1024.perSecond),
      bulk_c1024_p50_ms: round(b1024.p50),
      bulk_c1024_p99_ms: round(b1024.p99),
      bulk_c64_ratio: round(b64.perSecond / u.perSecond),
      bulk_c1024_ratio: round(b1024.perSecond / u.perSecond),
      bulk_c64_round_ratios: bulk64.map((b, i) => round(b.perSecond / unary[i].perSecond)),
      orch_cpu_us_per_task_unary: round(u.cpu.orchestrator),
      orch_cpu_us_per_task_bulk_c64: round(b64.cpu.orchestrator),
      orch_cpu_us_per_task_bulk_c256: round(b256.cpu.orchestrator),
      orch_cpu_us_per_task_bulk_c1024: round(b1024.cpu.orchestrator),
      agent_cpu_us_per_task_unary: round(u.cpu.agent),
      agent_cpu_us_per_task_bulk_c64: round(b64.cpu.agent),
      rounds,
    };
    const row = (name, r, cpu) => `${name.padEnd(28)} ${String(Math.round(r.perSecond)).padStart(8)}/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms   orchestrator ${cpu.orchestrator.toFixed(0).padStart(4)} µs/task   agent ${cpu.agent.toFixed(0).padStart(4)} µs/task`;
    console.log(row('SubmitTask, 64 callers', u, u.cpu));
    console.log(row('SubmitTasks, 64 in flight', b64, b64.cpu));
    console.log(row('SubmitTasks, 256 in flight', b256, b256.cpu));
    console.log(row('SubmitTasks, 1,024 in flight', b1024, b1024.cpu));
    console.log(`bulk / unary SubmitTask at 64 callers: c=64 ${figures.bulk_c64_ratio}× (rounds: ${figures.bulk_c64_round_ratios.join(', ')}); c=256 ${figures.bulk_c256_ratio}×; c=1024 ${figures.bulk_c1024_ratio}×`);
    console.log(JSON.stringify(figures));
  } finally {
    client.close();
    raw.close();
    await agent.stop();
    await orch.stop();
    await nats.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
