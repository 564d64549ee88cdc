import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinAgents } from '../../agents/index.js';
import { isAgentDefinition, NatsSettingsError, OptionsError, runAgent } from '../../sdk/index.js';
import { intOption } from '../../sdk/options.js';
import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
const USAGE = `usage: troupe agent <name | module-path> [--nats URL] [--port N] [--metrics-port N] [--instance-id ID] [--insecure]

Runs one agent instance until SIGTERM or Ctrl-C (it drains first: finishes
in-flight tasks, says goodbye, then exits). <name> is a built-in agent
(${Object.keys(builtinAgents).join(', ')}); a path names a module whose default export is a defineAgent() result.
Environment: NATS_URL, TROUPE_AGENT_HOST, TROUPE_AGENT_PORT, TROUPE_AGENT_ADVERTISE,
TROUPE_HEARTBEAT_MS, TROUPE_DRAIN_TIMEOUT_MS, TROUPE_LOG_LEVEL, TROUPE_AGENT_TLS_CERT,
TROUPE_AGENT_TLS_KEY, TROUPE_AGENT_TLS_CLIENT_CA, TROUPE_AGENT_METRICS_PORT,
TROUPE_AGENT_METRICS_HOST, TROUPE_AGENT_METRICS_TLS, TROUPE_INSECURE; flags win. NATS credentials
and TLS: NATS_CREDS, NATS_NKEY_SEED_FILE, NATS_USER + NATS_PASSWORD_FILE, NATS_TOKEN_FILE,
NATS_TLS_CA, NATS_TLS_CERT, NATS_TLS_KEY (see docs/security.md).

options:
  --nats URL          NATS server URL (default: $NATS_URL; without one the agent serves gRPC only)
  --port N            gRPC port (default: a free port)
  --metrics-port N    serve /metrics (Prometheus), /healthz and /readyz on this port, 0 for a
                      free one (default: $TROUPE_AGENT_METRICS_PORT, else off); on the gRPC
                      host unless TROUPE_AGENT_METRICS_HOST, HTTPS when the agent has TLS
  --instance-id ID    instance id (default: <name>-<random>)
  --insecure          start even when bound to a non-loopback interface without TLS and
                      client certificates (default: $TROUPE_INSECURE); see docs/security.md
`;
/** `troupe agent`: run an agent instance. */
export const command = {
    name: 'agent',
    summary: 'Run an agent instance (a built-in one or your module)',
    usage: USAGE,
    ownsTelemetry: true,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, {
            nats: { type: 'string' },
            port: { type: 'string' },
            'metrics-port': { type: 'string' },
            'instance-id': { type: 'string' },
            insecure: { type: 'boolean' },
        });
        const [which, extra] = positionals;
        if (!which)
            throw new UsageError('name the agent to run, e.g. `troupe agent echo` or `troupe agent ./my-agent.js`');
        if (extra)
            throw new UsageError(`unexpected argument '${extra}'`);
        const definition = await loadDefinition(which);
        const env = { ...ctx.env };
        if (values.nats)
            env.NATS_URL = values.nats;
        if (values.port)
            env.TROUPE_AGENT_PORT = values.port;
        if (values.insecure)
            env.TROUPE_INSECURE = 'true';
        try {
            if (values['metrics-port'] !== undefined)
                env.TROUPE_AGENT_METRICS_PORT = String(intOption('--metrics-port', values['metrics-port'], 0, 65535));
            const handle = await runAgent(definition, values['instance-id'] ? { instanceId: values['instance-id'] } : {}, env);
            ctx.stderr.write(`agent ${definition.name} (${handle.instanceId}) listening on ${handle.address}\n`);
            // A line of its own: scripts and benches parse the line above as it is.
            if (handle.metricsUrl)
                ctx.stderr.write(`agent ${definition.name} (${handle.instanceId}) metrics at ${handle.metricsUrl}\n`);
            await handle.closed;
            return ExitCode.OK;
        }
        catch (err) {
            if (err instanceof OptionsError || NatsSettingsError.is(err))
                throw new UsageError(err.message);
            if (err instanceof Error && (err.name === 'ExposureError' || err.name === 'TlsConfigError'))
                throw new UsageError(err.message);
            throw err;
        }
    },
};
async function loadDefinition(which) {
    const builtin = builtinAgents[which];
    if (builtin)
        return builtin();
    if (!/[./\\]/.test(which)) {
        throw new UsageError(`no built-in agent "${which}" (built-ins: ${Object.keys(builtinAgents).join(', ')}); give a module path to run your own`);
    }
    let mod;
    try {
        mod = (await import(pathToFileURL(resolve(which)).href));
    }
    catch (err) {
        throw new UsageError(`cannot load agent module ${which}: ${err.message}`);
    }
    if (!isAgentDefinition(mod.default))
        throw new UsageError(`${which} must default-export the result of defineAgent()`);
    return mod.default;
}
//# sourceMappingURL=agent.js.map