import { Metadata } from '@grpc/grpc-js';
import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { NotFoundError, Status, UnavailableError } from '../../src/sdk/errors.js';
import {
  ATTR,
  addMessageEvent,
  chunkOfMessage,
  recordMessage,
  contextFromTraceparent,
  endSpanOnce,
  grpcSpanAttributes,
  grpcSpanName,
  injectMetadata,
  instrument,
  isErrorStatus,
  MESSAGE_EVENTS_PER_SPAN,
  setGrpcStatus,
  startServerSpan,
  startTelemetry,
  type Telemetry,
} from '../../src/sdk/telemetry/index.js';

const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
beforeAll(async () => {
  telemetry = await startTelemetry({ serviceName: 'instrument-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
});
afterAll(() => telemetry.shutdown());
beforeEach(() => exporter.reset());

function only(name: string): ReadableSpan {
  const spans = exporter.getFinishedSpans().filter((s) => s.name === name);
  expect(spans).toHaveLength(1);
  return spans[0]!;
}

describe('instrument()', () => {
  it('returns the result, makes the span active and ends it once', async () => {
    let seen: Span | undefined;
    let endSpy: MockInstance<Span['end']> | undefined;
    const result = await instrument('work', { attributes: { [ATTR.TASK_ID]: 't-1' } }, (span, ctx) => {
      seen = span;
      endSpy = vi.spyOn(span, 'end');
      expect(trace.getActiveSpan()).toBe(span);
      expect(trace.getSpan(ctx)).toBe(span);
      return 42;
    });
    expect(result).toBe(42);
    expect(endSpy).toHaveBeenCalledTimes(1);
    const span = only('work');
    expect(span.spanContext().spanId).toBe(seen?.spanContext().spanId);
    expect(span.attributes[ATTR.TASK_ID]).toBe('t-1');
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('nests under the active span, or under an explicit parent', async () => {
    await instrument('outer', {}, () => instrument('inner', {}, () => undefined));
    expect(only('inner').parentSpanContext?.spanId).toBe(only('outer').spanContext().spanId);

    const parent = contextFromTraceparent('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    await instrument('explicit', { parent }, () => undefined);
    expect(only('explicit').spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(only('explicit').parentSpanContext?.spanId).toBe('b7ad6b7169203331');
  });

  it('does not end twice when fn ends the span itself through endSpanOnce', async () => {
    let firstEnd: boolean | undefined;
    let endSpy: MockInstance<Span['end']> | undefined;
    await instrument('self-ended', {}, (span) => {
      endSpy = vi.spyOn(span, 'end');
      firstEnd = endSpanOnce(span);
    });
    expect(firstEnd).toBe(true);
    expect(endSpy).toHaveBeenCalledTimes(1);
    only('self-ended');
  });

  it('marks an unexpected error ERROR, records it and rethrows (sync throw too)', async () => {
    await expect(
      instrument('boom', {}, () => {
        throw new Error('disk on fire');
      }),
    ).rejects.toThrow('disk on fire');
    const span = only('boom');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'disk on fire' });
    expect(span.attributes[ATTR.ERROR_TYPE]).toBe('UNKNOWN');
    expect(span.events.map((e) => e.name)).toEqual(['exception']);
    expect(span.events[0]?.attributes?.['exception.type']).toBe('Error');
  });

  it('records a thrown value that is not an Error as an exception too, by its text', async () => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the case under test: code that rejects with a string
    await expect(instrument('odd', {}, () => Promise.reject('disk on fire'))).rejects.toBe('disk on fire');
    const span = only('odd');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'disk on fire' });
    expect(span.events.map((e) => [e.name, e.attributes?.['exception.message']])).toEqual([['exception', 'disk on fire']]);
  });

  it('records an expected TroupeError without ERROR on server and internal spans', async () => {
    for (const kind of [SpanKind.SERVER, SpanKind.INTERNAL]) {
      exporter.reset();
      await expect(instrument('lookup', { kind }, () => Promise.reject(new NotFoundError('no such run')))).rejects.toThrow();
      const span = only('lookup');
      expect(span.status.code).toBe(SpanStatusCode.UNSET);
      expect(span.attributes[ATTR.ERROR_CODE]).toBe('NOT_FOUND');
      expect(span.events[0]?.attributes?.['exception.type']).toBe('NotFoundError');
    }
  });

  it('marks a client span ERROR for any failure and a server span for UNAVAILABLE', async () => {
    await expect(instrument('call', { kind: SpanKind.CLIENT }, () => Promise.reject(new NotFoundError('gone')))).rejects.toThrow();
    expect(only('call').status.code).toBe(SpanStatusCode.ERROR);
    await expect(instrument('serve', { kind: SpanKind.SERVER }, () => Promise.reject(new UnavailableError('draining')))).rejects.toThrow();
    expect(only('serve').status.code).toBe(SpanStatusCode.ERROR);
  });

  it('treats an abort as CANCELLED, which is not a server-side error', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    await expect(instrument('aborted', {}, () => Promise.reject(abort))).rejects.toBe(abort);
    expect(only('aborted').status.code).toBe(SpanStatusCode.UNSET);
    expect(only('aborted').attributes[ATTR.ERROR_CODE]).toBe('CANCELLED');
  });
});

