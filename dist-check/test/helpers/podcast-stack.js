import { builtinWorkflows } from '../../src/agents/workflows/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startNatsServer } from './nats-server.js';
import { spawnTroupe } from './processes.js';
import { waitFor } from './wait-for.js';
/** The agents the bundled workflows need, each started as its own process. */
export const PODCAST_AGENTS = ['web-harvester', 'script-weaver', 'voice-forge', 'topic-discovery', 'snippet-craft', 'ui-composer'];
/** What must be routable before the bundled workflows can run. */
export const PODCAST_CAPABILITIES = ['web.harvest', 'script.weave', 'tts.synthesize', 'tts.basic', 'topics.discover', 'snippet.craft', 'ui.compose'];
/**
 * Starts the whole podcast deployment as separate processes, as the demo does:
 * nats-server, `troupe orchestrator` (random gRPC and HTTP ports) and the six example
 * agents (concurrently), waits until every capability is routable and checks the
 * orchestrator registered the bundled workflows itself. `env` goes to every process (e.g. the OTLP endpoint).
 */
export async function startPodcastStack(env = {}) {
    const nats = await startNatsServer();
    const procs = [];
    const agents = new Map();
    let client;
    const close = async () => {
        client?.close();
        for (const p of procs)
            p.kill('SIGTERM');
        await Promise.all(procs.map((p) => p.exited));
        await nats.stop();
    };
    try {
        const orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port', '0'], env);
        procs.push(orchestrator);
        const ready = await orchestrator.waitForLine(/orchestrator listening on (\S+) \(http (\S+)\)/, 20_000);
        const address = ready[1] ?? '';
        const http = ready[2] ?? '';
        const start = async (name, extra = {}) => {
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
        const waitRoutable = (what, ok) => waitFor(async () => {
            const list = await c.listAgents();
            return ok(new Set(list.filter((a) => a.state === 'active').flatMap((a) => [a.instanceId, ...a.capabilities.map((x) => x.name)])));
        }, { timeoutMs: 20_000, what, intervalMs: 50 });
        await waitRoutable('every podcast capability to be routable', (active) => PODCAST_CAPABILITIES.every((cap) => active.has(cap)));
        // `troupe orchestrator` registered the bundled workflows at start-up (on by default).
        const names = new Set((await c.listWorkflows()).map((w) => w.name));
        const missing = (await builtinWorkflows()).map((w) => w.file).filter((file) => ![...names].some((n) => file.endsWith(`${n}.yaml`)));
        if (missing.length > 0)
            throw new Error(`the orchestrator did not register the bundled workflows ${missing.join(', ')}`);
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
    }
    catch (err) {
        await close();
        throw err;
    }
}
/** True for the event that ends a run's WatchRun stream. */
export function isRunEnd(event) {
    return event.type.startsWith('run.') && event.type !== 'run.started';
}
//# sourceMappingURL=podcast-stack.js.map