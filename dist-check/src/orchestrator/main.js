import { compileNatsSettings, natsSettingsFromEnv } from '../sdk/security/index.js';
import { startTelemetry } from '../sdk/telemetry/index.js';
import { orchestratorOptionsFromEnv } from './env.js';
import { startOrchestrator } from './orchestrator.js';
import { within } from '../sdk/util/nats-shutdown.js';
/** After a signal-initiated stop: how long the process may linger before it exits anyway. */
const EXIT_GRACE_MS = 1000;
/**
 * The orchestrator process: the only place its environment is read. Starts
 * telemetry (OTLP when `OTEL_*` is set, Prometheus on /metrics), the orchestrator,
 * and stops cleanly on SIGTERM/SIGINT.
 */
export async function runOrchestrator(env = process.env, overrides = {}, services = {}) {
    const options = { ...orchestratorOptionsFromEnv(env), ...overrides };
    // Credential and TLS files are read here, once; a bad one stops start-up naming the setting.
    const natsSettings = natsSettingsFromEnv(env, options.natsUrl);
    const nats = natsSettings ? compileNatsSettings(natsSettings) : undefined;
    const telemetry = await startTelemetry({ serviceName: 'troupe-orchestrator', env, prometheus: true });
    let handle;
    try {
        handle = await startOrchestrator(options, { ...services, metricsHandler: telemetry.metricsHandler, ...(nats ? { nats } : {}) });
    }
    catch (err) {
        await telemetry.shutdown();
        throw err;
    }
    let resolveStopped;
    const stopped = new Promise((resolve) => (resolveStopped = resolve));
    const onSignal = () => {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        void handle
            .stop()
            .then(() => within(telemetry.shutdown(), EXIT_GRACE_MS))
            .finally(() => {
            resolveStopped();
            // Nothing may keep a stopped orchestrator alive (a NATS reconnect loop, an exporter retrying).
            setTimeout(() => process.exit(process.exitCode ?? 0), EXIT_GRACE_MS).unref();
        });
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    return { handle, stopped };
}
//# sourceMappingURL=main.js.map