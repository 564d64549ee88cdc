// Load loops: closed-loop concurrency with bounded count and time.
import { cpuMeter } from './cpu.mjs';

/**
 * Runs `call` with `concurrency` workers until `count` calls or `maxMs`; returns calls/s and
 * latency percentiles (ms), and with `pids` the CPU ms each of those processes used over the
 * measured calls (`cpuMs`, same order; the warm-up excluded).
 */
export async function closedLoop(call, { concurrency, count, maxMs = 10_000, warmup = 200, pids }) {
  for (let i = 0; i < warmup; i++) await call();
  const meter = pids ? cpuMeter(pids) : undefined;
  const latencies = [];
  let issued = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  const worker = async () => {
    while (issued < count && performance.now() < deadline) {
      issued++;
      const t0 = performance.now();
      await call();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = meter?.read();
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { calls: latencies.length, perSecond: latencies.length / seconds, p50: pct(50), p99: pct(99), ...(cpuMs ? { cpuMs } : {}) };
}

/** Consumes one stream produced by `open()`; returns chunks/s and MB/s. */
export async function streamRate(open, { chunks, chunkBytes }) {
  const started = performance.now();
  let received = 0;
  for await (const n of open()) received += n;
  const seconds = (performance.now() - started) / 1000;
  if (received !== chunks) throw new Error(`expected ${chunks} chunks, got ${received}`);
  return { chunks: received, perSecond: received / seconds, mbPerSecond: (received * chunkBytes) / seconds / 1e6 };
}

/** The middle value (the lower of the two middle ones for an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/**
 * Warms both streams up, then runs them alternately `rounds` times. Returns each
 * side's median chunks/s (as `direct_stream` / `orch_stream`) and every round's ratio.
 */
export async function alternateStreams(directOpen, orchOpen, rounds, shape) {
  await streamRate(directOpen, shape);
  await streamRate(orchOpen, shape);
  const direct = [];
  const orch = [];
  for (let i = 0; i < rounds; i++) {
    direct.push((await streamRate(directOpen, shape)).perSecond);
    orch.push((await streamRate(orchOpen, shape)).perSecond);
  }
  return {
    direct_stream: { perSecond: median(direct) },
    orch_stream: { perSecond: median(orch) },
    stream_pair_ratios: orch.map((o, i) => o / direct[i]),
  };
}

/** Runs one part of a bench, telling stderr when it starts and how long it took. */
export async function part(name, fn) {
  const t0 = performance.now();
  process.stderr.write(`bench: ${name} …\n`);
  const out = await fn();
  process.stderr.write(`bench: ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return out;
}
