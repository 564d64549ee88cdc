import { ROOT_CONTEXT, isSpanContextValid, propagation, trace, } from '@opentelemetry/api';
import { TRACE_PARENT_HEADER, W3CTraceContextPropagator } from '@opentelemetry/core';
import { Match } from 'nats';
// Carriers travel through the globally registered propagator (W3C trace context
// and baggage once startTelemetry has run), so OTEL-standard configuration applies.
const metadataSetter = {
    set(carrier, key, value) {
        carrier.set(key, value);
    },
};
const metadataGetter = {
    keys: (carrier) => Object.keys(carrier.getMap()),
    get(carrier, key) {
        const values = carrier.get(key).filter((v) => typeof v === 'string');
        if (values.length === 0)
            return undefined;
        return values.length === 1 ? values[0] : values;
    },
};
const natsSetter = {
    set(carrier, key, value) {
        carrier.set(key, value);
    },
};
const natsGetter = {
    keys: (carrier) => carrier.keys(),
    get(carrier, key) {
        // Other clients may canonicalise header names ("Traceparent"); match any case.
        return carrier.has(key, Match.IgnoreCase) ? carrier.get(key, Match.IgnoreCase) : undefined;
    },
};
/** Writes the trace context of `ctx` (traceparent, tracestate, baggage) into gRPC metadata. */
export function injectMetadata(ctx, metadata) {
    propagation.inject(ctx, metadata, metadataSetter);
}
/**
 * Reads a trace context from gRPC metadata on top of `base`.
 * @param base the context to extend. @default ROOT_CONTEXT (a server call has no meaningful active context)
 */
export function extractMetadata(metadata, base = ROOT_CONTEXT) {
    return propagation.extract(base, metadata, metadataGetter);
}
/** Writes the trace context of `ctx` into NATS message headers (create them with `headers()` from 'nats'). */
export function injectNatsHeaders(ctx, headers) {
    propagation.inject(ctx, headers, natsSetter);
}
/**
 * Reads a trace context from NATS message headers; messages without headers give `base`.
 * @param base @default ROOT_CONTEXT
 */
export function extractNatsHeaders(headers, base = ROOT_CONTEXT) {
    return headers ? propagation.extract(base, headers, natsGetter) : base;
}
// traceparent strings embedded in payloads (streamed chunks, stored runs) are W3C by
// definition, so they use the W3C propagator directly, independent of global setup.
const w3c = new W3CTraceContextPropagator();
const recordSetter = {
    set(carrier, key, value) {
        carrier[key] = value;
    },
};
const recordGetter = {
    keys: (carrier) => Object.keys(carrier),
    get: (carrier, key) => carrier[key],
};
/**
 * The W3C `traceparent` of the span in `ctx`, e.g. to embed in a streamed chunk;
 * `''` when `ctx` holds no valid span context.
 * @example traceparentOf(ctx) // '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'
 */
export function traceparentOf(ctx) {
    const carrier = {};
    w3c.inject(ctx, carrier, recordSetter);
    return carrier[TRACE_PARENT_HEADER] ?? '';
}
/**
 * A context whose remote parent is the given `traceparent`; an empty or invalid
 * string gives `base` unchanged.
 * @param base @default ROOT_CONTEXT
 */
export function contextFromTraceparent(traceparent, base = ROOT_CONTEXT) {
    if (traceparent === '')
        return base;
    return w3c.extract(base, { [TRACE_PARENT_HEADER]: traceparent }, recordGetter);
}
/**
 * A context whose remote parent is the given `traceparent` with its `tracestate`, both as a peer
 * sent them inside a message (a SubmitTasks submit): values that could not be trace headers
 * ({@link traceHeaderValue}) or do not parse give `base` unchanged.
 * @param base @default ROOT_CONTEXT
 */
export function contextFromTraceHeaders(traceparent, tracestate, base = ROOT_CONTEXT) {
    const parent = traceHeaderValue(traceparent);
    if (!parent)
        return base;
    const state = traceHeaderValue(tracestate);
    const carrier = state ? { [TRACE_PARENT_HEADER]: parent, tracestate: state } : { [TRACE_PARENT_HEADER]: parent };
    return w3c.extract(base, carrier, recordGetter);
}
/** Longest trace header value accepted from a peer (W3C caps tracestate at 512 characters). */
export const MAX_TRACE_HEADER_CHARS = 512;
/**
 * `value` when it can travel as a gRPC metadata value and is short enough to be a
 * trace header (printable ASCII, at most {@link MAX_TRACE_HEADER_CHARS}); undefined
 * otherwise. `Metadata.set` throws on anything else, so peer-supplied trace fields
 * (a Channel message's traceparent) go through this first.
 * @example traceHeaderValue('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01') // the same string
 */
export function traceHeaderValue(value) {
    return value.length <= MAX_TRACE_HEADER_CHARS && /^[\x20-\x7e]*$/.test(value) ? value : undefined;
}
/** The hex trace id of the span in `ctx`, or `''` when there is no valid one. */
export function traceIdOf(ctx) {
    const spanContext = trace.getSpanContext(ctx);
    return spanContext && isSpanContextValid(spanContext) ? spanContext.traceId : '';
}
//# sourceMappingURL=propagation.js.map