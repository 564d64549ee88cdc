import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server as HttpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { AgentDescriptor } from '../gen/troupe/v1/AgentDescriptor.js';
import { loadProtos, ORCHESTRATOR_SERVICE } from '../sdk/grpc/load-protos.js';
import { addReflection } from '../sdk/grpc/reflection.js';
import { compileNatsSettings, connectNats, type NatsConnectSettings } from '../sdk/security/index.js';
import { createLogger, METRIC, observeCounter, observeGauge } from '../sdk/telemetry/index.js';
import { healthReport } from './api/health-report.js';
import { createHttpServer } from './api/http-server.js';
import { createRunTraceSource } from './traces/trace-source.js';
import { TaskResults } from './api/task-results.js';
import { setupWebhooks } from './webhooks/setup.js';
import { RunCallbacks } from './webhooks/run-callbacks.js';
import { orchestratorService } from './api/service.js';
import { startDiscovery } from './discovery/nats-discovery.js';
import { NatsLink } from './discovery/nats-link.js';
import { ClientPool } from './dispatch/client-pool.js';
import { Dispatcher } from './dispatch/dispatcher.js';
import { NatsFleetDemand } from './dispatch/fleet-demand.js';
import { createSelector } from './dispatch/select.js';
import { acceptRawResponses, rawRequests } from './dispatch/wire.js';
import { compileOrchestratorOptions, ConfigError, eventSubjectList, type OrchestratorOptions } from './options.js';
import type { AgentEntry } from './registry/agent-entry.js';
import { Registry } from './registry/registry.js';
import { primeCapability, primeCounters } from './prime-counters.js';
import { observeRegistry } from './registry/registry-metrics.js';
import { RateLimits, Scheduler, type Schedulable } from './scheduler/index.js';
import { observeScheduler } from './scheduler/scheduler-metrics.js';
import { InMemoryDeadLetterStore } from './scheduler/index.js';
import { openStores, RetryingDeadLetterStore, type Stores } from './store/index.js';
import { RunEngine } from './workflow/engine/run-engine.js';
import { AgentPersistence } from './registry/agent-persistence.js';
import { InMemoryWorkflowStore } from './workflow/workflow-store.js';
import { seedWorkflows } from './workflow/engine/seed-workflows.js';
import { writeAheadInterceptor } from '../sdk/grpc/write-ahead.js';
import type { AuditLog, AuditSink } from '../sdk/security/audit.js';
import { apiAuthConfigured, openApiSecurity, type ApiSecurity } from './api/security.js';
import type { AdmissionDecision } from './registry/admission.js';
import { setupSecurity } from './security.js';
import { closeNats, within } from '../sdk/util/nats-shutdown.js';
import { ScheduleService } from './schedules/schedule-service.js';
import { setupEscalations } from './escalations/setup.js';
import { loadDefinition, missingInput } from './workflow/definition/index.js';
import { ScheduleTicker } from './schedules/schedule-ticker.js';
import { TriggerManager } from './triggers/trigger-manager.js';
import { refuseTriggers } from './triggers/refuse-triggers.js';
import { setupRollouts } from './rollouts/setup.js';

/** Bound of each NATS-touching shutdown step (final run writes; NATS close gets half). */
const STOP_STEP_MS = 3000;

/** A running orchestrator. */
export interface OrchestratorHandle {
  /** host:port of the gRPC API. */
  readonly grpcAddress: string;
  /** host:port of the HTTP endpoint, or undefined when disabled. */
  readonly httpAddress: string | undefined;
  /** True when the HTTP endpoint serves HTTPS (`httpTls`). */
  readonly httpTls: boolean;
  readonly registry: Registry;
  /** Workflows and runs. */
  readonly engine: RunEngine;
  /** The task scheduler (priority queue and limits), e.g. for its stats. */
  readonly scheduler: Scheduler<Schedulable>;
  /** This instance's id (the owner of its runs' leases). */
  readonly instanceId: string;
  /** The durable stores, when `durable` is on. */
  readonly stores: Stores | undefined;
  /** The audit log (TROUPE_AUDIT in JetStream when durable, else in memory). */
  readonly auditLog: AuditLog;
  /** Appends to the audit log (and any `services.audit`), e.g. for agent admission decisions. */
  readonly audit: AuditSink;
  /** Stops accepting calls, lets running ones finish briefly, closes NATS. Idempotent; bounded (~12 s at most) even with NATS unreachable. */
  stop(): Promise<void>;
}

