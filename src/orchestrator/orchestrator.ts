import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation } from 'grpc-health-check';
import { connect, type NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { AgentDescriptor } from '../gen/troupe/v1/AgentDescriptor.js';
import { loadProtos, ORCHESTRATOR_SERVICE } from '../sdk/grpc/load-protos.js';
import { createLogger } from '../sdk/telemetry/index.js';
import { createHttpServer } from './api/http-server.js';
import { orchestratorService } from './api/service.js';
import { startDiscovery } from './discovery/nats-discovery.js';
import { ClientPool } from './dispatch/client-pool.js';
import { Dispatcher } from './dispatch/dispatcher.js';
import { createSelector } from './dispatch/select.js';
import { acceptRawResponses } from './dispatch/wire.js';
import { compileOrchestratorOptions, ConfigError, type OrchestratorOptions } from './options.js';
import type { AgentEntry } from './registry/agent-entry.js';
import { Registry } from './registry/registry.js';
import { observeRegistry } from './registry/registry-metrics.js';
import { RateLimits, Scheduler, type Schedulable } from './scheduler/index.js';
import { observeScheduler } from './scheduler/scheduler-metrics.js';
import { InMemoryDeadLetterStore } from './scheduler/index.js';
import { openStores, type Stores } from './store/index.js';
import { RunEngine } from './workflow/engine/run-engine.js';
import { AgentPersistence } from './registry/agent-persistence.js';
import { InMemoryWorkflowStore } from './workflow/workflow-store.js';
import { writeAheadInterceptor } from '../sdk/grpc/write-ahead.js';

/** A running orchestrator. */
export interface OrchestratorHandle {
  /** host:port of the gRPC API. */
  readonly grpcAddress: string;
  /** host:port of the HTTP endpoint, or undefined when disabled. */
  readonly httpAddress: string | undefined;
  readonly registry: Registry;
  /** Workflows and runs. */
  readonly engine: RunEngine;
  /** The task scheduler (priority queue and limits), e.g. for its stats. */
  readonly scheduler: Scheduler<Schedulable>;
  /** This instance's id (the owner of its runs' leases). */
  readonly instanceId: string;
  /** The durable stores, when `durable` is on. */
  readonly stores: Stores | undefined;
  /** Stops accepting calls, lets running ones finish briefly, closes NATS. Idempotent. */
  stop(): Promise<void>;
}

/** Process-level services the orchestrator can use; all optional. */
export interface OrchestratorServices {
  logger?: Logger;
  /** Source of retry-backoff jitter in [0, 1) (tests make it deterministic). @default Math.random */
  random?: () => number;
  /** Serves Prometheus text on /metrics (from `startTelemetry({ prometheus: true })`). */
  metricsHandler?: (req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * Starts an orchestrator: connects to NATS, discovers agents into the registry
 * (one lifecycle actor each), and serves `troupe.v1.OrchestratorService` (plus
 * health and reflection) over gRPC and health/metrics over HTTP.
 */
export async function startOrchestrator(raw: OrchestratorOptions, services: OrchestratorServices = {}): Promise<OrchestratorHandle> {
  const options = compileOrchestratorOptions(raw);
  const logger = (services.logger ?? createLogger({ name: 'orchestrator', level: options.logLevel })).child({ component: 'orchestrator' });
  const nc: NatsConnection = await connect({ servers: options.natsUrl.split(','), name: 'troupe-orchestrator', noAsyncTraces: true, maxReconnectAttempts: -1 });
  const pool = new ClientPool({ maxMessageBytes: options.maxMessageBytes });
  const probe = (entry: AgentEntry): Promise<AgentDescriptor> =>
    new Promise((resolve, reject) =>
      pool.get(entry.address).Describe({}, { deadline: Date.now() + 2000 }, (err, response) =>
        err ? reject(err) : response?.agent ? resolve(response.agent) : reject(new Error('Describe returned no descriptor')),
      ),
    );
  const registry = new Registry({
    logger,
    heartbeatIntervalMs: options.heartbeatIntervalMs,
    breakerFailureThreshold: options.breakerFailureThreshold,
    breakerOpenMs: options.breakerOpenMs,
    probe,
  });
  registry.on('change', () => pool.retain(new Set(registry.list().map((e) => e.address))));
  const stopGauges = observeRegistry(registry);
  const discovery = startDiscovery(nc, registry, { logger, waitMs: options.discoveryWaitMs });
  const scheduler = new Scheduler<Schedulable>({
    capacity: options.queueCapacity,
    concurrency: { global: options.maxConcurrentTasks, perCapability: options.capabilityConcurrency },
    ...(Object.keys(options.capabilityRates).length > 0 ? { rateLimits: new RateLimits({ perCapability: options.capabilityRates }) } : {}),
  });
  const stopQueueGauge = observeScheduler(scheduler);
  const dispatcher = new Dispatcher({ registry, pool, select: createSelector(options.selection, options.capabilitySelection), agentRates: options.agentRate ? new RateLimits({ perAgent: options.agentRate }) : undefined, logger, useChannels: options.useChannels, scheduler });

  const server = new grpc.Server({
    interceptors: [writeAheadInterceptor()],
    'grpc.max_receive_message_length': options.maxMessageBytes,
    'grpc.max_send_message_length': options.maxMessageBytes,
  });
  const protos = loadProtos();
  const instanceId = options.instanceId ?? randomUUID();
  let engine: RunEngine | undefined;
  let stores: Stores | undefined;
  if (options.durable) {
    try {
      stores = await openStores(nc, {
        owner: instanceId,
        leaseTtlMs: options.leaseTtlMs,
        leaseRenewEveryMs: options.leaseRenewMs,
        onLeaseLost: (runId) => engine?.dropRun(runId, 'its lease was lost'),
        onLeaseError: (err) => logger.warn({ err }, 'lease renewal failed'),
      });
    } catch (err) {
      await nc.close().catch(() => undefined);
      throw new ConfigError(
        `durable state needs NATS JetStream (run nats-server with -js), or set durable: false (TROUPE_DURABLE=false) to keep runs in memory: ${(err as Error).message}`,
      );
    }
  }
  engine = new RunEngine({
    registry,
    maxFinishedRuns: options.maxFinishedRuns,
    definitionLimits: { maxBytes: options.workflowMaxBytes, maxDepth: options.workflowMaxDepth, maxSteps: options.workflowMaxSteps },
    workflows: stores?.workflows ?? new InMemoryWorkflowStore(),
    deadLetters: stores?.deadLetters ?? new InMemoryDeadLetterStore(),
    ...(stores
      ? {
          durable: {
            owner: instanceId,
            runs: stores.runs,
            leases: stores.leases,
            idempotency: stores.idempotency,
            nc,
            retention: { maxAgeMs: options.retentionMaxAgeMs, maxCount: options.retentionMaxCount, sweepEveryMs: options.retentionSweepMs },
          },
        }
      : {}),
    dispatcher,
    logger,
    defaultTimeoutMs: options.defaultTimeoutMs,
    ...(services.random ? { random: services.random } : {}),
  });
  server.addService(
    acceptRawResponses(protos.orchestrator.troupe.v1.OrchestratorService.service, ['SubmitTask', 'StreamTask']),
    orchestratorService({ registry, dispatcher, nc, logger, defaultTimeoutMs: options.defaultTimeoutMs }, engine),
  );
  const health = new HealthImplementation({ '': 'SERVING', [ORCHESTRATOR_SERVICE]: 'SERVING' });
  health.addToServer(server);
  new ReflectionService(protos.definition).addToServer(server);
  const grpcPort = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${options.grpcHost}:${options.grpcPort}`, grpc.ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))),
  );

  let discovered = false;
  void discovery.ready.then(() => (discovered = true));
  let http: HttpServer | undefined;
  let httpAddress: string | undefined;
  if (options.httpPort >= 0) {
    http = createHttpServer({
      registry,
      engine,
      logger,
      ready: () => discovered && !nc.isClosed(),
      metrics: services.metricsHandler ?? ((_req, res) => res.writeHead(404).end('metrics are off\n')),
    });
    await new Promise<void>((resolve, reject) => {
      http!.once('error', reject).listen(options.httpPort, options.grpcHost, () => resolve());
    });
    httpAddress = `${options.grpcHost}:${(http.address() as AddressInfo).port}`;
  }
  await discovery.ready;
  const grpcAddress = `${options.grpcHost}:${grpcPort}`;
  logger.info({ grpc: grpcAddress, http: httpAddress, nats: options.natsUrl, agents: registry.list().length, instanceId, durable: options.durable }, 'orchestrator ready');
  // Agent status history, counts and latency survive restarts (troupe_agents).
  const agentPersistence = stores ? new AgentPersistence({ kv: stores.agents, registry, logger }) : undefined;
  agentPersistence?.start();
  // Agents are discoverable now: resume this instance's unfinished runs and adopt orphans.
  if (stores) void engine.startDurability().catch((err: unknown) => logger.error({ err }, 'resuming unfinished runs failed'));

  let stopping: Promise<void> | undefined;
  return {
    grpcAddress,
    httpAddress,
    registry,
    engine,
    scheduler,
    instanceId,
    stores,
    stop: () =>
      (stopping ??= (async () => {
        health.setStatus('', 'NOT_SERVING');
        await engine.close();
        await agentPersistence?.close();
        stores?.close();
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => server.forceShutdown(), 5000);
          server.tryShutdown(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        discovery.stop();
        stopGauges();
        stopQueueGauge();
        scheduler.close();
        registry.close();
        pool.close();
        await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
        await nc.drain().catch(() => undefined);
        logger.info('orchestrator stopped');
      })()),
  };
}
