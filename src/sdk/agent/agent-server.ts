import { randomBytes } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation } from 'grpc-health-check';
import { connect, type NatsConnection } from 'nats';
import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
import { startAnnouncer, type Announcer } from '../discovery/announce.js';
import { AGENT_SERVICE, loadProtos } from '../grpc/load-protos.js';
import { writeAheadInterceptor } from '../grpc/write-ahead.js';
import { compileAgentOptions, type AgentOptions } from '../options.js';
import { ATTR, createLogger } from '../telemetry/index.js';
import { Admission } from './admission.js';
import type { AgentDefinition } from './define-agent.js';
import { executeHandler } from './handle-execute.js';
import { chunkBytes, executeStreamHandler } from './handle-execute-stream.js';
import { channelHandler } from './handle-channel.js';
import { ResultCache } from './result-cache.js';
import { describe, type AgentRuntime } from './runtime.js';

/** A running agent instance. */
export interface AgentHandle {
  readonly instanceId: string;
  /** host:port announced to orchestrators. */
  readonly address: string;
  readonly descriptor: AgentDescriptor;
  /** Tasks running now. */
  readonly inFlight: number;
  /**
   * Stops taking tasks, waits for in-flight ones (aborting them after the drain
   * timeout), says goodbye on NATS and closes the server. Idempotent.
   */
  drain(reason?: string): Promise<void>;
  /** Resolves once the instance has fully stopped. */
  readonly closed: Promise<void>;
}

/**
 * Starts an agent instance: its gRPC server (AgentService, grpc.health.v1.Health,
 * server reflection) and, when `nats` is given, its announcement and heartbeats.
 */
export async function startAgent(definition: AgentDefinition, options: AgentOptions = {}): Promise<AgentHandle> {
  const opts = compileAgentOptions(options);
  const instanceId = opts.instanceId ?? `${definition.name.replace(/[^A-Za-z0-9_-]/g, '_')}-${randomBytes(4).toString('hex')}`;
  const logger = (opts.logger ?? createLogger({ name: definition.name, level: opts.logLevel })).child({ agent: definition.name, instance_id: instanceId });
  const admission = new Admission(definition.maxConcurrency, { agent: definition.name, instanceId });
  const stop = new AbortController();
  const descriptor = describe(definition, instanceId);
  const spanAttributes = { [ATTR.AGENT_NAME]: definition.name, [ATTR.AGENT_INSTANCE_ID]: instanceId };
  const runtime: AgentRuntime = { definition, instanceId, descriptor, admission, logger, stopSignal: stop.signal, spanAttributes, cache: undefined };

  const server = new grpc.Server({
    interceptors: [writeAheadInterceptor({ sizeOf: chunkBytes })],
    'grpc.max_receive_message_length': opts.maxMessageBytes,
    'grpc.max_send_message_length': opts.maxMessageBytes,
  });
  const protos = loadProtos();
  const execute = executeHandler(runtime);
  const channels = new Set<grpc.ServerDuplexStream<unknown, unknown>>();
  server.addService(protos.agent.troupe.v1.AgentService.service, {
    Describe: (_call: unknown, callback: grpc.sendUnaryData<{ agent: AgentDescriptor }>) => callback(null, { agent: descriptor }),
    Execute: execute,
    ExecuteStream: executeStreamHandler(runtime),
    Channel: channelHandler(runtime, execute, channels),
  });
  const health = new HealthImplementation({ '': 'SERVING', [AGENT_SERVICE]: 'SERVING' });
  health.addToServer(server);
  new ReflectionService(protos.definition).addToServer(server);

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${opts.host}:${opts.port}`, grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound))),
  );
  const advertiseHost = opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host;
  const address = opts.advertiseAddress ?? `${advertiseHost}:${port}`;

  let nc: NatsConnection | undefined;
  let ownsNats = false;
  let announcer: Announcer | undefined;
  let draining: Promise<void> | undefined;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));

  const drain = (reason = 'shutdown'): Promise<void> =>
    (draining ??= (async () => {
      logger.info({ reason, in_flight: admission.inFlight }, 'agent draining');
      const idle = admission.drain();
      health.setStatus('', 'NOT_SERVING');
      health.setStatus(AGENT_SERVICE, 'NOT_SERVING');
      announcer?.beat();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        idle.then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), opts.drainTimeoutMs))),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        logger.warn({ in_flight: admission.inFlight, drain_timeout_ms: opts.drainTimeoutMs }, 'drain timed out; aborting in-flight tasks');
        stop.abort();
        await idle;
      }
      await announcer?.goodbye(reason);
      // Channels are long-lived: end them so the server can shut down.
      for (const channel of channels) channel.end();
      await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
      if (ownsNats && nc) await nc.drain().catch(() => undefined);
      logger.info({ reason }, 'agent stopped');
      resolveClosed();
    })());

  try {
    if (opts.nats !== undefined) {
      if (typeof opts.nats === 'string') {
        nc = await connect({ servers: opts.nats, name: `troupe-agent ${instanceId}`, noAsyncTraces: true, maxReconnectAttempts: -1 });
        ownsNats = true;
      } else {
        nc = opts.nats;
      }
    }
    // Before announcing: a redo may reach this instance as soon as it is routable.
    if (definition.caching.size > 0) runtime.cache = await ResultCache.open(nc, definition.name, definition.caching.values(), logger);
    if (nc) {
      announcer = await startAnnouncer({
        nc,
        descriptor,
        address,
        heartbeatIntervalMs: opts.heartbeatIntervalMs,
        load: () => ({ inFlight: admission.inFlight, draining: admission.draining }),
        logger,
        onControl: (control) => {
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the only action today; another must not drain
          if (control.action === 'drain') void drain(control.reason || 'drain requested by an orchestrator');
        },
      });
    }
  } catch (err) {
    server.forceShutdown();
    if (ownsNats) await nc?.close().catch(() => undefined);
    throw err;
  }
  logger.info({ address, capabilities: definition.capabilities.map((c) => c.name) }, 'agent listening');

  return {
    instanceId,
    address,
    descriptor,
    get inFlight() {
      return admission.inFlight;
    },
    drain,
    closed,
  };
}
