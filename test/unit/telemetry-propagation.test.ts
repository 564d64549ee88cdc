import { Metadata } from '@grpc/grpc-js';
import { ROOT_CONTEXT, propagation, trace, type Context } from '@opentelemetry/api';
import { headers } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contextFromTraceHeaders,
  contextFromTraceparent,
  extractMetadata,
  extractNatsHeaders,
  getTracer,
  injectMetadata,
  injectNatsHeaders,
  startTelemetry,
  traceIdOf,
  traceparentOf,
  type Telemetry,
} from '../../src/sdk/telemetry/index.js';
import { MAX_TRACE_HEADER_CHARS, traceHeaderValue } from '../../src/sdk/telemetry/propagation.js';

let telemetry: Telemetry;
beforeAll(async () => {
  telemetry = await startTelemetry({ serviceName: 'propagation-test', env: {} });
});
afterAll(() => telemetry.shutdown());

function spanContextIn(): { ctx: Context; traceId: string; spanId: string } {
  const span = getTracer().startSpan('origin');
  span.end();
  const { traceId, spanId } = span.spanContext();
  return { ctx: trace.setSpan(ROOT_CONTEXT, span), traceId, spanId };
}

describe('gRPC metadata', () => {
  it('round-trips traceparent and baggage', () => {
    const origin = spanContextIn();
    const withBaggage = propagation.setBaggage(origin.ctx, propagation.createBaggage({ run_id: { value: 'r-1' } }));
    const metadata = new Metadata();
    injectMetadata(withBaggage, metadata);
    expect(metadata.get('traceparent')).toEqual([traceparentOf(origin.ctx)]);

    const extracted = extractMetadata(metadata);
    const remote = trace.getSpanContext(extracted);
    expect(remote).toMatchObject({ traceId: origin.traceId, spanId: origin.spanId, isRemote: true });
    expect(propagation.getBaggage(extracted)?.getEntry('run_id')?.value).toBe('r-1');
  });

  it('reads a tracestate sent in several entries as one list, and no tracestate as none', () => {
    const origin = spanContextIn();
    const metadata = new Metadata();
    metadata.set('traceparent', traceparentOf(origin.ctx));
    expect(trace.getSpanContext(extractMetadata(metadata))?.traceState).toBeUndefined();
    metadata.add('tracestate', 'a=1');
    metadata.add('tracestate', 'b=2');
    expect(trace.getSpanContext(extractMetadata(metadata))?.traceState?.serialize()).toBe('a=1,b=2');
  });

  it('gives the base context when the metadata carries nothing', () => {
    expect(trace.getSpanContext(extractMetadata(new Metadata()))).toBeUndefined();
  });

  it('makes a server span a child of the caller', () => {
    const origin = spanContextIn();
    const metadata = new Metadata();
    injectMetadata(origin.ctx, metadata);
    const child = getTracer().startSpan('server', {}, extractMetadata(metadata));
    expect(child.spanContext().traceId).toBe(origin.traceId);
    child.end();
  });
});

describe('NATS headers', () => {
  it('round-trips traceparent', () => {
    const origin = spanContextIn();
    const h = headers();
    injectNatsHeaders(origin.ctx, h);
    expect(h.get('traceparent')).toBe(traceparentOf(origin.ctx));
    expect(trace.getSpanContext(extractNatsHeaders(h))).toMatchObject({ traceId: origin.traceId, spanId: origin.spanId, isRemote: true });
  });

  it('reads a header written with other casing by another client', () => {
    const origin = spanContextIn();
    const h = headers();
    h.set('Traceparent', traceparentOf(origin.ctx));
    expect(traceIdOf(extractNatsHeaders(h))).toBe(origin.traceId);
  });

  it('gives the base context for a message without headers', () => {
    expect(extractNatsHeaders(undefined)).toBe(ROOT_CONTEXT);
  });
});

describe('traceparent strings', () => {
  it('are empty without a valid span and round-trip with one', () => {
    expect(traceparentOf(ROOT_CONTEXT)).toBe('');
    const origin = spanContextIn();
    const tp = traceparentOf(origin.ctx);
    expect(tp).toBe(`00-${origin.traceId}-${origin.spanId}-01`);
    const ctx = contextFromTraceparent(tp);
    expect(trace.getSpanContext(ctx)).toMatchObject({ traceId: origin.traceId, spanId: origin.spanId });
    expect(traceIdOf(ctx)).toBe(origin.traceId);
  });

  it('ignore empty and malformed input', () => {
    expect(contextFromTraceparent('')).toBe(ROOT_CONTEXT);
    expect(traceIdOf(contextFromTraceparent('not-a-traceparent'))).toBe('');
    expect(traceIdOf(ROOT_CONTEXT)).toBe('');
  });
});

describe('trace headers a peer sent inside a message', () => {
  const TP = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

  it('make a remote parent, with its tracestate when there is one', () => {
    expect(trace.getSpanContext(contextFromTraceHeaders(TP, ''))).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', isRemote: true });
    expect(trace.getSpanContext(contextFromTraceHeaders(TP, ''))?.traceState).toBeUndefined();
    const withState = trace.getSpanContext(contextFromTraceHeaders(TP, 'vendor=x'));
    expect(withState).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736' });
    expect(withState?.traceState?.get('vendor')).toBe('x');
  });

  it('give the base context when the traceparent could not be a header, and drop such a tracestate', () => {
    expect(contextFromTraceHeaders(`${TP}\n`, 'vendor=x')).toBe(ROOT_CONTEXT);
    const ctx = contextFromTraceHeaders(TP, 'vendor=\u00e9');
    expect(traceIdOf(ctx)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(trace.getSpanContext(ctx)?.traceState).toBeUndefined();
  });

  it('are accepted up to 512 printable ASCII characters', () => {
    expect(MAX_TRACE_HEADER_CHARS).toBe(512);
    expect(traceHeaderValue('a'.repeat(512))).toBe('a'.repeat(512));
    expect(traceHeaderValue('a'.repeat(513))).toBeUndefined();
    expect(traceHeaderValue(' ~')).toBe(' ~');
    expect(traceHeaderValue('tab\there')).toBeUndefined();
  });
});
