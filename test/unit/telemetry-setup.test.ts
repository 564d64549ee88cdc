import { IncomingMessage, type ServerResponse } from 'node:http';
import net from 'node:net';
import { isSpanContextValid } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ATTR, getTracer, instruments, resolveTraceExport, resourceFromEnv, startTelemetry, type Telemetry } from '../../src/sdk/telemetry/index.js';

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

  it('takes a delay of 0, refuses a negative one, and says what it ignored', () => {
    expect(resolveTraceExport({ OTEL_BSP_SCHEDULE_DELAY: '0' })).toEqual({ console: false, scheduledDelayMillis: 0, warnings: [] });
    expect(resolveTraceExport({ OTEL_BSP_SCHEDULE_DELAY: '-5' })).toEqual({ console: false, scheduledDelayMillis: 200, warnings: ['invalid OTEL_BSP_SCHEDULE_DELAY "-5" ignored'] });
    expect(resolveTraceExport({ OTEL_BSP_SCHEDULE_DELAY: 'Infinity' })).toMatchObject({ scheduledDelayMillis: 200, warnings: ['invalid OTEL_BSP_SCHEDULE_DELAY "Infinity" ignored'] });
    expect(resolveTraceExport({ OTEL_TRACES_EXPORTER: 'Zipkin, otlp' }).warnings).toEqual(['unsupported OTEL_TRACES_EXPORTER value "zipkin" ignored']);
  });

  it('lets none win over every other exporter named with it', () => {
    expect(resolveTraceExport({ OTEL_TRACES_EXPORTER: 'otlp,console,none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4318' })).toEqual({ console: false, scheduledDelayMillis: 200, warnings: [] });
  });

  it('reads exporter names case-blind, skips blank and "null" ones, and treats blank variables as unset', () => {
    expect(resolveTraceExport({ OTEL_TRACES_EXPORTER: ' OTLP , ,null, Console ' })).toMatchObject({ console: true, otlp: { url: 'http://localhost:4318/v1/traces' }, warnings: [] });
    expect(resolveTraceExport({ OTEL_TRACES_EXPORTER: 'null', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4318' }).otlp?.url).toBe('http://x:4318/v1/traces');
    expect(resolveTraceExport({ OTEL_EXPORTER_OTLP_ENDPOINT: '   ', OTEL_TRACES_EXPORTER: ' ' })).toEqual({ console: false, scheduledDelayMillis: 200, warnings: [] });
    expect(resolveTraceExport({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://t:4318/x' }).otlp?.url).toBe('http://t:4318/x');
  });

  it('exports to the console and over OTLP when both are named', () => {
    expect(resolveTraceExport({ OTEL_TRACES_EXPORTER: 'console,otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4318/' })).toEqual({
      otlp: { protocol: 'http/protobuf', url: 'http://x:4318/v1/traces', headers: {} },
      console: true,
      scheduledDelayMillis: 200,
      warnings: [],
    });
  });

  it('falls back to http/protobuf on an unknown protocol, with a warning, and to the gRPC default port for grpc', () => {
    expect(resolveTraceExport({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'HTTP/Thrift' })).toMatchObject({
      otlp: { protocol: 'http/protobuf', url: 'http://localhost:4318/v1/traces' },
      warnings: ['unsupported OTLP protocol "http/thrift"; using http/protobuf'],
    });
    expect(resolveTraceExport({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'GRPC' }).otlp).toEqual({ protocol: 'grpc', url: 'http://localhost:4317', headers: {} });
    expect(resolveTraceExport({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://t:4317', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }).otlp?.url).toBe('http://t:4317');
  });

  it('sends the general headers and the traces headers, the traces ones winning', () => {
    const config = resolveTraceExport({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4318', OTEL_EXPORTER_OTLP_HEADERS: 'a=1,b=2', OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'b=3,c=4' });
    expect(config.otlp?.headers).toEqual({ a: '1', b: '3', c: '4' });
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

  it('says which pair is malformed and how', () => {
    const warning = (list: string) => resourceFromEnv({ OTEL_RESOURCE_ATTRIBUTES: list }).warnings;
    expect(warning('a=1,=x')).toEqual(['OTEL_RESOURCE_ATTRIBUTES ignored: "=x" is not key=value']);
    expect(warning('a=1, =x')).toEqual(['OTEL_RESOURCE_ATTRIBUTES ignored: "=x" has an empty key']);
    expect(resourceFromEnv({ OTEL_RESOURCE_ATTRIBUTES: ' =x' }).attributes).toEqual({});
  });

  it('percent-decodes values', () => {
    expect(resourceFromEnv({ OTEL_RESOURCE_ATTRIBUTES: 'team=voice%2Ceu,note=a%20b' }).attributes).toEqual({ team: 'voice,eu', note: 'a b' });
  });

  it('takes the service name from service.name when OTEL_SERVICE_NAME is unset or blank, and from OTEL_SERVICE_NAME over it', () => {
    expect(resourceFromEnv({ OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-list' })).toEqual({ attributes: { 'service.name': 'from-list' }, serviceName: 'from-list', warnings: [] });
    expect(resourceFromEnv({ OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-list', OTEL_SERVICE_NAME: '  ' }).serviceName).toBe('from-list');
    expect(resourceFromEnv({ OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-list', OTEL_SERVICE_NAME: 'named' }).attributes).toEqual({ 'service.name': 'named' });
    expect(resourceFromEnv({ OTEL_SERVICE_NAME: '  ', OTEL_RESOURCE_ATTRIBUTES: '  ' })).toStrictEqual({ attributes: {}, warnings: [] });
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