/** Process-level services the orchestrator can use; all optional. */
export interface OrchestratorServices {
  logger?: Logger;
  /** Source of retry-backoff jitter in [0, 1) (tests make it deterministic). @default Math.random */
  random?: () => number;
  /** Serves Prometheus text on /metrics (from `startTelemetry({ prometheus: true })`). */
  metricsHandler?: (req: IncomingMessage, res: ServerResponse) => void;
  /**
   * Workflow definitions (JSON or YAML text) registered at start-up when no workflow of
   * their name is stored yet, e.g. the bundled podcast workflows (`troupe orchestrator`).
   */
  seedWorkflows?: readonly string[];
  /**
   * Compiled NATS settings (credentials, TLS) from `compileNatsSettings`; they win over
   * `natsUrl`. @default `natsUrl` alone (credentials in the URL are used)
   */
  nats?: NatsConnectSettings;
  /** A further sink every audit event is also sent to (besides the audit log). @default none */
  audit?: AuditSink;
  /** Called for every agent admission decision (with `agentCa` set), e.g. to write an audit log. @default none */
  onAdmission?: (decision: AdmissionDecision) => void;
  /** API callers must authenticate by other means than mTLS (tokens); counts for the safe-default rule. @default false */
  apiAuthenticated?: boolean;
  /** HTTP callers must authenticate; counts for the safe-default rule. @default false */
  httpAuthenticated?: boolean;
}

/**
 * Starts an orchestrator: connects to NATS, discovers agents into the registry
 * (one lifecycle actor each), and serves `troupe.v1.OrchestratorService` (plus
 * health and reflection) over gRPC and health/metrics over HTTP.
 */
