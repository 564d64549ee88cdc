// The chaos harness: a real stack (nats-server behind the fault-injection proxy,
// orchestrator and agent processes talking to NATS through it), a workload of
// durable runs, and the measurements every drill reports. Drills (drills.mjs)
// only decide what to break and when; everything else is here, so a new drill
// (an orchestrator kill, a StartRun burst, a lease stall) is a few lines.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { until as pollUntil } from '../processes.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const PROBE_AGENT = join(ROOT, 'test', 'fixtures', 'durable-agent.mjs');

const { startNatsServer, startTcpProxy } = await import('../../dist/sdk/testing/index.js');
const { createOrchestratorClient } = await import('../../dist/sdk/client/index.js');

/** `until` of processes.mjs, polling every 100 ms unless told otherwise. */
export const until = (probe, options) => pollUntil(probe, { intervalMs: 100, ...options });

/** A `troupe` child process with its output kept and awaitable. */
function spawnTroupe(args, env) {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, TROUPE_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const onData = (chunk) => (text += chunk.toString('utf8'));
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return {
    child,
    exited,
    output: () => text,
    waitFor: (pattern, timeoutMs = 20_000) =>
      until(async () => text.match(pattern) ?? (child.exitCode !== null ? Promise.reject(new Error(`exited:\n${text}`)) : undefined), {
        timeoutMs,
        what: `${pattern} from troupe ${args[0]}`,
        intervalMs: 20,
      }),
    kill: (signal = 'SIGTERM') => child.kill(signal),
  };
}

/** Peak resident memory per role, sampled from /proc every 250 ms. */
class RssSampler {
  #peak = new Map();
  #procs = new Map();
  #timer = setInterval(() => this.sample(), 250);
  add(role, proc) {
    this.#procs.set(proc, role);
  }
  sample() {
    for (const [proc, role] of this.#procs) {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${proc.child.pid}/status`, 'utf8'))?.[1] ?? 0);
        this.#peak.set(role, Math.max(this.#peak.get(role) ?? 0, kb));
      } catch {
        this.#procs.delete(proc); // exited
      }
    }
  }
  /** Peak RSS of `role` in MB (0 when never sampled). */
  peakMb(role) {
    return Math.round((this.#peak.get(role) ?? 0) / 1024);
  }
  /** "orchestrator 95 MB, agent 80 MB" */
  summary() {
    return [...this.#peak].map(([role, kb]) => `${role} ${Math.round(kb / 1024)}`).join(', ');
  }
  stop() {
    clearInterval(this.#timer);
  }
}

/**
 * Starts nats-server, a proxy in front of it, and helpers to add orchestrators and
 * agents that reach NATS through the proxy. Everything binds 127.0.0.1.
 */
export async function createStack({ beatMs = 500, leaseTtlMs, leaseRenewMs, stepMinMs = 1000, stepMaxMs = 2000 } = {}) {
  const nats = await startNatsServer();
  const proxy = await startTcpProxy({ target: nats.url });
  const rss = new RssSampler();
  const procs = [];
  const clients = [];
  const orchEnv = {
    TROUPE_HTTP_PORT: '-1',
    TROUPE_HEARTBEAT_MS: String(beatMs),
    TROUPE_DISCOVERY_WAIT_MS: '300',
    TROUPE_DURABLE: 'true',
    ...(leaseTtlMs ? { TROUPE_LEASE_TTL_MS: String(leaseTtlMs) } : {}),
    ...(leaseRenewMs ? { TROUPE_LEASE_RENEW_MS: String(leaseRenewMs) } : {}),
  };
  const stack = {
    nats,
    proxy,
    rss,
    /**
     * Starts an orchestrator (instance id `id`, `env` on top of the stack's); resolves with { proc, client, id }.
     * `direct`: it talks to NATS without the proxy (which runs in this process, and would share its CPU with a load burst).
     */
    async orchestrator(id, env = {}, { direct = false } = {}) {
      const proc = spawnTroupe(['orchestrator', '--nats', direct ? nats.url : proxy.url(), '--grpc-port', '0'], { ...orchEnv, ...env, TROUPE_INSTANCE_ID: id });
      procs.push(proc);
      rss.add('orchestrator', proc);
      const address = (await proc.waitFor(/orchestrator listening on (\S+)/))[1];
      const client = createOrchestratorClient(address);
      clients.push(client);
      return { proc, client, id };
    },
    /** Starts the probe agent (prints `EXEC start|done <key>` per execution), or a named built-in agent. */
    async agent(name = PROBE_AGENT) {
      const proc = spawnTroupe(['agent', name, '--nats', proxy.url()], {
        TROUPE_HEARTBEAT_MS: String(beatMs),
        TROUPE_DRAIN_TIMEOUT_MS: '5000',
        DURABLE_STEP_MIN_MS: String(stepMinMs),
        DURABLE_STEP_MAX_MS: String(stepMaxMs),
      });
      procs.push(proc);
      rss.add('agent', proc);
      const instanceId = (await proc.waitFor(/agent \S+ \((\S+)\) listening on/))[1];
      return Object.assign(proc, { instanceId });
    },
    /** Waits until `count` agents are active as seen by `client`. */
    async agentsActive(client, count = 1) {
      await until(async () => (await client.listAgents()).filter((a) => a.state === 'active').length >= count, { timeoutMs: 15_000, what: `${count} active agent(s)` });
    },
    async close() {
      rss.stop();
      for (const c of clients) c.close();
      for (const p of procs) p.kill('SIGKILL');
      await Promise.all(procs.map((p) => p.exited));
      await proxy.close();
      await nats.stop();
    },
  };
  return stack;
}

/** A two-step durable workflow on the probe agent. */
export function probeWorkflow(name, { retries = 1, timeoutMs = 60_000 } = {}) {
  const retry = retries > 1 ? `, retry: { max_attempts: ${retries}, initial_backoff_ms: 200, max_backoff_ms: 2000, multiplier: 2 }` : '';
  return `
name: ${name}
steps:
  - { id: one, capability: probe.step, input: { n: "\${input.n}" }, timeout_ms: ${timeoutMs}${retry} }
  - { id: two, capability: probe.step, depends_on: [one], input: { n: "\${steps.one.output.n}" }, timeout_ms: ${timeoutMs}${retry} }
output: "\${steps.two.output.n}"
`.trim();
}

/** Starts `count` runs of `workflow` (keys `<prefix>-<i>`); resolves with their ids, the number StartRun refused and the first refusal. */
export async function startRuns(client, workflow, count, { prefix = workflow, input = (i) => ({ n: i }), concurrency = 50 } = {}) {
  const runIds = [];
  let refused = 0;
  let refusal;
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        try {
          runIds.push((await client.startRun({ workflow, input: input(i), idempotencyKey: `${prefix}-${i}` })).runId);
        } catch (err) {
          refused++;
          refusal ??= err.message;
        }
      }
    }),
  );
  return { runIds, refused, refusal };
}

