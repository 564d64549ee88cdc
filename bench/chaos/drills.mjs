// The chaos drills: what to break and when. Each drill builds a stack with the
// harness, runs a workload, injects its fault, and returns one table row;
// `check(row)` lists what must hold (an empty list: the drill passed).
import { createStack, doneCount, executions, probeWorkflow, settle, startRuns, until } from './harness.mjs';

/** Duplicate counts of probe agents for the table. */
const dups = (agents) => {
  const { duplicated, redone } = executions(agents);
  return { duplicated, redone };
};
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const { Status } = await import('../../dist/sdk/errors.js');

/** Size of the workload: `--quick` keeps each drill to a few seconds. */
const size = (quick) => (quick ? { runs: 20, stepMinMs: 200, stepMaxMs: 400 } : { runs: 50, stepMinMs: 1000, stepMaxMs: 2000 });

/** Nothing failed, nothing lost, nothing executed twice. */
const noLoss = (row) => [
  ...(row.failed > 0 ? [`${row.failed} run(s) failed (${row.firstError ?? ''})`] : []),
  ...(row.lost > 0 ? [`${row.lost} run(s) lost`] : []),
  ...(typeof row.duplicated === 'number' && row.duplicated > 0 ? [`${row.duplicated} step(s) executed twice`] : []),
];

/** StartRun once during a fault: "UNAVAILABLE in 820 ms" (from the fault's start). */
async function startRunDuring(client, workflow, since) {
  const code = await client.startRun({ workflow, input: { n: -1 }, idempotencyKey: `during-${Date.now()}` }, { deadline: new Date(Date.now() + 15_000) }).then(
    () => Status.OK,
    (err) => err.code,
  );
  return `${Status[code] ?? code} in ${Math.round(performance.now() - since)} ms`;
}

/**
 * A NATS outage while runs are in flight: `begin`/`end` break and heal the link
 * (proxy pause, or a server restart). Agents and the orchestrator stay up.
 */
async function natsOutage({ quick, outageMs, begin, end }) {
  const { runs, stepMinMs, stepMaxMs } = size(quick);
  const stack = await createStack({ stepMinMs, stepMaxMs });
  try {
    const agent = await stack.agent();
    const { client } = await stack.orchestrator('chaos-nats');
    await stack.agentsActive(client);
    await client.registerWorkflow(probeWorkflow('chaos-nats'));
    const { runIds } = await startRuns(client, 'chaos-nats', runs);
    await until(async () => doneCount([agent]) >= runs / 5, { timeoutMs: 30_000, what: 'steps to finish' });
    const since = performance.now();
    await begin(stack);
    const startRun = await startRunDuring(client, 'chaos-nats', since);
    await sleep(outageMs - (performance.now() - since));
    await end(stack);
    const result = await settle([client], runIds, { timeoutMs: 60_000 + outageMs });
    return { rss: stack.rss.summary(), started: runIds.length, ...result, ...dups([agent]), startRun };
  } finally {
    await stack.close();
  }
}

const pause = (ms) => ({ outageMs: ms, begin: async (s) => s.proxy.pause(), end: async (s) => s.proxy.resume() });

/** Kill -9 an orchestrator mid-way; `survivors` orchestrators (0: restart the same instance) finish the runs. */
async function orchestratorKill({ quick, survivors }) {
  const { runs, stepMinMs, stepMaxMs } = size(quick);
  const lease = survivors > 0 ? { leaseTtlMs: 2000, leaseRenewMs: 400 } : {};
  const stack = await createStack({ stepMinMs, stepMaxMs, ...lease });
  try {
    const agent = await stack.agent();
    const victim = await stack.orchestrator('chaos-victim');
    const others = [];
    for (let i = 0; i < survivors; i++) others.push(await stack.orchestrator(`chaos-survivor-${i}`));
    await stack.agentsActive(victim.client);
    await victim.client.registerWorkflow(probeWorkflow('chaos-kill', { retries: 3 }));
    const { runIds } = await startRuns(victim.client, 'chaos-kill', runs);
    await until(async () => doneCount([agent]) >= runs / 2, { timeoutMs: 30_000, what: 'steps to finish' });
    const killedAt = performance.now();
    victim.proc.kill('SIGKILL');
    await victim.proc.exited;
    if (survivors === 0) others.push(await stack.orchestrator('chaos-victim'));
    const result = await settle(others.map((o) => o.client), runIds, { timeoutMs: 90_000 });
    return { rss: stack.rss.summary(), started: runIds.length, ...result, ...dups([agent]), adoptionMs: Math.round(performance.now() - killedAt) };
  } finally {
    await stack.close();
  }
}

