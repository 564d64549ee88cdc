// Workflow-run benchmarks: runs/s and latency of a 3-step linear workflow and a
// 10-way fan-out, each against the same number of direct grpc-js calls made by a
// plain script; and heap bytes per in-flight run with 10,000 concurrent runs.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { closedLoop } from './measure.mjs';
import { holdReceived, untilAgentActive } from './processes.mjs';

/** The 3-step linear workflow (echo.say three times, each step fed the previous output); durability.mjs runs it too. */
export const LINEAR = `
name: bench-linear
steps:
  - { id: a, capability: echo.say, input: { n: 1 } }
  - { id: b, capability: echo.say, depends_on: [a], input: "\${steps.a.output}" }
  - { id: c, capability: echo.say, depends_on: [b], input: "\${steps.b.output}" }
`;
const FANOUT = `
name: bench-fanout
steps:
  - { id: each, capability: echo.say, for_each: "\${input.items}", concurrency: 10, input: "\${item}" }
`;

/** Events a bench client watches: the run's start and end, as BullMQ's `waitUntilFinished` waits for the end alone; `BENCH_WATCH_ALL=1`: every event. */
const WATCH = process.env.BENCH_WATCH_ALL === '1' ? {} : { types: ['run.'] };

/**
 * Runs one workflow to its end through StartRun + WatchRun. The watch is read to its
 * natural end (the server closes it after the final event): breaking out would cancel
 * thousands of streams, which Node's HTTP/2 rapid-reset guard answers by closing the session.
 */
export async function runToEnd(client, workflow, input) {
  const { runId } = await client.startRun({ workflow, input });
  let final;
  for await (const e of client.watchRun(runId, WATCH)) if (e.type.startsWith('run.') && e.type !== 'run.started') final = e;
  if (final?.type !== 'run.completed') throw new Error(`${workflow} ${final?.type ?? 'ended without a final event'}: ${JSON.stringify(final?.detail)}`);
}

export async function benchRuns({ client, direct, count }) {
  await client.registerWorkflow(LINEAR);
  await client.registerWorkflow(FANOUT);
  const items = Array.from({ length: 10 }, (_, i) => i);
  const directLinear = async () => {
    let v = await direct({ n: 1 });
    v = await direct(v);
    await direct(v);
  };
  const directFanout = () => Promise.all(items.map((i) => direct(i)));
  const opts = { concurrency: 16, count, warmup: 20 };
  return {
    linear_direct: await closedLoop(directLinear, opts),
    linear_orch: await closedLoop(() => runToEnd(client, 'bench-linear', {}), opts),
    fanout_direct: await closedLoop(directFanout, opts),
    fanout_orch: await closedLoop(() => runToEnd(client, 'bench-fanout', { items }), opts),
  };
}

/**
 * Heap per in-flight run: an in-process orchestrator (so its heap can be read), a
 * holding agent in its own process, `runs` runs started and left waiting (10,000; 100,000 in
 * the full bench), then released: every one must complete. Also the RSS at the peak.
 */
export async function benchRunHeap({ natsUrl, startTroupe, runs = 10_000 }) {
  // hold-agent.mjs reports every 100th call: any other count would wait forever.
  if (!(Number.isInteger(runs) && runs > 0 && runs % 100 === 0)) throw new Error(`BENCH_HEAP_RUNS must be a positive multiple of 100; got ${runs}`);
  const { startOrchestrator } = await import('../dist/orchestrator/index.js');
  const { createOrchestratorClient } = await import('../dist/sdk/client/index.js');
  const { createLogger } = await import('../dist/sdk/telemetry/index.js');
  const agent = await startTroupe(['agent', './bench/hold-agent.mjs', '--nats', natsUrl], /agent \S+ \((\S+)\) listening on (\S+)/);
  const orch = await startOrchestrator(
    { natsUrl, grpcPort: 0, httpPort: -1, logLevel: 'silent', maxConcurrentTasks: runs * 2, queueCapacity: runs * 2, maxActiveRuns: runs * 2 },
    { logger: createLogger({ name: 'bench', level: 'silent' }) },
  );
  const client = createOrchestratorClient(orch.grpcAddress);
  await untilAgentActive(client, 'hold.wait');
  // An hour per attempt: starting 100,000 runs takes minutes, and the first must still be waiting at the end.
  await client.registerWorkflow('name: bench-hold\nsteps:\n  - { id: h, capability: hold.wait, timeout_ms: 3600000 }\n');
  const heap = () => {
    globalThis.gc?.();
    return process.memoryUsage().heapUsed;
  };
  const before = heap();
  const loop = monitorEventLoopDelay({ resolution: 20 });
  loop.enable();
  const ids = [];
  let retries = 0;
  // Dispatched is not received: the channel buffers what the agent has not read yet.
  const received = holdReceived(agent.child, runs);
  // As a client should: UNAVAILABLE (NATS link lost for a moment) is retried, with the same
  // idempotency key, so a start that did land is not started twice.
  const start = async (key) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await client.startRun({ workflow: 'bench-hold', input: {}, idempotencyKey: key });
      } catch (err) {
        if (err.code !== 14 || attempt >= 50) throw err;
        retries++;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };
  for (let i = 0; i < runs; i += 500) {
    const batch = await Promise.all(Array.from({ length: Math.min(500, runs - i) }, (_, j) => start(`heap-${i + j}`)));
    ids.push(...batch.map((b) => b.runId));
  }
  // Wait until every task reached the agent (hold-agent.mjs counts them).
  await received;
  const after = heap();
  const rssBytes = process.memoryUsage().rss;
  loop.disable();
  const finished = ids.map((id) => orch.engine.whenFinished(id) ?? Promise.resolve());
  // A signal, not a `hold.release` task: with 100,000 runs held, every slot of the agent is taken.
  agent.child.kill('SIGUSR2');
  await Promise.all(finished);
  // Every accepted run must have completed (issue #13: "all accepted runs completing").
  let completed = 0;
  // A finished run is read from the store, which is still writing 100,000 runs' last records:
  // a read that times out meanwhile is read again, as a client would.
  const report = async (id) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await orch.engine.getRun(id);
      } catch (err) {
        if (!/TIMEOUT|UNAVAILABLE/.test(String(err?.code ?? err?.message)) || attempt >= 30) throw err;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  };
  for (let i = 0; i < ids.length; i += 500) {
    const reports = await Promise.all(ids.slice(i, i + 500).map(report));
    completed += reports.filter((r) => r?.status === 'completed').length;
  }
  client.close();
  await orch.stop();
  await agent.stop();
  return { runs: ids.length, completed, bytesPerRun: Math.round((after - before) / runs), rssMb: Math.round(rssBytes / 2 ** 20), startRetries: retries, maxLoopDelayMs: Math.round(loop.max / 1e6), gcExposed: typeof globalThis.gc === 'function' };
}
