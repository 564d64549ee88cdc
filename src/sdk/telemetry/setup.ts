import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, diag, metrics, propagation, trace } from '@opentelemetry/api';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import {
  defaultResource,
  detectResources,
  hostDetector,
  processDetector,
  resourceFromAttributes,
  type Resource,
} from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NoopSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { ATTR } from './attributes.js';
import { resolveTraceExport, type TraceExportConfig } from './export-config.js';
import { resourceFromEnv } from './resource-env.js';
import { createOtlpSpanExporter } from './span-exporters.js';

/** Options of {@link startTelemetry}. */
export interface TelemetryOptions {
  /**
   * `service.name` of every span, e.g. `troupe-orchestrator` or the agent's name:
   * Troupe's default, which `OTEL_SERVICE_NAME` (or `service.name` in
   * `OTEL_RESOURCE_ATTRIBUTES`) in `env` overrides.
   */
  serviceName: string;
  /** `service.version`. @default undefined (not set) */
  serviceVersion?: string;
  /**
   * Where the standard `OTEL_*` variables are read from, once, when this function
   * runs (never at import). @default process.env
   */
  env?: Record<string, string | undefined>;
  /** Extra span processors, e.g. a `SimpleSpanProcessor(new InMemorySpanExporter())` in tests. @default [] */
  spanProcessors?: SpanProcessor[];
  /** Collect metrics for Prometheus, served by {@link Telemetry.metricsHandler}. @default false */
  prometheus?: boolean;
}

/** A running telemetry setup. */
export interface Telemetry {
  /** The service name spans carry: `OTEL_SERVICE_NAME` when set, else the one it was started with. */
  readonly serviceName: string;
  /** Where spans are exported (decided from the environment). */
  readonly traceExport: TraceExportConfig;
  /** Serves the Prometheus text format; answers 404 when started without `prometheus: true`. */
  metricsHandler: (req: IncomingMessage, res: ServerResponse) => void;
  /** Exports every finished span now. */
  forceFlush(): Promise<void>;
  /**
   * Flushes and stops everything and unregisters the global OTel providers, so a
   * later {@link startTelemetry} starts afresh. Idempotent.
   */
  shutdown(): Promise<void>;
}

const SLOT = Symbol.for('troupe.telemetry');
interface Slot { [SLOT]?: Promise<Telemetry> }

/**
 * Starts OpenTelemetry for this process: a real tracer provider (so trace ids exist
 * and propagate even when nothing is exported), the W3C trace-context and baggage
 * propagators, an async-local-storage context manager and, on request, a Prometheus
 * metric reader. No auto-instrumentation: Troupe instruments its own calls.
 *
 * Spans are exported only when the environment asks for it (see
 * `resolveTraceExport`): an OTLP endpoint or `OTEL_TRACES_EXPORTER=otlp|console`.
 * NodeSDK's defaults (OTLP traces, metrics and logs to localhost) are never used.
 * Sampling is parent-based always-on: one whole trace per run.
 *
 * One instance per process: a second call while one is running returns the
 * running instance (its options win; check `serviceName`). Call `shutdown()`
 * before starting again with other options. `OTEL_SDK_DISABLED=true` in
 * `process.env` makes NodeSDK register nothing, so spans get no trace ids.
 *
 * @example
 * const telemetry = await startTelemetry({ serviceName: 'troupe-orchestrator', prometheus: true });
 * http.createServer((req, res) => req.url === '/metrics' && telemetry.metricsHandler(req, res));
 * process.once('SIGTERM', () => void telemetry.shutdown());
 */
export function startTelemetry(options: TelemetryOptions): Promise<Telemetry> {
  const slot = globalThis as Slot;
  const running = slot[SLOT];
  if (running !== undefined) {
    diag.warn('startTelemetry called while telemetry is running; returning the running instance', { requested: options.serviceName });
    return running;
  }
  const started = start(options, () => {
    if (slot[SLOT] === started) Reflect.deleteProperty(slot, SLOT);
  });
  slot[SLOT] = started;
  started.catch(() => {
    if (slot[SLOT] === started) Reflect.deleteProperty(slot, SLOT);
  });
  return started;
}

