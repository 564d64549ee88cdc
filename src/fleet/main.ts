/**
 * The `troupe up` process: the only place the fleet reads its environment. Connects to
 * NATS (demand and status requests; the URL is passed on to the agents), starts telemetry
 * (OTLP when OTEL_* is set; Prometheus on an ops endpoint when a metrics port is given),
 * runs the supervisor and stops it, and every instance, on SIGINT/SIGTERM.
 */
import type { NatsConnection } from 'nats';
import { compileNatsSettings, connectNats, natsSettingsFromEnv } from '../sdk/security/index.js';
import { startOpsEndpoint, type OpsEndpoint } from '../sdk/http/ops-endpoint.js';
import { createLogger, startTelemetry } from '../sdk/telemetry/index.js';
import { closeNats, within } from '../sdk/util/nats-shutdown.js';
import type { CapabilityQueueInfo } from '../sdk/client/types.js';
import type { FleetSpec } from './fleet-spec.js';
import type { Launcher } from './process-group.js';
import { Supervisor } from './supervisor.js';

/** What the CLI hands the fleet process. */
export interface RunFleetOptions {
  readonly fleet: FleetSpec;
  /** NATS URL (flag > env > file); agents get it as NATS_URL. */
  readonly natsUrl: string;
  readonly orchestratorAddress: string;
  readonly queues: () => Promise<CapabilityQueueInfo[]>;
  /** Builds an agent's command line (the CLI knows how to run `troupe agent`). */
  readonly agentCommand: (agent: string, instanceId: string) => readonly string[];
  /** Serve /metrics, /healthz, /readyz on this port (0: a free one). @default off */
  readonly metricsPort?: number | undefined;
  readonly say: (line: string) => void;
  /** Resolves when a signal asks to stop (the CLI's interrupt signal). */
  readonly signal: AbortSignal;
}

/** A running `troupe up`. */
export interface FleetProcess {
  readonly supervisor: Supervisor;
  /** `http://host:port/metrics` when metrics are on. */
  readonly metricsUrl: string | undefined;
  /** Resolves once everything stopped after `signal` aborted. */
  readonly stopped: Promise<void>;
}

/**
 * Runs a fleet until `options.signal` aborts.
 *
 * @example
 * const { stopped } = await runFleet(process.env, { fleet, natsUrl, orchestratorAddress, queues, agentCommand, say, signal });
 * await stopped;
 */
export async function runFleet(env: Readonly<Record<string, string | undefined>>, options: RunFleetOptions): Promise<FleetProcess> {
  const logger = createLogger({ name: 'fleet', level: env.TROUPE_LOG_LEVEL ?? 'info' });
  const natsSettings = natsSettingsFromEnv({ ...env }, options.natsUrl);
  const telemetry = await startTelemetry({ serviceName: 'troupe-fleet', env: { ...env }, prometheus: options.metricsPort !== undefined });
  let nc: NatsConnection | undefined;
  let ops: OpsEndpoint | undefined;
  try {
    if (natsSettings) nc = await connectNats(compileNatsSettings(natsSettings), { name: 'troupe-fleet', logger });
    const launcher: Launcher = (spec, instanceId) => ({
      argv: spec.launch.kind === 'agent' ? options.agentCommand(spec.launch.agent, instanceId) : spec.launch.argv,
      env: { ...process.env, ...env, NATS_URL: options.natsUrl, TROUPE_FLEET_AGENT: spec.name, TROUPE_FLEET_INSTANCE: instanceId, ...spec.env },
    });
    const supervisor = new Supervisor({ fleet: options.fleet, launcher, logger, queues: options.queues, orchestratorAddress: options.orchestratorAddress, nc, say: options.say });
    if (options.metricsPort !== undefined) {
      ops = await startOpsEndpoint({
        host: env.TROUPE_FLEET_METRICS_HOST ?? '127.0.0.1',
        port: options.metricsPort,
        metrics: telemetry.metricsHandler,
        readiness: () => ({ ready: true, agents: supervisor.agents.length }),
        logger,
      });
    }
    await supervisor.start();
    const stopped = new Promise<void>((resolve) => {
      const stop = (): void => {
        options.say(`fleet: ${options.fleet.name}: stopping (every instance gets SIGTERM, then SIGKILL after its grace)`);
        void supervisor
          .stop()
          .then(async () => {
            await ops?.close(500);
            if (nc) await closeNats(nc, 1500);
            await within(telemetry.shutdown(), 1000);
          })
          .finally(resolve);
      };
      if (options.signal.aborted) stop();
      else options.signal.addEventListener('abort', stop, { once: true });
    });
    return { supervisor, metricsUrl: ops?.metricsUrl, stopped };
  } catch (err) {
    await ops?.close(0);
    if (nc) await closeNats(nc, 1000);
    await telemetry.shutdown();
    throw err;
  }
}
