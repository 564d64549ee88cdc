import { Metadata } from '@grpc/grpc-js';
import { ROOT_CONTEXT, propagation, trace } from '@opentelemetry/api';
import { headers } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFromTraceparent, extractMetadata, extractNatsHeaders, getTracer, injectMetadata, injectNatsHeaders, startTelemetry, traceIdOf, traceparentOf, } from '../../src/sdk/telemetry/index.js';
let telemetry;
beforeAll(async () => {
    telemetry = await startTelemetry({ serviceName: 'propagation-test', env: {} });
});
afterAll(() => telemetry.shutdown());
function spanContextIn() {
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
//# sourceMappingURL=telemetry-propagation.test.js.map