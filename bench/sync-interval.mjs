// What `sync_interval: always` costs (nats-server 2.10+, `jetstream { sync_interval: always }`):
// the same workloads against two pinned nats-servers (.tools/bin/nats-server, from
// scripts/ensure-tools.sh), one with the default (fsync every 2 minutes, the OS page cache
// in between) and one that fsyncs every write before acknowledging it, in the same run,
// alternated (default, always, default, always) so that drift hits both alike:
// (a) KV puts to an R1 file bucket, 1 writer (each put waits for its ack);
// (b) the durable 3-step linear workflow on an orchestrator process (c=16), as in durability.mjs.
// Run alone with `node bench/sync-interval.mjs` (after `npm run build`); bench/run.mjs runs it
// from durability.mjs.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { connect } from 'nats';
import { closedLoop } from './measure.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NATS_SERVER = join(ROOT, '.tools', 'bin', 'nats-server');
const AGENT_READY = /agent \S+ \((\S+)\) listening on (\S+)/;

async function kvPuts(url, count) {
  const nc = await connect({ servers: url });
  try {
    const kv = await nc.jetstream().views.kv('bench_sync', { history: 1 });
    const value = new TextEncoder().encode(JSON.stringify({ status: 'running', steps: [{ id: 'a', output: 'x'.repeat(400) }] }));
    let i = 0;
    return await closedLoop(() => kv.put(`k${i++ % 1000}`, value), { concurrency: 1, count, maxMs: 5_000, warmup: 50 });
  } finally {
    await nc.close();
  }
}

const mean = (rs) => ({
  perSecond: rs.reduce((n, r) => n + r.perSecond, 0) / rs.length,
  p50: rs.reduce((n, r) => n + r.p50, 0) / rs.length,
  p99: rs.reduce((n, r) => n + r.p99, 0) / rs.length,
});

/**
 * Both workloads against a default server and a `sync_interval: always` one.
 * `linearOn(natsUrl, count)` runs the durable 3-step workflow on a fresh orchestrator.
 */
export async function benchSyncInterval({ startTroupe, linearOn, count = 1500, puts = 3000, rounds: roundCount = 2 }) {
  if (!existsSync(NATS_SERVER)) throw new Error(`${NATS_SERVER} is missing (sync_interval needs nats-server 2.10+): run \`bash scripts/ensure-tools.sh nats-server\``);
  const { startNatsServer } = await import('../dist/sdk/testing/nats-server.js');
  const servers = {
    default: await startNatsServer({ binary: NATS_SERVER }),
    always: await startNatsServer({ binary: NATS_SERVER, config: 'jetstream { sync_interval: always }' }),
  };
  const agents = [];
  try {
    for (const s of Object.values(servers)) agents.push(await startTroupe(['agent', 'echo', '--nats', s.url], AGENT_READY));
    const rounds = { default: { puts: [], runs: [] }, always: { puts: [], runs: [] } };
    for (let i = 0; i < roundCount; i++) {
      for (const mode of ['default', 'always']) {
        rounds[mode].puts.push(await kvPuts(servers[mode].url, puts));
        rounds[mode].runs.push(await linearOn(servers[mode].url, count));
      }
    }
    const out = {};
    for (const mode of ['default', 'always']) out[mode] = { puts: mean(rounds[mode].puts), runs: mean(rounds[mode].runs) };
    return { ...out, rounds: roundCount, putsRatio: out.always.puts.perSecond / out.default.puts.perSecond, runsRatio: out.always.runs.perSecond / out.default.runs.perSecond };
  } finally {
    for (const a of agents) await a.stop();
    for (const s of Object.values(servers)) await s.stop();
  }
}

/** The figures as text lines. */
export function describeSyncInterval(sync) {
  const r = (x) => Math.round(x * 100) / 100;
  return [
    `sync_interval (pinned nats-server, mean of ${sync.rounds} alternated rounds): default | always | ratio`,
    `  KV put, 1 writer, puts/s      ${r(sync.default.puts.perSecond)} | ${r(sync.always.puts.perSecond)} | ${r(sync.putsRatio)}  (p50 ${r(sync.default.puts.p50)} | ${r(sync.always.puts.p50)} ms, p99 ${r(sync.default.puts.p99)} | ${r(sync.always.puts.p99)} ms)`,
    `  durable 3-step run, runs/s    ${r(sync.default.runs.perSecond)} | ${r(sync.always.runs.perSecond)} | ${r(sync.runsRatio)}  (p50 ${r(sync.default.runs.p50)} | ${r(sync.always.runs.p50)} ms, p99 ${r(sync.default.runs.p99)} | ${r(sync.always.runs.p99)} ms)`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { startTroupe } = await import('./processes.mjs');
  const { linearOnFor } = await import('./durability.mjs');
  const sync = await benchSyncInterval({ startTroupe, linearOn: linearOnFor(startTroupe), count: Number(process.env.BENCH_DURABLE_COUNT ?? 1500) });
  for (const line of describeSyncInterval(sync)) console.log(line);
  console.log(JSON.stringify({ bench: 'sync_interval', ...sync }));
}
