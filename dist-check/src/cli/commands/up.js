import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { builtinAgents } from '../../agents/index.js';
import { checkDependencies, FleetFileError, formatOrder, parseFleetFile, runFleet } from '../../fleet/index.js';
import { NatsSettingsError } from '../../sdk/security/index.js';
import { intOption } from '../../sdk/options.js';
import { DEFAULT_ORCHESTRATOR } from '../args.js';
import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
/** The bundled podcast fleet, used when no file is named: in src/ (dist/ has no YAML), from the package root. */
export const BUNDLED_FLEET = fileURLToPath(new URL('../../../src/agents/fleet/podcast.yaml', import.meta.url));
const CLI = fileURLToPath(new URL('../main.js', import.meta.url));
const USAGE = `usage: troupe up [fleet.yaml] [--nats URL] [--metrics-port N] [--check]

Supervises the agents of a fleet file on this host until SIGTERM or Ctrl-C: starts
them in dependency order, restarts crashed instances with backoff (and stops an agent
in a crash loop), scales on the orchestrator's queues and on time rules, starts an
agent on demand when a task waits for a capability nobody serves, and holds scale-ups
while the host is past its CPU or memory threshold. It runs the agents only: start
nats-server and \`troupe orchestrator\` first. Without a file it runs the bundled
podcast fleet. For single hosts and VMs; in Kubernetes KEDA scales on the same signal.
See docs/fleet.md.

options:
  --nats URL          NATS server URL, passed to every agent (default: $NATS_URL, else the
                      file's \`nats\`, else nats://127.0.0.1:4222)
  --orchestrator ADDR orchestrator to read queues from (default: $TROUPE_ORCHESTRATOR, else
                      the file's \`orchestrator\`, else ${DEFAULT_ORCHESTRATOR})
  --metrics-port N    serve /metrics, /healthz, /readyz on this port, 0 for a free one
                      (default: $TROUPE_FLEET_METRICS_PORT, else off)
  --check             validate the file, print the start order and exit
`;
/** `troupe up`: the fleet supervisor. */
export const command = {
    name: 'up',
    summary: 'Supervise a fleet of agents (start, heal, scale) from a fleet file',
    usage: USAGE,
    ownsTelemetry: true,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, {
            nats: { type: 'string' },
            'metrics-port': { type: 'string' },
            check: { type: 'boolean' },
        });
        const [file, extra] = positionals;
        if (extra)
            throw new UsageError(`unexpected argument '${extra}'`);
        const path = file ?? BUNDLED_FLEET;
        const fleet = await withCapabilities(await loadFleet(path));
        const order = checkDependencies(fleet.agents);
        if (values.check) {
            ctx.stdout.write(`${path}: ${fleet.agents.length} agent(s), start order: ${formatOrder(order.waves)}\n`);
            for (const [agent, needs] of order.external)
                ctx.stdout.write(`  ${agent} needs ${needs.join(', ')} from outside this fleet\n`);
            return ExitCode.OK;
        }
        const natsUrl = values.nats ?? ctx.env.NATS_URL ?? fleet.nats ?? 'nats://127.0.0.1:4222';
        const explicit = values.orchestrator ?? (ctx.orchestrator !== DEFAULT_ORCHESTRATOR ? ctx.orchestrator : undefined);
        const orchestratorAddress = explicit ?? fleet.orchestrator ?? DEFAULT_ORCHESTRATOR;
        const metricsRaw = values['metrics-port'] ?? ctx.env.TROUPE_FLEET_METRICS_PORT;
        let metricsPort;
        try {
            metricsPort = metricsRaw === undefined || metricsRaw === '' ? undefined : intOption('--metrics-port', metricsRaw, 0, 65535);
        }
        catch (err) {
            throw new UsageError(err.message);
        }
        const client = ctx.connect(orchestratorAddress);
        const stop = new AbortController();
        const onSignal = () => stop.abort();
        ctx.signal.addEventListener('abort', onSignal, { once: true });
        process.on('SIGTERM', onSignal);
        try {
            const running = await runFleet(ctx.env, {
                fleet,
                natsUrl,
                orchestratorAddress,
                queues: () => client.getQueues(undefined, { deadline: new Date(Date.now() + Math.max(500, fleet.pollMs)) }),
                agentCommand: (agent, instanceId) => [process.execPath, CLI, 'agent', agent, '--instance-id', instanceId],
                metricsPort,
                say: (line) => ctx.stderr.write(`${line}\n`),
                signal: stop.signal,
            });
            ctx.stderr.write(`fleet ${fleet.name} up: ${fleet.agents.length} agent(s), NATS ${natsUrl}, orchestrator ${orchestratorAddress}${running.metricsUrl ? `, metrics ${running.metricsUrl}` : ''}\n`);
            await running.stopped;
            ctx.stderr.write(`fleet ${fleet.name} stopped\n`);
            return ExitCode.OK;
        }
        catch (err) {
            if (NatsSettingsError.is(err) || (err instanceof Error && err.name === 'NatsConnectError'))
                throw new UsageError(err.message);
            throw err;
        }
        finally {
            process.off('SIGTERM', onSignal);
            ctx.signal.removeEventListener('abort', onSignal);
        }
    },
};
/** Reads and validates a fleet file; any problem is a usage error (exit 2) naming the key. */
async function loadFleet(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (err) {
        throw new UsageError(`cannot read fleet file ${path}: ${err.code ?? err.message}`);
    }
    try {
        return parseFleetFile(text, path);
    }
    catch (err) {
        if (FleetFileError.isFleetFileError(err))
            throw new UsageError(err.message);
        throw err;
    }
}
/** Fills in the capabilities of built-in agents that the file leaves out (from their definitions). */
async function withCapabilities(fleet) {
    const agents = [];
    for (const spec of fleet.agents) {
        const load = spec.launch.kind === 'agent' && spec.capabilities.length === 0 ? builtinAgents[spec.launch.agent] : undefined;
        agents.push(load ? { ...spec, capabilities: (await load()).capabilities.map((c) => c.name) } : spec);
    }
    const filled = { ...fleet, agents };
    const problems = checkDependencies(filled.agents).problems;
    if (problems.length > 0)
        throw new UsageError(new FleetFileError('fleet', problems).message);
    return filled;
}
//# sourceMappingURL=up.js.map