import { IncomingMessage } from 'node:http';
import net from 'node:net';
import { isSpanContextValid } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ATTR, getTracer, instruments, resolveTraceExport, resourceFromEnv, startTelemetry } from '../../src/sdk/telemetry/index.js';
describe('resolveTraceExport', () => {
    it('exports nothing when no OTEL variable is set', () => {
        expect(resolveTraceExport({})).toEqual({ console: false, scheduledDelayMillis: 200, warnings: [] });
    });
    it('exports OTLP http/protobuf to <endpoint>/v1/traces when OTEL_EXPORTER_OTLP_ENDPOINT is set', () => {
        const config = resolveTraceExport({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://jaeger:4318', OTEL_EXPORTER_OTLP_HEADERS: 'a=1,b=2' });
        expect(config.otlp).toEqual({ protocol: 'http/protobuf', url: 'http://jaeger:4318/v1/traces', headers: { a: '1', b: '2' } });
    });
    it('uses the traces endpoint as given and the traces protocol over the general one', () => {
        const config = resolveTraceExport({
            OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:9999/custom',
            OTEL_EXPORTER_OTLP_ENDPOINT: 'http://ignored:4318',
            OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
            OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
        });
        expect(config.otlp).toMatchObject({ protocol: 'http/json', url: 'http://collector:9999/custom' });
    });
    it('does not append a path for grpc', () => {
        expect(resolveTraceExport({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://jaeger:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }).otlp?.url).toBe('http://jaeger:4317');
    });
    it('honours OTEL_TRACES_EXPORTER: none wins over an endpoint, otlp alone uses the spec default, console is separate', () => {
        expect(resolveTraceExport({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4318' }).otlp).toBeUndefined();
        expect(resolveTraceExport({ OTEL_TRACES_EXPORTER: 'otlp' }).otlp?.url).toBe('http://localhost:4318/v1/traces');
        const consoleOnly = resolveTraceExport({ OTEL_TRACES_EXPORTER: 'console', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4318' });
        expect(consoleOnly.console).toBe(true);
        expect(consoleOnly.otlp).toBeUndefined();
    });
    it('reads OTEL_BSP_SCHEDULE_DELAY and reports bad values instead of throwing', () => {
        expect(resolveTraceExport({ OTEL_BSP_SCHEDULE_DELAY: '50' }).scheduledDelayMillis).toBe(50);
        const bad = resolveTraceExport({ OTEL_BSP_SCHEDULE_DELAY: 'soon', OTEL_TRACES_EXPORTER: 'zipkin' });
        expect(bad.scheduledDelayMillis).toBe(200);
        expect(bad.warnings).toHaveLength(2);
    });
});
describe('resourceFromEnv', () => {
    it('reads nothing from an empty environment', () => {
        expect(resourceFromEnv({})).toEqual({ attributes: {}, warnings: [] });
    });
    it('drops a malformed OTEL_RESOURCE_ATTRIBUTES whole, with a warning, and keeps OTEL_SERVICE_NAME', () => {
        const read = resourceFromEnv({ OTEL_RESOURCE_ATTRIBUTES: 'a=1,oops', OTEL_SERVICE_NAME: ' svc ' });
        expect(read.attributes).toEqual({ 'service.name': 'svc' });
        expect(read.serviceName).toBe('svc');
        expect(read.warnings).toEqual(['OTEL_RESOURCE_ATTRIBUTES ignored: "oops" is not key=value']);
        expect(resourceFromEnv({ OTEL_RESOURCE_ATTRIBUTES: 'a=%E0%A4%A' }).warnings[0]).toMatch(/a is not valid percent-encoding/);
        expect(resourceFromEnv({ OTEL_RESOURCE_ATTRIBUTES: '=x' }).warnings).toHaveLength(1);
    });
    it('keeps = inside values and skips empty pairs', () => {
        expect(resourceFromEnv({ OTEL_RESOURCE_ATTRIBUTES: 'k=a=b,, x = y ' }).attributes).toEqual({ k: 'a=b', x: 'y' });
    });
});
function fakeResponse() {
    let resolve;
    const body = new Promise((r) => (resolve = r));
    const res = {
        statusCode: 200,
        setHeader: () => undefined,
        writeHead(status) {
            this.statusCode = status;
            return this;
        },
        end(text) {
            resolve({ status: this.statusCode, text: text ?? '' });
        },
    };
    return { res: res, body };
}
describe('startTelemetry', () => {
    let telemetry;
    afterEach(async () => {
        vi.restoreAllMocks();
        await telemetry?.shutdown();
        telemetry = undefined;
    });
    it('with no OTEL env, exports nothing and opens no socket, yet spans have valid trace ids', async () => {
        const connect = vi.spyOn(net.Socket.prototype, 'connect');
        telemetry = await startTelemetry({ serviceName: 'quiet', env: {} });
        expect(telemetry.traceExport.otlp).toBeUndefined();
        const span = getTracer().startSpan('work');
        expect(isSpanContextValid(span.spanContext())).toBe(true);
        span.end();
        await telemetry.forceFlush();
        await telemetry.shutdown();
        expect(connect).not.toHaveBeenCalled();
    });
    it('sends spans to injected processors with the service name and version', async () => {
        const exporter = new InMemorySpanExporter();
        telemetry = await startTelemetry({ serviceName: 'svc', serviceVersion: '1.2.3', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
        getTracer().startSpan('one').end();
        const [span] = exporter.getFinishedSpans();
        expect(span?.name).toBe('one');
        expect(span?.resource.attributes[ATTR.SERVICE_NAME]).toBe('svc');
        expect(span?.resource.attributes[ATTR.SERVICE_VERSION]).toBe('1.2.3');
    });
    it('OTEL_SERVICE_NAME wins over the default name and OTEL_RESOURCE_ATTRIBUTES is merged into the resource', async () => {
        const exporter = new InMemorySpanExporter();
        telemetry = await startTelemetry({
            serviceName: 'voice-forge',
            serviceVersion: '1.0.0',
            env: { OTEL_SERVICE_NAME: 'voice-eu-1', OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=prod,team=audio%20crew,service.name=ignored' },
            spanProcessors: [new SimpleSpanProcessor(exporter)],
        });
        expect(telemetry.serviceName).toBe('voice-eu-1');
        getTracer().startSpan('one').end();
        const attributes = exporter.getFinishedSpans()[0]?.resource.attributes;
        expect(attributes).toMatchObject({ [ATTR.SERVICE_NAME]: 'voice-eu-1', [ATTR.SERVICE_VERSION]: '1.0.0', 'deployment.environment': 'prod', team: 'audio crew' });
        // Still detected: the process's attributes are merged, not replaced.
        expect(attributes?.['process.pid']).toBe(process.pid);
    });
    it('service.name in OTEL_RESOURCE_ATTRIBUTES names the service when OTEL_SERVICE_NAME is not set', async () => {
        const exporter = new InMemorySpanExporter();
        telemetry = await startTelemetry({ serviceName: 'troupe-cli', env: { OTEL_RESOURCE_ATTRIBUTES: 'service.name=ops-cli,service.version=7' }, spanProcessors: [new SimpleSpanProcessor(exporter)] });
        getTracer().startSpan('one').end();
        expect(exporter.getFinishedSpans()[0]?.resource.attributes).toMatchObject({ [ATTR.SERVICE_NAME]: 'ops-cli', [ATTR.SERVICE_VERSION]: '7' });
    });
    it('returns the running instance on a second call and starts afresh after shutdown', async () => {
        const first = await startTelemetry({ serviceName: 'first', env: {} });
        const again = await startTelemetry({ serviceName: 'second', env: {} });
        expect(again).toBe(first);
        await first.shutdown();
        await first.shutdown(); // idempotent
        const exporter = new InMemorySpanExporter();
        telemetry = await startTelemetry({ serviceName: 'third', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
        expect(telemetry).not.toBe(first);
        getTracer().startSpan('after-restart').end();
        expect(exporter.getFinishedSpans().map((s) => s.resource.attributes[ATTR.SERVICE_NAME])).toEqual(['third']);
    });
    it('serves Prometheus text when metrics are on, and 404 when off', async () => {
        telemetry = await startTelemetry({ serviceName: 'metrics', env: {}, prometheus: true });
        instruments().tasks.add(2, { [ATTR.CAPABILITY]: 'tts', [ATTR.OUTCOME]: 'completed' });
        const on = fakeResponse();
        telemetry.metricsHandler(new IncomingMessage(new net.Socket()), on.res);
        const served = await on.body;
        expect(served.status).toBe(200);
        expect(served.text).toMatch(/troupe_tasks(_total)?\{[^}]*troupe_capability="tts"[^}]*\} 2/);
        await telemetry.shutdown();
        telemetry = await startTelemetry({ serviceName: 'no-metrics', env: {} });
        const off = fakeResponse();
        telemetry.metricsHandler(new IncomingMessage(new net.Socket()), off.res);
        expect((await off.body).status).toBe(404);
    });
});
//# sourceMappingURL=telemetry-setup.test.js.map