function exportProcessors(config: TraceExportConfig): SpanProcessor[] {
  const processors: SpanProcessor[] = [];
  if (config.otlp) {
    const exporter = createOtlpSpanExporter(config.otlp.protocol, config.otlp.url, config.otlp.headers);
    processors.push(new BatchSpanProcessor(exporter, { scheduledDelayMillis: config.scheduledDelayMillis }));
  }
  if (config.console) processors.push(new SimpleSpanProcessor(new ConsoleSpanExporter()));
  return processors;
}

/**
 * Detects the resource (process, host) and waits for its async attributes
 * (host.id), so exporters never wait for them: an in-memory exporter then sees a
 * span as soon as it ends. `OTEL_RESOURCE_ATTRIBUTES` (read from `fromEnv`, not
 * process.env) is merged over what was detected and over our `service.version`:
 * the operator's word wins.
 */
async function detectResource(serviceVersion: string | undefined, fromEnv: Resource): Promise<Resource> {
  const detected = detectResources({ detectors: [processDetector, hostDetector] });
  await detected.waitForAsyncAttributes?.();
  const ours = serviceVersion ? { [ATTR.SERVICE_VERSION]: serviceVersion } : {};
  return defaultResource().merge(detected).merge(resourceFromAttributes(ours)).merge(fromEnv);
}

/** Default events per span: enough for every chunk of a long stream (each event is ~100 bytes). */
export const DEFAULT_EVENT_COUNT_LIMIT = 20_000;

function eventCountLimit(env: Record<string, string | undefined>): number {
  const raw = Number(env.OTEL_SPAN_EVENT_COUNT_LIMIT);
  return Number.isInteger(raw) && raw >= 0 ? raw : DEFAULT_EVENT_COUNT_LIMIT;
}

async function start(options: TelemetryOptions, release: () => void): Promise<Telemetry> {
  const env = options.env ?? process.env;
  const traceExport = resolveTraceExport(env);
  const fromEnv = resourceFromEnv(env);
  for (const warning of [...traceExport.warnings, ...fromEnv.warnings]) diag.warn(warning);
  const serviceName = fromEnv.serviceName ?? options.serviceName;
  const processors = [...exportProcessors(traceExport), ...(options.spanProcessors ?? [])];
  // NodeSDK registers no tracer provider without a processor; we always want one.
  const sdkProcessors = processors.length > 0 ? processors : [new NoopSpanProcessor()];
  const prometheus = options.prometheus ? new PrometheusExporter({ preventServerStart: true }) : undefined;
  const resource = await detectResource(options.serviceVersion, resourceFromAttributes(fromEnv.attributes));

  const sdk = new NodeSDK({
    serviceName,
    resource,
    autoDetectResources: false,
    instrumentations: [],
    // Explicit (even empty) lists stop NodeSDK from building its env-default OTLP exporters.
    spanProcessors: sdkProcessors,
    metricReaders: prometheus ? [prometheus] : [],
    logRecordProcessors: [],
    sampler: new ParentBasedSampler({ root: new AlwaysOnSampler() }),
    // One rpc.message event per streamed chunk: a minute of audio is ~600 chunks, far past the
    // SDK's default of 128 events per span. OTEL_SPAN_EVENT_COUNT_LIMIT still wins when set.
    spanLimits: { eventCountLimit: eventCountLimit(env) },
    textMapPropagator: new CompositePropagator({
      propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
    }),
  });
  sdk.start();

  let stopping: Promise<void> | undefined;
  return {
    serviceName,
    traceExport,
    metricsHandler(req, res) {
      if (prometheus) {
        prometheus.getMetricsRequestHandler(req, res);
        return;
      }
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('# metrics are off: start telemetry with prometheus: true\n');
    },
    async forceFlush() {
      await Promise.all(processors.map((p) => p.forceFlush()));
    },
    shutdown() {
      stopping ??= sdk.shutdown().finally(() => {
        trace.disable();
        propagation.disable();
        context.disable();
        if (prometheus) metrics.disable();
        release();
      });
      return stopping;
    },
  };
}
