import { compileNatsSettings, connectNats, natsSettingsFromEnv } from '../sdk/security/index.js';
import { startOpsEndpoint } from '../sdk/http/ops-endpoint.js';
import { createLogger, startTelemetry } from '../sdk/telemetry/index.js';
import { closeNats, within } from '../sdk/util/nats-shutdown.js';
import { Supervisor } from './supervisor.js';
/**
 * Runs a fleet until `options.signal` aborts.
 *
 * @example
 * const { stopped } = await runFleet(process.env, { fleet, natsUrl, orchestratorAddress, queues, agentCommand, say, signal });
 * await stopped;
 */
export async function runFleet(env, options) {
    const logger = createLogger({ name: 'fleet', level: env.TROUPE_LOG_LEVEL ?? 'info' });
    const natsSettings = natsSettingsFromEnv({ ...env }, options.natsUrl);
    const telemetry = await startTelemetry({ serviceName: 'troupe-fleet', env: { ...env }, prometheus: options.metricsPort !== undefined });
    let nc;
    let ops;
    try {
        if (natsSettings)
            nc = await connectNats(compileNatsSettings(natsSettings), { name: 'troupe-fleet', logger });
        const launcher = (spec, instanceId) => ({
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
        const stopped = new Promise((resolve) => {
            const stop = () => {
                options.say(`fleet: ${options.fleet.name}: stopping (every instance gets SIGTERM, then SIGKILL after its grace)`);
                void supervisor
                    .stop()
                    .then(async () => {
                    await ops?.close(500);
                    if (nc)
                        await closeNats(nc, 1500);
                    await within(telemetry.shutdown(), 1000);
                })
                    .finally(resolve);
            };
            if (options.signal.aborted)
                stop();
            else
                options.signal.addEventListener('abort', stop, { once: true });
        });
        return { supervisor, metricsUrl: ops?.metricsUrl, stopped };
    }
    catch (err) {
        await ops?.close(0);
        if (nc)
            await closeNats(nc, 1000);
        await telemetry.shutdown();
        throw err;
    }
}
//# sourceMappingURL=main.js.map