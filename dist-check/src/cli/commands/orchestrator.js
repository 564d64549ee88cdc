import { ConfigError, ORCHESTRATOR_ENV } from '../../orchestrator/index.js';
import { builtinWorkflows } from '../../agents/workflows/index.js';
import { runOrchestrator } from '../../orchestrator/main.js';
import { NatsSettingsError } from '../../sdk/security/index.js';
import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
const USAGE = `usage: troupe orchestrator [--nats URL] [--grpc-port N] [--http-port N] [--store-replicas 1|3|5] [--insecure] [--no-bundled-workflows]

Runs the orchestrator until SIGTERM or Ctrl-C. Configuration comes from the
environment (and an optional JSON file named by TROUPE_CONFIG); flags win:
  ${ORCHESTRATOR_ENV.join(', ')}
Tracing is exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.

options:
  --nats URL        NATS server URL (default: $NATS_URL)
  --grpc-port N     gRPC API port (default: $TROUPE_GRPC_PORT, else 7600)
  --http-port N     health/metrics port, -1 to disable (default: $TROUPE_HTTP_PORT, else 7601)
  --store-replicas N
                    replicas of Troupe's JetStream buckets and streams: 1, or 3 / 5 on a NATS
                    cluster (default: $TROUPE_STORE_REPLICAS, else 1); see docs/operations.md
  --no-bundled-workflows
                    do not register the bundled workflows (full-podcast, landing-snippets) at
                    start-up; by default each is registered when no workflow of its name is
                    stored yet (TROUPE_BUNDLED_WORKFLOWS=false does the same)
  --insecure        start even when listening on a non-loopback interface without TLS and
                    client authentication (default: $TROUPE_INSECURE); see docs/security.md
`;
/** `troupe orchestrator`: run the orchestrator process. */
export const command = {
    name: 'orchestrator',
    summary: 'Run the orchestrator (gRPC API, NATS discovery, health and metrics)',
    usage: USAGE,
    ownsTelemetry: true,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, {
            nats: { type: 'string' },
            'grpc-port': { type: 'string' },
            'http-port': { type: 'string' },
            'store-replicas': { type: 'string' },
            'no-bundled-workflows': { type: 'boolean' },
            insecure: { type: 'boolean' },
        });
        if (positionals.length > 0)
            throw new UsageError(`unexpected argument '${positionals[0]}'`);
        const env = { ...ctx.env };
        if (values.nats)
            env.NATS_URL = values.nats;
        if (values['grpc-port'])
            env.TROUPE_GRPC_PORT = values['grpc-port'];
        if (values['http-port'])
            env.TROUPE_HTTP_PORT = values['http-port'];
        if (values['store-replicas'])
            env.TROUPE_STORE_REPLICAS = values['store-replicas'];
        if (values.insecure)
            env.TROUPE_INSECURE = 'true';
        if (!env.NATS_URL)
            throw new UsageError('no NATS server configured: pass --nats nats://HOST:4222 or set NATS_URL');
        const bundled = env.TROUPE_BUNDLED_WORKFLOWS ?? 'true';
        if (!['true', 'false', '1', '0'].includes(bundled))
            throw new UsageError(`TROUPE_BUNDLED_WORKFLOWS: "${bundled}" is not true or false`);
        const seed = values['no-bundled-workflows'] !== true && (bundled === 'true' || bundled === '1');
        try {
            const seedWorkflows = seed ? (await builtinWorkflows()).map((w) => w.text) : [];
            const { handle, stopped } = await runOrchestrator(env, {}, { seedWorkflows });
            ctx.stderr.write(`orchestrator listening on ${handle.grpcAddress}${handle.httpAddress ? ` (${handle.httpTls ? 'https' : 'http'} ${handle.httpAddress})` : ''}\n`);
            await stopped;
            return ExitCode.OK;
        }
        catch (err) {
            if (err instanceof ConfigError || NatsSettingsError.is(err) || (err instanceof Error && (err.name === 'ExposureError' || err.name === 'TlsConfigError'))) {
                ctx.stderr.write(`error: ${err.message}\n`);
                return ExitCode.USAGE;
            }
            throw err;
        }
    },
};
//# sourceMappingURL=orchestrator.js.map