/**
 * Polls the runs until all are terminal or `timeoutMs` passes (asking `clients` in
 * turn, so a run adopted by another orchestrator is found). Lost = not found
 * anywhere or not terminal by then.
 */
export async function settle(clients, runIds, { timeoutMs }) {
  const final = new Map();
  const deadline = Date.now() + timeoutMs;
  while (final.size < runIds.length && Date.now() < deadline) {
    for (const id of runIds) {
      if (final.has(id)) continue;
      for (const client of clients) {
        const report = await client.getRun(id, { deadline: new Date(Date.now() + 3000) }).catch(() => undefined);
        if (report && ['completed', 'failed', 'cancelled'].includes(report.status)) {
          final.set(id, report);
          break;
        }
      }
    }
    if (final.size < runIds.length) await new Promise((r) => setTimeout(r, 250));
  }
  const reports = [...final.values()];
  const failedAttempts = reports.flatMap((r) => (r.steps ?? []).flatMap((s) => (s.tasks ?? []).flatMap((t) => (t.attempts ?? []).filter((a) => a.outcome !== 'succeeded'))));
  return {
    completed: reports.filter((r) => r.status === 'completed').length,
    failed: reports.filter((r) => r.status !== 'completed').length,
    lost: runIds.length - final.size,
    failedAttempts: failedAttempts.length,
    firstError: reports.find((r) => r.status !== 'completed')?.error,
  };
}

/**
 * `EXEC done` lines of probe agents, per (run, step): `duplicated` counts those
 * executed to completion under more than one idempotency key (a duplicate the
 * agent cannot tell apart); `redone` those completed twice under the SAME key (an
 * attempt in flight at a crash, redone after recovery: the agent can deduplicate it).
 */
export function executions(agents) {
  const keys = new Map();
  let total = 0;
  for (const agent of agents) {
    for (const m of agent.output().matchAll(/^EXEC done (\S+)\/(\S+)\/(\d+)$/gm)) {
      const pair = `${m[1]}/${m[2]}`;
      const list = keys.get(pair) ?? [];
      list.push(m[3]);
      keys.set(pair, list);
      total++;
    }
  }
  const lists = [...keys.values()];
  return {
    duplicated: lists.filter((l) => new Set(l).size > 1).length,
    redone: lists.filter((l) => new Set(l).size < l.length).length,
    total,
  };
}

/** Number of executions the probe agents finished so far. */
export const doneCount = (agents) => agents.reduce((n, a) => n + (a.output().match(/^EXEC done /gm)?.length ?? 0), 0);
