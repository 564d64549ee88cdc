import type { IncomingMessage, ServerResponse } from 'node:http';
import { type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { type TraceExportConfig } from './export-config.js';
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
export declare function startTelemetry(options: TelemetryOptions): Promise<Telemetry>;
/** Default events per span: enough for every chunk of a long stream (each event is ~100 bytes). */
export declare const DEFAULT_EVENT_COUNT_LIMIT = 20000;