/** Kill -9 one of two agents while it streams; steps retry on the other. */
async function agentKill({ quick }) {
  const runs = quick ? 20 : 50;
  const stack = await createStack();
  try {
    const a = await stack.agent('echo');
    const b = await stack.agent('echo');
    const { client } = await stack.orchestrator('chaos-agent');
    await stack.agentsActive(client, 2);
    const chunks = quick ? 10 : 30;
    await client.registerWorkflow(`
name: chaos-stream
steps:
  - { id: speak, capability: echo.stream, stream: true, input: { count: ${chunks}, chunkBytes: 64, delayMs: 50 }, timeout_ms: 60000, retry: { max_attempts: 3, initial_backoff_ms: 100, max_backoff_ms: 1000, multiplier: 2 } }
`.trim());
    const { runIds, refused, refusal } = await startRuns(client, 'chaos-stream', runs);
    if (refused > 0) process.stderr.write(`chaos: ${refused} StartRun refused: ${refusal}\n`);
    // Mid-stream: once the agent has streams in flight (its in-flight count is above 0).
    await until(async () => (await client.listAgents()).some((x) => x.instanceId === a.instanceId && x.inFlight > 0), { timeoutMs: 10_000, what: 'streams in flight', intervalMs: 20 });
    a.kill('SIGKILL');
    const result = await settle([client], runIds, { timeoutMs: 90_000 });
    void b;
    return { rss: stack.rss.summary(), started: runIds.length, ...result, duplicated: 'n/a' };
  } finally {
    await stack.close();
  }
}

/** Peak orchestrator RSS the burst may reach (issue #10: ≤ 500 MB). */
const BURST_RSS_LIMIT_MB = 500;

/**
 * A burst of StartRuns at once, far beyond the queue (capacity 1,000, at most 500
 * runs in flight): every accepted run completes, every refused one got
 * RESOURCE_EXHAUSTED at once, and the orchestrator's memory stays bounded.
 */
async function startRunBurst({ quick }) {
  const count = quick ? 2_000 : 10_000;
  const stack = await createStack({ stepMinMs: 5, stepMaxMs: 20 });
  try {
    const agent = await stack.agent();
    // No fault here: NATS direct, not through the proxy that shares this process with the burst.
    const { client } = await stack.orchestrator('chaos-burst', { TROUPE_QUEUE_CAPACITY: '1000', TROUPE_MAX_ACTIVE_RUNS: '500' }, { direct: true });
    await stack.agentsActive(client);
    await client.registerWorkflow(probeWorkflow('chaos-burst'));
    const codes = new Map();
    const firstMessage = new Map();
    const runIds = [];
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        client.startRun({ workflow: 'chaos-burst', input: { n: i }, idempotencyKey: `burst-${i}` }, { deadline: new Date(Date.now() + 120_000) }).then(
          ({ runId }) => void runIds.push(runId),
          (err) => {
            codes.set(err.code, (codes.get(err.code) ?? 0) + 1);
            if (!firstMessage.has(err.code)) firstMessage.set(err.code, err.message);
          },
        ),
      ),
    );
    const rejected = codes.get(Status.RESOURCE_EXHAUSTED) ?? 0;
    const otherErrors = [...codes].filter(([code]) => code !== Status.RESOURCE_EXHAUSTED).map(([code, n]) => `${Status[code] ?? code}×${n} ("${firstMessage.get(code)}")`);
    const result = await settle([client], runIds, { timeoutMs: 120_000 });
    return {
      rss: stack.rss.summary(),
      orchestratorMb: stack.rss.peakMb('orchestrator'),
      started: runIds.length,
      ...result,
      ...dups([agent]),
      startRun: `${runIds.length} accepted, ${rejected} RESOURCE_EXHAUSTED${otherErrors.length ? `, ${otherErrors.join(', ')}` : ''}`,
      otherErrors,
    };
  } finally {
    await stack.close();
  }
}

