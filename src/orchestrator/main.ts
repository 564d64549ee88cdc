import { startTelemetry } from '../sdk/telemetry/index.js';
import { orchestratorOptionsFromEnv } from './env.js';
import { startOrchestrator, type OrchestratorHandle } from './orchestrator.js';
import type { OrchestratorOptions } from './options.js';
import { within } from '../sdk/util/nats-shutdown.js';

/** After a signal-initiated stop: how long the process may linger before it exits anyway. */
const EXIT_GRACE_MS = 1000;

/**
 * The orchestrator process: the only place its environment is read. Starts
 * telemetry (OTLP when `OTEL_*` is set, Prometheus on /metrics), the orchestrator,
 * and stops cleanly on SIGTERM/SIGINT.
 */
export async function runOrchestrator(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<OrchestratorOptions> = {},
): Promise<{ handle: OrchestratorHandle; stopped: Promise<void> }> {
  const options = { ...orchestratorOptionsFromEnv(env), ...overrides };
  const telemetry = await startTelemetry({ serviceName: 'troupe-orchestrator', env, prometheus: true });
  let handle: OrchestratorHandle;
  try {
    handle = await startOrchestrator(options, { metricsHandler: telemetry.metricsHandler });
  } catch (err) {
    await telemetry.shutdown();
    throw err;
  }
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  const onSignal = (): void => {
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
