import { startSidecar } from '../../sdk/discovery/sidecar.js';
import { createLogger } from '../../sdk/telemetry/index.js';
import { parseIntegerFlag, parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { natsSettingsOf } from '../nats-settings.js';
const USAGE = `usage: troupe announce --grpc HOST:PORT [--nats URL] [--advertise HOST:PORT]
                       [--heartbeat-ms N] [--max-missed N] [--wait-ms N] [--drain-grace-ms N]

A sidecar for agents that do not speak NATS (any language): calls Describe on the
agent at --grpc and announces it on NATS on its behalf, exactly as a TypeScript
agent announces itself (NATS micro service troupe-agent, hello, heartbeats,
goodbye). It mirrors grpc.health.v1 (Watch, plus one Check per interval):
  NOT_SERVING          heartbeats say draining (out of rotation); SERVING again:
                       goodbye and a fresh announcement
  no answer            goodbye at once; answering again: Describe and announce again
                       (a restarted agent appears under its new instance id);
                       --max-missed probes in a row: exit 1 (let a supervisor restart us)
  gone after draining  goodbye, exit 0
  drain request        heartbeats say draining for --drain-grace-ms, goodbye, exit 0
  SIGTERM / Ctrl-C     goodbye, exit 0
Heartbeats report 0 tasks in flight: the sidecar cannot see the agent's load.
An agent without a health service is probed with Describe instead.
Environment: NATS_URL, TROUPE_HEARTBEAT_MS, TROUPE_LOG_LEVEL, TROUPE_AGENT_TLS_CLIENT_CA (obey only drain
messages signed by an orchestrator certificate from this CA); flags win. The global --tls-*
flags (TROUPE_TLS_*) set TLS to the target. NATS credentials and TLS: NATS_CREDS,
NATS_NKEY_SEED_FILE, NATS_USER + NATS_PASSWORD_FILE, NATS_TOKEN_FILE, NATS_TLS_CA, NATS_TLS_CERT,
NATS_TLS_KEY (see docs/security.md).

options:
  --grpc HOST:PORT        the agent's gRPC address (required)
  --nats URL              NATS server URL (default: $NATS_URL)
  --advertise HOST:PORT   address announced to orchestrators (default: the --grpc address)
  --heartbeat-ms N        heartbeat and probe interval (default: $TROUPE_HEARTBEAT_MS, else 1000)
  --max-missed N          failed probes in a row before giving up (default 3)
  --wait-ms N             how long to wait at start for the agent to be SERVING (default 30000)
  --drain-grace-ms N      how long to announce draining after a drain request (default 5000)
`;
const OPTIONS = {
    grpc: { type: 'string' },
    nats: { type: 'string' },
    advertise: { type: 'string' },
    'heartbeat-ms': { type: 'string' },
    'max-missed': { type: 'string' },
    'wait-ms': { type: 'string' },
    'drain-grace-ms': { type: 'string' },
};
/** `troupe announce`: announce a non-NATS agent on NATS (the sidecar). */
export const command = {
    name: 'announce',
    summary: 'Announce an agent that does not speak NATS (a sidecar for agents in any language)',
    usage: USAGE,
    ownsTelemetry: true,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        if (positionals.length > 0)
            throw new UsageError(`unexpected argument '${positionals[0]}' (give the agent as --grpc HOST:PORT)`);
        const target = values.grpc?.trim();
        if (!target)
            throw new UsageError('name the agent to announce: --grpc HOST:PORT');
        if (!/^[^\s:]+:\d+$/.test(target) && !/^\[[^\]]+\]:\d+$/.test(target))
            throw new UsageError(`--grpc must be HOST:PORT; got '${target}'`);
        const nats = natsSettingsOf(values.nats, ctx.env);
        const interval = values['heartbeat-ms'] ?? ctx.env.TROUPE_HEARTBEAT_MS;
        const int = (flag, text, min, fallback) => text === undefined ? fallback : parseIntegerFlag(flag, text, { min, max: 3_600_000 });
        // SIGTERM is ours from here on, also while starting (a default-action kill would skip the goodbye).
        let sidecar;
        const starting = new AbortController();
        const onSignal = () => {
            starting.abort(new Error('the sidecar was stopped while starting'));
            void sidecar?.stop('the sidecar was stopped');
        };
        process.once('SIGTERM', onSignal);
        ctx.signal.addEventListener('abort', onSignal, { once: true });
        try {
            sidecar = await startSidecar({
                target,
                ...(ctx.tls ? { tls: ctx.tls } : {}),
                ...(ctx.env.TROUPE_AGENT_TLS_CLIENT_CA ? { controlCa: ctx.env.TROUPE_AGENT_TLS_CLIENT_CA } : {}),
                nats,
                advertiseAddress: values.advertise,
                heartbeatIntervalMs: int('--heartbeat-ms', interval, 10, 1000),
                maxMissedProbes: int('--max-missed', values['max-missed'], 1, 3),
                startupTimeoutMs: int('--wait-ms', values['wait-ms'], 0, 30_000),
                drainGraceMs: int('--drain-grace-ms', values['drain-grace-ms'], 0, 5000),
                logger: createLogger({ name: 'troupe-announce', level: ctx.env.TROUPE_LOG_LEVEL ?? 'info' }),
                onEvent: (event) => report(event, ctx.stderr),
                signal: starting.signal,
            });
            if (starting.signal.aborted)
                void sidecar.stop('the sidecar was stopped');
            const exit = await sidecar.done;
            ctx.stderr.write(`stopped: ${exit.reason}\n`);
            // Nothing may keep a stopped sidecar alive (e.g. a NATS reconnect loop).
            setTimeout(() => process.exit(process.exitCode ?? (exit.code === 0 ? ExitCode.OK : ExitCode.FAILED)), 1000).unref();
            return exit.code === 0 ? ExitCode.OK : ExitCode.FAILED;
        }
        finally {
            process.off('SIGTERM', onSignal);
            ctx.signal.removeEventListener('abort', onSignal);
        }
    },
};
function report(event, out) {
    switch (event.type) {
        case 'announced':
            out.write(`announcing ${event.descriptor.name ?? ''} (${event.descriptor.instanceId ?? ''}) at ${event.address}\n`);
            break;
        case 'draining':
            out.write(`draining: ${event.reason}\n`);
            break;
        case 'withdrawn':
            out.write(`withdrawn: ${event.reason}\n`);
            break;
    }
}
//# sourceMappingURL=announce.js.map