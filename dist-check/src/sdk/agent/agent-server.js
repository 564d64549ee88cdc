import { randomBytes } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { startAnnouncer } from '../discovery/announce.js';
import { TaskStats } from '../discovery/task-stats.js';
import { AGENT_SERVICE, loadProtos } from '../grpc/load-protos.js';
import { addReflection } from '../grpc/reflection.js';
import { writeAheadInterceptor } from '../grpc/write-ahead.js';
import { compileAgentOptions } from '../options.js';
import { connectNats, NatsConnectSettings } from '../security/index.js';
import { ATTR, createLogger } from '../telemetry/index.js';
import { Admission } from './admission.js';
import { executeHandler } from './handle-execute.js';
import { chunkBytes, executeStreamHandler } from './handle-execute-stream.js';
import { channelHandler } from './handle-channel.js';
import { AgentBuckets } from './agent-buckets.js';
import { ResultCache } from './result-cache.js';
import { describe } from './runtime.js';
import { createControlVerifier, pemReader } from '../security/control-signing.js';
import { checkExposure } from '../security/exposure.js';
import { createServerTls } from '../security/tls.js';
import { closeNats, within } from '../util/nats-shutdown.js';
import { checkMetricsExposure, startMetricsEndpoint } from './metrics-endpoint.js';
import { primeAgentSeries } from './task-metrics.js';
/**
 * The part of the drain timeout kept for the steps after the tasks (goodbye, gRPC
 * shutdown, NATS close), each bounded, so the whole drain ends within the drain
 * timeout, NATS reachable or not. At most this, at most half the drain timeout.
 */
const SHUTDOWN_RESERVE_MS = 1000;
/**
 * Starts an agent instance: its gRPC server (AgentService, grpc.health.v1.Health,
 * server reflection) and, when `nats` is given, its announcement and heartbeats.
 */