/**
 * The owner of runs in flight stalls (SIGSTOP, a long GC pause or a swapped-out VM)
 * for three times its lease lifetime while a second orchestrator is up: the survivor
 * adopts its runs, the stalled owner wakes fenced (its writes refused), and every
 * run completes once, under load.
 */
async function leaseStall({ quick }) {
  const { runs, stepMinMs, stepMaxMs } = size(quick);
  const stack = await createStack({ stepMinMs, stepMaxMs, leaseTtlMs: 2000, leaseRenewMs: 400 });
  try {
    const agent = await stack.agent();
    const owner = await stack.orchestrator('chaos-stalled');
    const survivor = await stack.orchestrator('chaos-survivor');
    await stack.agentsActive(owner.client);
    await owner.client.registerWorkflow(probeWorkflow('chaos-stall', { retries: 3 }));
    const { runIds } = await startRuns(owner.client, 'chaos-stall', runs);
    await until(async () => doneCount([agent]) >= runs / 4, { timeoutMs: 30_000, what: 'steps to finish' });
    const stalledAt = performance.now();
    owner.proc.child.kill('SIGSTOP');
    await sleep(3 * 2000);
    owner.proc.child.kill('SIGCONT');
    const result = await settle([survivor.client, owner.client], runIds, { timeoutMs: 90_000 });
    return { rss: stack.rss.summary(), started: runIds.length, ...result, ...dups([agent]), adoptionMs: Math.round(performance.now() - stalledAt) };
  } finally {
    await stack.close();
  }
}

/** Every drill, in table order; each a `run` built from the harness and a `check`. */
export const DRILLS = [
  { name: 'nats-pause-3s', run: ({ quick }) => natsOutage({ quick, ...pause(3000) }), check: noLoss },
  { name: 'nats-pause-30s', quickName: 'nats-pause-6s', run: ({ quick }) => natsOutage({ quick, ...pause(quick ? 6000 : 30_000) }), check: noLoss },
  {
    name: 'nats-restart',
    run: ({ quick }) => natsOutage({ quick, outageMs: 0, begin: (s) => s.nats.restart(), end: async () => undefined }),
    check: noLoss,
  },
  { name: 'agent-kill-9-mid-stream', run: agentKill, check: noLoss },
  { name: 'orchestrator-kill-9-restart', run: ({ quick }) => orchestratorKill({ quick, survivors: 0 }), check: noLoss },
  { name: 'orchestrator-kill-9-of-2', run: ({ quick }) => orchestratorKill({ quick, survivors: 1 }), check: noLoss },
  {
    name: 'startrun-burst-10k',
    quickName: 'startrun-burst-2k',
    run: startRunBurst,
    check: (row) => [
      ...noLoss(row),
      ...(row.otherErrors.length > 0 ? [`refusals other than RESOURCE_EXHAUSTED: ${row.otherErrors.join(', ')}`] : []),
      ...(row.orchestratorMb > BURST_RSS_LIMIT_MB ? [`orchestrator peak RSS ${row.orchestratorMb} MB > ${BURST_RSS_LIMIT_MB} MB`] : []),
    ],
  },
  { name: 'lease-stall-under-load', run: leaseStall, check: noLoss },
];