describe('gRPC span helpers', () => {
  it('applies the semconv status rule per span kind', () => {
    const serverErrors = [Status.UNKNOWN, Status.DEADLINE_EXCEEDED, Status.UNIMPLEMENTED, Status.INTERNAL, Status.UNAVAILABLE, Status.DATA_LOSS];
    const codes = Object.values(Status).filter((v): v is Status => typeof v === 'number');
    expect(codes).toHaveLength(17);
    for (const code of codes) {
      expect(isErrorStatus(SpanKind.CLIENT, code)).toBe(code !== Status.OK);
      expect(isErrorStatus(SpanKind.SERVER, code)).toBe(serverErrors.includes(code));
    }
  });

  it('setGrpcStatus sets the code attribute and ERROR only when the rule says so', () => {
    const tracer = trace.getTracer('t');
    const cases: [SpanKind, Status, SpanStatusCode][] = [
      [SpanKind.SERVER, Status.OK, SpanStatusCode.UNSET],
      [SpanKind.SERVER, Status.INVALID_ARGUMENT, SpanStatusCode.UNSET],
      [SpanKind.SERVER, Status.INTERNAL, SpanStatusCode.ERROR],
      [SpanKind.CLIENT, Status.INVALID_ARGUMENT, SpanStatusCode.ERROR],
    ];
    for (const [kind, code, expected] of cases) {
      exporter.reset();
      const span = tracer.startSpan('rpc', { kind });
      setGrpcStatus(span, kind, code, 'details');
      span.end();
      expect(only('rpc').attributes[ATTR.RPC_GRPC_STATUS_CODE]).toBe(code);
      expect(only('rpc').status.code).toBe(expected);
    }
  });

  it('names spans and attributes from the method path', () => {
    expect(grpcSpanName('/troupe.v1.AgentService/Execute')).toBe('troupe.v1.AgentService/Execute');
    expect(grpcSpanAttributes('/troupe.v1.AgentService/Execute')).toEqual({
      'rpc.system': 'grpc',
      'rpc.service': 'troupe.v1.AgentService',
      'rpc.method': 'Execute',
    });
  });

  it('adds rpc.message events with optional size and extras', () => {
    const span = trace.getTracer('t').startSpan('stream');
    addMessageEvent(span, 'SENT', 1, 640, { [ATTR.CHUNK_AUDIO_MS]: 20 });
    addMessageEvent(span, 'SENT', 2);
    span.end();
    expect(only('stream').events.map((e) => e.attributes)).toEqual([
      { 'rpc.message.type': 'SENT', 'rpc.message.id': 1, 'rpc.message.uncompressed_size': 640, 'troupe.chunk.audio_ms': 20 },
      { 'rpc.message.type': 'SENT', 'rpc.message.id': 2 },
    ]);
  });

  it('recordMessage numbers each direction from 1 and marks chunks with troupe.chunk.*', () => {
    const span = trace.getTracer('t').startSpan('numbered');
    expect(recordMessage(span, 'SENT')).toBe(1);
    expect(recordMessage(span, 'SENT', { size: 700, chunk: { sequence: 0, bytes: 640, audioMs: 20 } })).toBe(2);
    expect(recordMessage(span, 'RECEIVED')).toBe(1);
    expect(recordMessage(span, 'SENT', { chunk: { sequence: 1, bytes: 3, audioMs: 0 } })).toBe(3);
    span.end();
    expect(only('numbered').events.map((e) => e.attributes)).toEqual([
      { 'rpc.message.type': 'SENT', 'rpc.message.id': 1 },
      { 'rpc.message.type': 'SENT', 'rpc.message.id': 2, 'rpc.message.uncompressed_size': 700, 'troupe.chunk.sequence': 0, 'troupe.chunk.bytes': 640, 'troupe.chunk.audio_ms': 20 },
      { 'rpc.message.type': 'RECEIVED', 'rpc.message.id': 1 },
      { 'rpc.message.type': 'SENT', 'rpc.message.id': 3, 'troupe.chunk.sequence': 1, 'troupe.chunk.bytes': 3 },
    ]);
  });

  it('chunkOfMessage finds the chunk of a decoded streaming message, and nothing in others', () => {
    expect(chunkOfMessage({ chunk: { sequence: '12', data: Buffer.alloc(5), durationMs: 40 } })).toEqual({ sequence: 12, bytes: 5, audioMs: 40 });
    expect(chunkOfMessage({ type: 'chunk', chunk: { sequence: 3, data: new Uint8Array(2), durationMs: 0 } })).toEqual({ sequence: 3, bytes: 2 });
    for (const other of [{ progress: { fraction: 1 } }, { type: 'step.started', chunk: null }, { chunk: { sequence: '1' } }, Buffer.from([0x12, 0]), null, 'x']) {
      expect(chunkOfMessage(other)).toBeUndefined();
    }
  });

  it('recordMessage shares the per-span cap with addMessageEvent', () => {
    const span = trace.getTracer('t').startSpan('capped');
    for (let i = 1; i <= MESSAGE_EVENTS_PER_SPAN; i++) addMessageEvent(span, 'SENT', i);
    recordMessage(span, 'SENT', { chunk: { sequence: 0, bytes: 1 } });
    span.end();
    expect(only('capped').events).toHaveLength(MESSAGE_EVENTS_PER_SPAN);
    expect(only('capped').attributes[ATTR.MESSAGE_EVENTS_DROPPED]).toBe(1);
  });

  it('keeps at most MESSAGE_EVENTS_PER_SPAN message events and counts the rest', () => {
    const span = trace.getTracer('t').startSpan('long stream');
    for (let i = 1; i <= MESSAGE_EVENTS_PER_SPAN + 5; i++) addMessageEvent(span, 'RECEIVED', i);
    span.end();
    const ended = only('long stream');
    // The first ones are kept (the SDK's own limit would drop the oldest instead).
    expect(ended.events).toHaveLength(MESSAGE_EVENTS_PER_SPAN);
    expect(ended.events[0]?.attributes?.['rpc.message.id']).toBe(1);
    expect(ended.events.at(-1)?.attributes?.['rpc.message.id']).toBe(MESSAGE_EVENTS_PER_SPAN);
    expect(ended.droppedEventsCount).toBe(0);
    expect(ended.attributes[ATTR.MESSAGE_EVENTS_DROPPED]).toBe(5);
  });

  it('startServerSpan continues the caller trace from metadata, or starts a new one', () => {
    const caller = contextFromTraceparent('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    const metadata = new Metadata();
    injectMetadata(caller, metadata);
    const { span, ctx } = startServerSpan(metadata, '/troupe.v1.AgentService/ExecuteStream', { [ATTR.CAPABILITY]: 'tts' });
    expect(trace.getSpan(ctx)).toBe(span);
    endSpanOnce(span);
    expect(endSpanOnce(span)).toBe(false);
    const server = only('troupe.v1.AgentService/ExecuteStream');
    expect(server.kind).toBe(SpanKind.SERVER);
    expect(server.spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(server.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
    expect(server.attributes).toMatchObject({ 'rpc.method': 'ExecuteStream', [ATTR.CAPABILITY]: 'tts' });

    const root = startServerSpan(new Metadata(), '/x.Y/Z');
    endSpanOnce(root.span);
    expect(only('x.Y/Z').parentSpanContext).toBeUndefined();
  });
});