export async function startOrchestrator(raw: OrchestratorOptions, services: OrchestratorServices = {}): Promise<OrchestratorHandle> {
  const options = compileOrchestratorOptions(raw);
  const logger = (services.logger ?? createLogger({ name: 'orchestrator', level: options.logLevel })).child({ component: 'orchestrator' });
  const transport = setupSecurity(options, logger, {
    apiAuthenticated: services.apiAuthenticated === true || apiAuthConfigured(options),
    httpAuthenticated: services.httpAuthenticated === true || apiAuthConfigured(options),
  });
  const webhooks = setupWebhooks(options, logger);
  const stopTasks = new AbortController();
  const nats = services.nats ?? compileNatsSettings({ url: options.natsUrl });
  let nc: NatsConnection;
  let security: ApiSecurity;
  try {
    nc = await connectNats(nats, { name: 'troupe-orchestrator', logger });
  } catch (err) {
    transport.close();
    throw err;
  }
  try {
    // Opened before discovery starts, so the first admission decisions reach the audit log too.
    security = await openApiSecurity(options, nc, logger, services.audit);
  } catch (err) {
    transport.close();
    await nc.close().catch(() => undefined);
    // The audit stream is the first one created: a replicas count the server cannot hold fails here.
    if (options.durable && options.storeReplicas > 1 && !(err instanceof ConfigError)) throw replicasError(options.storeReplicas, err);
    throw err;
  }
  const { agentTls } = transport;
  const pool = new ClientPool({ maxMessageBytes: options.maxMessageBytes, tls: agentTls });
  const probe = async (entry: AgentEntry): Promise<AgentDescriptor> => {
    // Admission: the certificate must chain to the agents' CA and name the agent announced.
    if (agentTls) await agentTls.verify(entry.address, entry.claimedName);
    return new Promise((resolve, reject) =>
      pool.get(entry.address, entry.claimedName).Describe({}, { deadline: Date.now() + 2000 }, (err, response) =>
        err ? reject(err) : response?.agent ? resolve(response.agent) : reject(new Error('Describe returned no descriptor')),
      ),
    );
  };
  const registry = new Registry({
    logger,
    heartbeatIntervalMs: options.heartbeatIntervalMs,
    breakerFailureThreshold: options.breakerFailureThreshold,
    breakerOpenMs: options.breakerOpenMs,
    probe,
    demotion: { belowPercent: options.demoteBelowPercent, window: options.demoteWindow, minSamples: options.demoteMinSamples, cooldownMs: options.demoteCooldownMs },
    requireAdmission: agentTls !== undefined,
    onAdmission: (decision) => {
      security.audit.append({
        actor: `agent:${decision.agent}`,
        action: 'agent.admission',
        target: `${decision.instanceId}@${decision.address}`,
        outcome: decision.admitted ? 'admitted' : 'refused',
        ...(decision.reason ? { reason: decision.reason } : {}),
      });
      services.onAdmission?.(decision);
    },
  });
  registry.on('change', () => pool.retain(new Set(registry.list().map((e) => pool.key(e.address, e.claimedName)))));
  const stopGauges = observeRegistry(registry);
  // Each capability's task, in-flight and dead-letter series exist at 0 from when it is first offered.
  registry.on('change', ({ entry }) => {
    for (const capability of entry.capabilities) primeCapability(capability);
  });
  const discovery = startDiscovery(nc, registry, { logger, waitMs: options.discoveryWaitMs, audit: security.audit });
  // Our own NATS link: while it is down, missed beats are not the agents' fault.
  const link = new NatsLink(nc, { logger, probeTimeoutMs: Math.max(500, Math.min(1000, options.heartbeatIntervalMs)) });
  link.on('down', (e) => registry.linkDown(e.at, e.lastGoodAt));
  link.on('up', (e) => registry.linkUp(e.at));
  link.start();
  const scheduler = new Scheduler<Schedulable>({
    capacity: options.queueCapacity,
    concurrency: { global: options.maxConcurrentTasks, perCapability: options.capabilityConcurrency },
    ...(Object.keys(options.capabilityRates).length > 0 ? { rateLimits: new RateLimits({ perCapability: options.capabilityRates }) } : {}),
  });
  const stopQueueGauge = observeScheduler(scheduler);

  const server = new grpc.Server({
    interceptors: [writeAheadInterceptor()],
    'grpc.max_receive_message_length': options.maxMessageBytes,
    'grpc.max_send_message_length': options.maxMessageBytes,
  });
  const protos = loadProtos();
  const instanceId = options.instanceId ?? randomUUID();
  let stores: Stores | undefined;
  if (options.durable) {
    try {
      stores = await openStores(nc, {
        owner: instanceId,
        leaseTtlMs: options.leaseTtlMs,
        leaseRenewEveryMs: options.leaseRenewMs,
        payloadMaxAgeMs: options.payloadMaxAgeMs,
        replicas: options.storeReplicas,
        electionRetryMs: options.storeElectionRetryMs,
        runListDelayMs: options.runListDelayMs,
        // Logged and retried: a failed renewal is not evidence that another owner exists.
        onLeaseError: (err) => logger.warn({ err }, 'instance lease renewal failed; retrying'),
        onIndexError: (runId, err) => logger.warn({ run_id: runId, err }, 'run list index write failed; retrying'),
      });
    } catch (err) {
      await nc.close().catch(() => undefined);
      transport.close();
      throw new ConfigError(
        options.storeReplicas > 1
          ? replicasError(options.storeReplicas, err).message
          : `durable state needs NATS JetStream (run nats-server with -js), or set durable: false (TROUPE_DURABLE=false) to keep runs in memory: ${(err as Error).message}`,
      );
    }
  }
  // Canary rollouts (docs/rollouts.md): every dispatch of a task that names no range consults them.
  const rollouts = setupRollouts({ store: stores?.rollouts, registry, logger, audit: security.audit, instanceId, random: services.random });
  const dispatcher = new Dispatcher({ registry, pool, select: createSelector(options.selection, options.capabilitySelection), agentRates: options.agentRate ? new RateLimits({ perAgent: options.agentRate }) : undefined, logger, useChannels: options.useChannels, scheduler, versions: rollouts.rollouts, fleet: new NatsFleetDemand(nc, logger) });
  // Before the API serves: no task is routed while the stored rollouts are unknown.
  await rollouts.start().catch((err: unknown) => logger.error({ err }, 'rollouts not followed'));
  const workflows = stores?.workflows ?? new InMemoryWorkflowStore();
  if (services.seedWorkflows && services.seedWorkflows.length > 0) {
    await seedWorkflows(workflows, services.seedWorkflows, logger).catch((err: unknown) => logger.warn({ err }, 'bundled workflows not registered'));
  }
  // A dead letter whose write fails (NATS slow or down) is queued and retried, not lost.
  const deadLetters = stores
    ? new RetryingDeadLetterStore(stores.deadLetters, {
        onRetry: (err, pending) => logger.warn({ err, pending }, 'dead letter write failed; will retry'),
        onDropped: (record) => logger.error({ task_id: record.taskId, run_id: record.runId }, 'dead letter LOST: the retry queue is full'),
      })
    : undefined;
  const escalations = setupEscalations(options, webhooks, stores, logger);
  const deadLetterStore = deadLetters ?? new InMemoryDeadLetterStore();
  // Event triggers (docs/triggers.md): they need the durable idempotency keys, so durable state.
  const triggers = stores
    ? await TriggerManager.open({
        nc,
        workflows: stores.workflows,
        startRun: (req) => engine.startRun(req),
        logger,
        events: { subjects: eventSubjectList(options.eventSubjects), maxAgeMs: options.eventsMaxAgeMs, maxBytes: options.eventsMaxBytes, replicas: options.storeReplicas },
        ackWaitMs: options.triggerAckWaitMs,
        maxInFlight: options.triggerMaxInFlight,
        // The watch also tells the engine of versions registered elsewhere: runs (triggered or not) use the latest.
        onWorkflow: (stored) => engine.workflowStored(stored.name, stored.version),
      })
    : undefined;
  const engine: RunEngine = new RunEngine({
    registry,
    escalations,
    beforeRegister: triggers ? (workflow) => triggers.prepare(workflow) : refuseTriggers,
    maxFinishedRuns: options.maxFinishedRuns,
    maxActiveRuns: options.maxActiveRuns,
    definitionLimits: { maxBytes: options.workflowMaxBytes, maxDepth: options.workflowMaxDepth, maxSteps: options.workflowMaxSteps },
    workflows,
    deadLetters: deadLetterStore,
    ...(stores
      ? {
          durable: {
            owner: instanceId,
            runs: stores.runs,
            lease: stores.lease,
            owners: stores.owners,
            idempotency: stores.idempotency,
            nc,
            retention: { maxAgeMs: options.retentionMaxAgeMs, maxCount: options.retentionMaxCount, sweepEveryMs: options.retentionSweepMs },
            progressWriteDelayMs: options.progressWriteDelayMs,
          },
        }
      : {}),
    dispatcher,
    logger,
    defaultTimeoutMs: options.defaultTimeoutMs,
    maxPayloadBytes: options.maxPayloadBytes,
    ...(services.random ? { random: services.random } : {}),
  });
  const stopRunGauges = [
    observeGauge(METRIC.RUNS_ACTIVE, 'Unfinished runs driven by this orchestrator (limit: maxActiveRuns)', (record) => record(engine.admission.active)),
    observeGauge(METRIC.RUNS_WAITING, 'Runs waiting for their workflow flow control (max_concurrent_runs, concurrency)', (record) => record(engine.runsWaiting)),
    observeGauge(METRIC.DEAD_LETTERS_PENDING, 'Dead letters waiting for a retry of their store write', (record) => record(deadLetters?.pending ?? 0)),
    observeCounter(METRIC.DEAD_LETTERS_LOST, 'Dead letters lost because the retry queue was full', (record) => record(deadLetters?.dropped ?? 0)),
  ];
  primeCounters();
  const runCallbacks = webhooks.sender ? new RunCallbacks(engine, webhooks.sender, logger, webhooks.deliveries) : undefined;
  // Durable schedules: the API's operations, and a ticker on every orchestrator (docs/schedules.md).
  const schedules = stores
    ? new ScheduleService({
        store: stores.schedules,
        checkWorkflow: async (name, input) => {
          const stored = await workflows.get(name);
          return stored && missingInput(loadDefinition(stored.source as object), input);
        },
        pendingGraceMs: options.schedulePendingGraceMs,
      })
    : undefined;
  const ticker = stores
    ? new ScheduleTicker({ store: stores.schedules, startRun: (req) => engine.startRun(req), logger, pendingGraceMs: options.schedulePendingGraceMs })
    : undefined;
  const apiDeps = { registry, dispatcher, nc, logger, defaultTimeoutMs: options.defaultTimeoutMs, guard: security.guard, auditLog: security.auditLog, signControl: transport.signControl, storeLink: stores ? link : undefined, maxPayloadBytes: options.maxPayloadBytes, webhooks, escalations, runCallbacks, bulkMaxInFlight: options.bulkMaxInFlight, stopping: stopTasks.signal, deadLetters: deadLetterStore };
  server.addService(
    rawRequests(acceptRawResponses(protos.orchestrator.troupe.v1.OrchestratorService.service, ['SubmitTask', 'StreamTask', 'SubmitTasks']), ['SubmitTasks']),
    orchestratorService(apiDeps, engine, schedules, triggers, rollouts),
  );
  const health = new HealthImplementation({ '': 'SERVING', [ORCHESTRATOR_SERVICE]: 'SERVING' });
  health.addToServer(server);
  addReflection(server, [ORCHESTRATOR_SERVICE]);
  const grpcPort = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${options.grpcHost}:${options.grpcPort}`, transport.apiCredentials, (err, port) => (err ? reject(err) : resolve(port))),
  );

  let discovered = false;
  void discovery.ready.then(() => (discovered = true));
  let http: HttpServer | undefined;
  let httpAddress: string | undefined;
  if (options.httpPort >= 0) {
    const traces = createRunTraceSource({ queryUrl: options.jaegerQueryUrl, timeoutMs: options.jaegerQueryTimeoutMs, logger });
    http = createHttpServer({
      registry,
      api: apiDeps,
      pageConfig: { jaegerUiUrl: options.jaegerUiUrl, traceSource: traces.kind },
      traces,
      engine,
      authorizer: security.authorizer,
      schedules,
      triggers,
      rollouts,
      logger,
      tls: transport.httpTls,
      callbacks: { webhooks, runCallbacks },
      tasks: {
        registry,
        dispatcher,
        results: new TaskResults({ maxCount: options.taskResultsMax, ttlMs: options.taskResultsTtlMs }),
        defaultTimeoutMs: options.defaultTimeoutMs,
        maxPayloadBytes: options.maxPayloadBytes,
        webhooks: webhooks.sender,
        webhookAllow: webhooks.allow,
        deliveries: webhooks.deliveries,
        stop: stopTasks.signal,
      },
      ready: () => discovered && !nc.isClosed(),
      health: () =>
        healthReport({
          registry,
          ready: () => discovered && !nc.isClosed(),
          natsUp: () => link.isUp && !nc.isClosed(),
          durable: stores !== undefined,
          tasks: () => ({ ...scheduler.stats(), capacity: scheduler.capacity }),
          runsActive: () => engine.admission.active,
        }),
      metrics: services.metricsHandler ?? ((_req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('metrics are off\n')),
    });
    await new Promise<void>((resolve, reject) => {
      http!.once('error', reject).listen(options.httpPort, options.httpHost ?? options.grpcHost, () => resolve());
    });
    httpAddress = `${options.httpHost ?? options.grpcHost}:${(http.address() as AddressInfo).port}`;
  }
  await discovery.ready;
  const grpcAddress = `${options.grpcHost}:${grpcPort}`;
  logger.info(
    { grpc: grpcAddress, http: httpAddress, nats: nats.redactedUrl, agents: registry.list().length, instanceId, durable: options.durable, api_tls: options.tlsCert !== undefined, api_mtls: options.tlsClientCa !== undefined, http_tls: transport.httpTls !== undefined, agent_tls: agentTls !== undefined },
    'orchestrator ready',
  );
  // Agent status history, counts and latency survive restarts (troupe_agents).
  const agentPersistence = stores ? new AgentPersistence({ kv: stores.agents, registry, logger }) : undefined;
  agentPersistence?.start();
  // Agents are discoverable now: resume this instance's unfinished runs and adopt orphans.
  if (stores) void engine.startDurability().catch((err: unknown) => logger.error({ err }, 'resuming unfinished runs failed'));
  // Workflows are known and agents discoverable: fire schedules (ticks missed while down follow the policy).
  await ticker?.start().catch((err: unknown) => logger.error({ err }, 'schedules not started'));
  // ...and consume the events of every registered workflow's triggers.
  await triggers?.start().catch((err: unknown) => logger.error({ err }, 'triggers not started'));

  let stopping: Promise<void> | undefined;
  return {
    grpcAddress,
    httpAddress,
    httpTls: http !== undefined && transport.httpTls !== undefined,
    registry,
    engine,
    scheduler,
    instanceId,
    stores,
    auditLog: security.auditLog,
    audit: security.audit,
    stop: () =>
      (stopping ??= (async () => {
        health.setStatus('', 'NOT_SERVING');
        ticker?.stop();
        // Events being handled finish (or are redelivered elsewhere after the ack wait).
        await within(triggers?.stop() ?? Promise.resolve(), STOP_STEP_MS);
        rollouts.stop();
        stopTasks.abort();
        webhooks.sender?.close();
        // Bounded: with NATS unreachable the last writes (runs, agent history) wait
        // for a reconnect; whatever is not written is redone by whoever adopts the runs.
        if ((await within(engine.close(), STOP_STEP_MS)) !== 'ok') logger.warn({ timeout_ms: STOP_STEP_MS }, 'runs not fully persisted at shutdown; NATS unreachable?');
        await within(deadLetters?.drain().catch(() => 0) ?? Promise.resolve(), STOP_STEP_MS / 3); // a last try for dead letters still waiting
        await within(agentPersistence?.close() ?? Promise.resolve(), STOP_STEP_MS / 3);
        await within(security.auditLog.close(), STOP_STEP_MS / 3);
        await within(stores?.runIndex.flushed() ?? Promise.resolve(), STOP_STEP_MS / 3);
        stores?.close();
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => server.forceShutdown(), 5000);
          server.tryShutdown(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        discovery.stop();
        link.stop();
        stopGauges();
        stopQueueGauge();
        for (const stopGauge of stopRunGauges) stopGauge();
        deadLetters?.close();
        scheduler.close();
        registry.close();
        pool.close();
        transport.close();
        await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
        const nats = await closeNats(nc, STOP_STEP_MS / 2);
        logger.info({ nats }, 'orchestrator stopped');
      })()),
  };
}

/** Start-up failed creating a stream with more than one replica: name the setting. */
function replicasError(replicas: number, err: unknown): ConfigError {
  return new ConfigError(`storeReplicas ${replicas} (TROUPE_STORE_REPLICAS) needs a NATS cluster with at least ${replicas} JetStream servers up: ${(err as Error).message}`);
}