export async function startAgent(definition, options = {}) {
    const opts = compileAgentOptions(options);
    const instanceId = opts.instanceId ?? `${definition.name.replace(/[^A-Za-z0-9_-]/g, '_')}-${randomBytes(4).toString('hex')}`;
    const logger = (opts.logger ?? createLogger({ name: definition.name, level: opts.logLevel })).child({ agent: definition.name, instance_id: instanceId });
    const admission = new Admission(definition.maxConcurrency, { agent: definition.name, instanceId });
    const stop = new AbortController();
    // Tasks in flight hear the stop through `onStop` (begin-task.ts), one listener for all of them.
    const onStop = new Set();
    stop.signal.addEventListener('abort', () => {
        for (const abort of [...onStop])
            abort();
    }, { once: true });
    const descriptor = describe(definition, instanceId);
    const spanAttributes = { [ATTR.AGENT_NAME]: definition.name, [ATTR.AGENT_INSTANCE_ID]: instanceId };
    const taskStats = new TaskStats();
    const runtime = { definition, instanceId, descriptor, admission, logger, stopSignal: stop.signal, onStop, spanAttributes, taskStats, cache: undefined, buckets: undefined };
    checkExposure({
        what: `agent ${definition.name}`,
        host: opts.host,
        tls: opts.tls !== undefined,
        authenticated: opts.tls?.clientCa !== undefined,
        insecure: opts.insecure,
        logger,
        hint: 'set TROUPE_AGENT_TLS_CERT/TROUPE_AGENT_TLS_KEY and TROUPE_AGENT_TLS_CLIENT_CA (orchestrators\' client certificates), bind TROUPE_AGENT_HOST=127.0.0.1, or set TROUPE_INSECURE=true to accept the risk',
    });
    if (opts.metrics)
        checkMetricsExposure(definition.name, opts.metrics, opts.insecure, logger);
    primeAgentSeries(definition, { verifiesControl: opts.tls?.clientCa !== undefined });
    const tls = opts.tls
        ? createServerTls(opts.tls, { logger, names: { ca: 'tls.clientCa (TROUPE_AGENT_TLS_CLIENT_CA)', cert: 'tls.cert (TROUPE_AGENT_TLS_CERT)', key: 'tls.key (TROUPE_AGENT_TLS_KEY)' } })
        : undefined;
    const server = new grpc.Server({
        interceptors: [writeAheadInterceptor({ sizeOf: chunkBytes })],
        'grpc.max_receive_message_length': opts.maxMessageBytes,
        'grpc.max_send_message_length': opts.maxMessageBytes,
    });
    const protos = loadProtos();
    const execute = executeHandler(runtime);
    const channels = new Set();
    server.addService(protos.agent.troupe.v1.AgentService.service, {
        Describe: (_call, callback) => callback(null, { agent: descriptor }),
        Execute: execute,
        ExecuteStream: executeStreamHandler(runtime),
        Channel: channelHandler(runtime, execute, channels),
    });
    const health = new HealthImplementation({ '': 'SERVING', [AGENT_SERVICE]: 'SERVING' });
    health.addToServer(server);
    addReflection(server, [AGENT_SERVICE]);
    let port;
    let started = false;
    let metrics;
    try {
        port = await new Promise((resolve, reject) => server.bindAsync(`${opts.host}:${opts.port}`, tls?.credentials ?? grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound))));
        // Bound before NATS, so a taken port fails start-up at once; ready once announced, until a drain starts.
        if (opts.metrics) {
            metrics = await startMetricsEndpoint(opts.metrics, tls, () => ({ ready: started && !admission.draining, draining: admission.draining, in_flight: admission.inFlight }), logger);
        }
    }
    catch (err) {
        server.forceShutdown();
        tls?.close();
        throw err;
    }
    const advertiseHost = opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host;
    const address = opts.advertiseAddress ?? `${advertiseHost}:${port}`;
    let nc;
    let ownsNats = false;
    let announcer;
    let draining;
    let resolveClosed;
    const closed = new Promise((resolve) => (resolveClosed = resolve));
    const drain = (reason = 'shutdown') => (draining ??= (async () => {
        logger.info({ reason, in_flight: admission.inFlight }, 'agent draining');
        const idle = admission.drain();
        health.setStatus('', 'NOT_SERVING');
        health.setStatus(AGENT_SERVICE, 'NOT_SERVING');
        announcer?.beat();
        const reserve = Math.min(SHUTDOWN_RESERVE_MS, opts.drainTimeoutMs / 2);
        if ((await within(idle, opts.drainTimeoutMs - reserve)) === 'timed_out') {
            logger.warn({ in_flight: admission.inFlight, drain_timeout_ms: opts.drainTimeoutMs }, 'drain timed out; aborting in-flight tasks');
            stop.abort();
            // A handler that ignores its abort signal must not hold the process either.
            await within(idle, reserve * 0.2);
        }
        // Every step below is bounded: with NATS unreachable, goodbye and drain would
        // otherwise wait for a reconnect forever and the process would never exit.
        await announcer?.goodbye(reason, reserve * 0.3);
        // Channels are long-lived: end them so the server can shut down.
        for (const channel of channels)
            channel.end();
        // Calls are over; what remains are idle client connections, which tryShutdown would wait for.
        // The metrics endpoint served /readyz 503 through the drain; it closes in the same slice of time.
        const grpcClosed = within(new Promise((resolve) => server.tryShutdown(() => resolve())), reserve * 0.2);
        const [grpcOutcome] = await Promise.all([grpcClosed, metrics?.close(reserve * 0.2)]);
        if (grpcOutcome !== 'ok')
            server.forceShutdown();
        tls?.close();
        const nats = ownsNats && nc ? await closeNats(nc, reserve * 0.3) : 'not_owned';
        logger.info({ reason, nats }, 'agent stopped');
        resolveClosed();
    })());
    try {
        if (opts.nats !== undefined) {
            if (NatsConnectSettings.is(opts.nats)) {
                nc = await connectNats(opts.nats, { name: `troupe-agent ${instanceId}`, logger });
                ownsNats = true;
            }
            else {
                nc = opts.nats;
            }
        }
        // Before announcing: a redo may reach this instance as soon as it is routable.
        if (nc)
            runtime.buckets = new AgentBuckets(nc, opts.storeReplicas);
        if (definition.caching.size > 0)
            runtime.cache = await ResultCache.open(nc, definition.name, definition.caching.values(), logger, { replicas: opts.storeReplicas });
        if (nc) {
            announcer = await startAnnouncer({
                nc,
                descriptor,
                address,
                heartbeatIntervalMs: opts.heartbeatIntervalMs,
                load: () => ({ inFlight: admission.inFlight, draining: admission.draining }),
                logger,
                taskStats,
                // With an orchestrators' CA, only control messages signed by an orchestrator's certificate are obeyed.
                ...(opts.tls?.clientCa !== undefined ? { verifyControl: createControlVerifier({ ca: pemReader(opts.tls.clientCa) }) } : {}),
                onControl: (control) => {
                    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the only action today; another must not drain
                    if (control.action === 'drain')
                        void drain(control.reason || 'drain requested by an orchestrator');
                },
            });
        }
    }
    catch (err) {
        server.forceShutdown();
        await metrics?.close(0);
        tls?.close();
        if (ownsNats && nc)
            await closeNats(nc, SHUTDOWN_RESERVE_MS);
        throw err;
    }
    started = true;
    logger.info({ address, capabilities: definition.capabilities.map((c) => c.name), ...(metrics ? { metrics_url: metrics.metricsUrl } : {}) }, 'agent listening');
    return {
        instanceId,
        address,
        descriptor,
        get inFlight() {
            return admission.inFlight;
        },
        get draining() {
            return admission.draining;
        },
        metricsUrl: metrics?.metricsUrl,
        drain,
        closed,
    };
}
//# sourceMappingURL=agent-server.js.map