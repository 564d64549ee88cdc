import { IncomingMessage, type ServerResponse } from 'node:http';
import net from 'node:net';
import { isSpanContextValid } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ATTR, getTracer, instruments, resolveTraceExport, startTelemetry, type Telemetry } from '../../src/sdk/telemetry/index.js';

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
    expect(resolveTraceExport({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://jaeger:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }).otlp?.url).toBe(
      'http://jaeger:4317',
    );
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

function fakeResponse(): { res: ServerResponse; body: Promise<{ status: number; text: string }> } {
  let resolve!: (v: { status: number; text: string }) => void;
  const body = new Promise<{ status: number; text: string }>((r) => (resolve = r));
  const res = {
    statusCode: 200,
    setHeader: () => undefined,
    writeHead(status: number) {
      this.statusCode = status;
      return this;
    },
    end(text?: string) {
      resolve({ status: this.statusCode, text: text ?? '' });
    },
  };
  return { res: res as unknown as ServerResponse, body };
}

describe('startTelemetry', () => {
  let telemetry: Telemetry | undefined;
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
