import { context, diag, metrics, propagation, trace } from '@opentelemetry/api';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { defaultResource, detectResources, hostDetector, processDetector, resourceFromAttributes, } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { AlwaysOnSampler, BatchSpanProcessor, ConsoleSpanExporter, NoopSpanProcessor, ParentBasedSampler, SimpleSpanProcessor, } from '@opentelemetry/sdk-trace-base';
import { ATTR } from './attributes.js';
import { resolveTraceExport } from './export-config.js';
import { resourceFromEnv } from './resource-env.js';
import { createOtlpSpanExporter } from './span-exporters.js';
const SLOT = Symbol.for('troupe.telemetry');
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
export function startTelemetry(options) {
    const slot = globalThis;
    const running = slot[SLOT];
    if (running !== undefined) {
        diag.warn('startTelemetry called while telemetry is running; returning the running instance', { requested: options.serviceName });
        return running;
    }
    const started = start(options, () => {
        if (slot[SLOT] === started)
            Reflect.deleteProperty(slot, SLOT);
    });
    slot[SLOT] = started;
    started.catch(() => {
        if (slot[SLOT] === started)
            Reflect.deleteProperty(slot, SLOT);
    });
    return started;
}
function exportProcessors(config) {
    const processors = [];
    if (config.otlp) {
        const exporter = createOtlpSpanExporter(config.otlp.protocol, config.otlp.url, config.otlp.headers);
        processors.push(new BatchSpanProcessor(exporter, { scheduledDelayMillis: config.scheduledDelayMillis }));
    }
    if (config.console)
        processors.push(new SimpleSpanProcessor(new ConsoleSpanExporter()));
    return processors;
}
/**
 * Detects the resource (process, host) and waits for its async attributes
 * (host.id), so exporters never wait for them: an in-memory exporter then sees a
 * span as soon as it ends. `OTEL_RESOURCE_ATTRIBUTES` (read from `fromEnv`, not
 * process.env) is merged over what was detected and over our `service.version`:
 * the operator's word wins.
 */
async function detectResource(serviceVersion, fromEnv) {
    const detected = detectResources({ detectors: [processDetector, hostDetector] });
    await detected.waitForAsyncAttributes?.();
    const ours = serviceVersion ? { [ATTR.SERVICE_VERSION]: serviceVersion } : {};
    return defaultResource().merge(detected).merge(resourceFromAttributes(ours)).merge(fromEnv);
}
/** Default events per span: enough for every chunk of a long stream (each event is ~100 bytes). */
export const DEFAULT_EVENT_COUNT_LIMIT = 20_000;
function eventCountLimit(env) {
    const raw = Number(env.OTEL_SPAN_EVENT_COUNT_LIMIT);
    return Number.isInteger(raw) && raw >= 0 ? raw : DEFAULT_EVENT_COUNT_LIMIT;
}
async function start(options, release) {
    const env = options.env ?? process.env;
    const traceExport = resolveTraceExport(env);
    const fromEnv = resourceFromEnv(env);
    for (const warning of [...traceExport.warnings, ...fromEnv.warnings])
        diag.warn(warning);
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
    let stopping;
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
                if (prometheus)
                    metrics.disable();
                release();
            });
            return stopping;
        },
    };
}
//# sourceMappingURL=setup.js.map