import { agentOptionsFromEnv } from '../options.js';
import { startTelemetry } from '../telemetry/index.js';
import { startAgent } from './agent-server.js';
import { within } from '../util/nats-shutdown.js';
/** After a signal-initiated drain: how long the process may linger before it exits anyway. */
const EXIT_GRACE_MS = 1000;
/**
 * The process entry for an agent: starts telemetry (OTLP when `OTEL_*` is set; a
 * Prometheus reader when the metrics endpoint is on, `TROUPE_AGENT_METRICS_PORT` or
 * `metricsPort`, which then serves it), the agent with options from the environment
 * (overridden by `options`), and drains
 * cleanly on SIGTERM/SIGINT before the process exits: within the drain timeout
 * (plus at most a 1 s grace if something still holds the event loop), NATS
 * reachable or not.
 *
 * @example
 * ```ts
 * import { defineAgent, runAgent } from 'troupe/sdk';
 * const agent = defineAgent({ ... });
 * await runAgent(agent); // NATS_URL=nats://127.0.0.1:4222 node my-agent.js
 * ```
 */
export async function runAgent(definition, options = {}, env = process.env) {
    // Read (and check) settings and credential files before anything starts.
    const merged = { ...agentOptionsFromEnv(env), ...options };
    const prometheus = merged.metricsPort !== undefined;
    const telemetry = await startTelemetry({ serviceName: definition.name, serviceVersion: definition.version, env, prometheus });
    let handle;
    try {
        handle = await startAgent(definition, prometheus ? { ...merged, metricsHandler: merged.metricsHandler ?? telemetry.metricsHandler } : merged);
    }
    catch (err) {
        await telemetry.shutdown();
        throw err;
    }
    const onSignal = (signal) => {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        // Once drained, nothing may keep the process alive (a NATS reconnect loop, an
        // exporter retrying): exit after a short grace unless the event loop empties first.
        void handle.drain(`received ${signal}`).then(() => setTimeout(() => process.exit(process.exitCode ?? 0), EXIT_GRACE_MS).unref());
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    void handle.closed.then(async () => {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await within(telemetry.shutdown(), EXIT_GRACE_MS);
    });
    return handle;
}
//# sourceMappingURL=run-agent.js.map