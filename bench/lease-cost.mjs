// Usage: node bench/lease-cost.mjs <runs>   (after npm run build)
// Lease cost at N runs in flight: writes to troupe_leases per second (and to troupe_runs, for scale),
// with two orchestrators (one driving N runs parked at a 10-minute agent step, one survivor scanning).
import { spawn } from 'node:child_process';
import { connect } from 'nats';
const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const { startNatsServer } = await import(`${ROOT}/dist/sdk/testing/index.js`);
const { createOrchestratorClient } = await import(`${ROOT}/dist/sdk/client/index.js`);
const N = Number(process.argv[2] ?? 10);
const nats = await startNatsServer();
const procs = [];
function troupe(args, env) {
  const p = spawn(process.execPath, [`${ROOT}/dist/cli/main.js`, ...args], { cwd: ROOT, env: { ...process.env, TROUPE_LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  p.stdout.on('data', (c) => (text += c)); p.stderr.on('data', (c) => (text += c));
  procs.push(p);
  return { p, out: () => text };
}
const wait = async (f, ms = 120000) => { const t = Date.now(); while (!(await f())) { if (Date.now() - t > ms) throw new Error('timeout'); await new Promise((r) => setTimeout(r, 100)); } };
troupe(['agent', './test/fixtures/durable-agent.mjs', '--nats', nats.url], { DURABLE_STEP_MIN_MS: '600000', DURABLE_STEP_MAX_MS: '600001' });
const env = { TROUPE_HTTP_PORT: '-1', TROUPE_MAX_ACTIVE_RUNS: '20000', TROUPE_QUEUE_CAPACITY: '20000', TROUPE_MAX_CONCURRENT_TASKS: '20000' };
const a = troupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0'], { ...env, TROUPE_INSTANCE_ID: 'a' });
troupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0'], { ...env, TROUPE_INSTANCE_ID: 'b' });
await wait(() => /orchestrator listening on (\S+)/.test(a.out()));
const client = createOrchestratorClient(a.out().match(/orchestrator listening on (\S+)/)[1]);
await wait(async () => (await client.listAgents()).some((x) => x.state === 'active'));
await client.registerWorkflow('name: parked\nsteps:\n  - { id: one, capability: probe.step, input: {}, timeout_ms: 3600000 }\n');
const t0 = Date.now();
let failed = 0;
for (let i = 0; i < N; i += 500) {
  const r = await Promise.allSettled(Array.from({ length: Math.min(500, N - i) }, () => client.startRun({ workflow: 'parked', input: {} })));
  failed += r.filter((x) => x.status === 'rejected').length;
}
if (failed) console.log(`${failed} StartRuns failed; orchestrator errors:`, a.out().split('\n').filter((l) => /"level":50|error/i.test(l)).slice(0, 3).join('\n').slice(0, 3000));
console.log(`started ${N} runs in ${Date.now() - t0} ms`);
const nc = await connect({ servers: nats.url });
const jsm = await nc.jetstreamManager();
const seq = async (b) => (await jsm.streams.info(`KV_${b}`)).state.last_seq;
await new Promise((r) => setTimeout(r, 5000));
const s0 = { leases: await seq('troupe_leases'), runs: await seq('troupe_runs'), owners: await seq('troupe_run_owners') };
const WINDOW = 10_000;
await new Promise((r) => setTimeout(r, WINDOW));
const s1 = { leases: await seq('troupe_leases'), runs: await seq('troupe_runs'), owners: await seq('troupe_run_owners') };
const per = (k) => ((s1[k] - s0[k]) / (WINDOW / 1000)).toFixed(1);
console.log(`N=${N}: troupe_leases writes/s ${per('leases')}, troupe_run_owners writes/s ${per('owners')}, troupe_runs writes/s ${per('runs')}; lease keys ${(await jsm.streams.info('KV_troupe_leases')).state.messages}`);
console.log('renewal warnings:', (a.out().match(/lease renewal failed/g) ?? []).length, 'drops:', (a.out().match(/dropping run/g) ?? []).length);
await nc.close(); client.close();
for (const p of procs) p.kill('SIGKILL');
await nats.stop();
process.exit(0);
