import { builtinWorkflows } from '../../src/agents/workflows/index.js';
import { createOrchestratorClient, type OrchestratorClient, type RunWatchEvent } from '../../src/sdk/client/index.js';
import { startNatsServer, type NatsServerHandle } from './nats-server.js';
import { spawnTroupe, type TroupeProcess } from './processes.js';
import { waitFor } from './wait-for.js';

/** The agents the bundled workflows need, each started as its own process. */
export const PODCAST_AGENTS = ['web-harvester', 'script-weaver', 'voice-forge', 'topic-discovery', 'snippet-craft', 'ui-composer'] as const;
/** What must be routable before the bundled workflows can run. */
export const PODCAST_CAPABILITIES = ['web.harvest', 'script.weave', 'tts.synthesize', 'tts.basic', 'topics.discover', 'snippet.craft', 'ui.compose'];

type AgentProcess = TroupeProcess & { instanceId: string };

/** nats-server, an orchestrator process and every podcast agent as a process, workflows registered. */
export interface PodcastStack {
  readonly nats: NatsServerHandle;
  readonly orchestrator: TroupeProcess;
  /** gRPC host:port of the orchestrator. */
  readonly address: string;
  /** host:port of the orchestrator's HTTP endpoint (page, audio, run API, metrics). */
  readonly http: string;
  /** A typed client of the orchestrator (no tracing interceptor). */
  readonly client: OrchestratorClient;
  /** The environment every process was started with (on top of process.env). */
  readonly env: Record<string, string>;
  /** The running agent process of each name. */
  readonly agents: Map<string, AgentProcess>;
  /** Stops agent `name` (SIGTERM, waits until it left the registry) and starts it again with `env` added. */
  restartAgent(name: string, env?: Record<string, string>): Promise<AgentProcess>;
  /** Everything each process printed, for failure messages. */
  output(): string;
  close(): Promise<void>;
}

/**
 * Starts the whole podcast deployment as separate processes, as the demo does:
 * nats-server, `troupe orchestrator` (random gRPC and HTTP ports) and the six example
 * agents (concurrently), waits until every capability is routable and checks the
 * orchestrator registered the bundled workflows itself. `env` goes to every process (e.g. the OTLP endpoint).
 */
export async function startPodcastStack(env: Record<string, string> = {}): Promise<PodcastStack> {
  const nats = await startNatsServer();
  const procs: TroupeProcess[] = [];
  const agents = new Map<string, AgentProcess>();
  let client: OrchestratorClient | undefined;
  const close = async (): Promise<void> => {
    client?.close();
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    await nats.stop();
  };
  try {
    const orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port', '0'], env);
    procs.push(orchestrator);
    const ready = await orchestrator.waitForLine(/orchestrator listening on (\S+) \(http (\S+)\)/, 20_000);
    const address = ready[1] ?? '';
    const http = ready[2] ?? '';
    const start = async (name: string, extra: Record<string, string> = {}): Promise<AgentProcess> => {
      const proc = spawnTroupe(['agent', name, '--nats', nats.url], { ...env, ...extra });
      procs.push(proc);
      const match = await proc.waitForLine(/agent \S+ \((\S+)\) listening on/, 30_000);
      const agent = Object.assign(proc, { instanceId: match[1] ?? '' });
      agents.set(name, agent);
      return agent;
    };
    await Promise.all(PODCAST_AGENTS.map((name) => start(name)));
    client = createOrchestratorClient(address);
    const c = client;
    const waitRoutable = (what: string, ok: (active: Set<string>) => boolean): Promise<true> =>
      waitFor(
        async () => {
          const list = await c.listAgents();
          return ok(new Set(list.filter((a) => a.state === 'active').flatMap((a) => [a.instanceId, ...a.capabilities.map((x) => x.name)])));
        },
        { timeoutMs: 20_000, what, intervalMs: 50 },
      );
    await waitRoutable('every podcast capability to be routable', (active) => PODCAST_CAPABILITIES.every((cap) => active.has(cap)));
    // `troupe orchestrator` registered the bundled workflows at start-up (on by default).
    const names = new Set((await c.listWorkflows()).map((w) => (w as { name: string }).name));
    const missing = (await builtinWorkflows()).map((w) => w.file).filter((file) => ![...names].some((n) => file.endsWith(`${n}.yaml`)));
    if (missing.length > 0) throw new Error(`the orchestrator did not register the bundled workflows ${missing.join(', ')}`);
    return {
      nats,
      orchestrator,
      address,
      http,
      client: c,
      env,
      agents,
      async restartAgent(name, extra = {}) {
        const old = agents.get(name);
        if (old) {
          old.kill('SIGTERM');
          await old.exited;
          await waitFor(async () => !(await c.listAgents()).some((a) => a.instanceId === old.instanceId && a.state !== 'left'), {
            timeoutMs: 10_000,
            what: `${old.instanceId} to leave`,
            intervalMs: 25,
          });
        }
        const agent = await start(name, extra);
        await waitRoutable(`the new ${name} to be active`, (active) => active.has(agent.instanceId));
        return agent;
      },
      output: () => procs.map((p) => p.output()).join('\n'),
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** True for the event that ends a run's WatchRun stream. */
export function isRunEnd(event: RunWatchEvent): boolean {
  return event.type.startsWith('run.') && event.type !== 'run.started';
}
