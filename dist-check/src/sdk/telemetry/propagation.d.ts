import type { Metadata } from '@grpc/grpc-js';
import { type Context } from '@opentelemetry/api';
import { type MsgHdrs } from 'nats';
/** Writes the trace context of `ctx` (traceparent, tracestate, baggage) into gRPC metadata. */
export declare function injectMetadata(ctx: Context, metadata: Metadata): void;
/**
 * Reads a trace context from gRPC metadata on top of `base`.
 * @param base the context to extend. @default ROOT_CONTEXT (a server call has no meaningful active context)
 */
export declare function extractMetadata(metadata: Metadata, base?: Context): Context;
/** Writes the trace context of `ctx` into NATS message headers (create them with `headers()` from 'nats'). */
export declare function injectNatsHeaders(ctx: Context, headers: MsgHdrs): void;
/**
 * Reads a trace context from NATS message headers; messages without headers give `base`.
 * @param base @default ROOT_CONTEXT
 */
export declare function extractNatsHeaders(headers: MsgHdrs | undefined, base?: Context): Context;
/**
 * The W3C `traceparent` of the span in `ctx`, e.g. to embed in a streamed chunk;
 * `''` when `ctx` holds no valid span context.
 * @example traceparentOf(ctx) // '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'
 */
export declare function traceparentOf(ctx: Context): string;
/**
 * A context whose remote parent is the given `traceparent`; an empty or invalid
 * string gives `base` unchanged.
 * @param base @default ROOT_CONTEXT
 */
export declare function contextFromTraceparent(traceparent: string, base?: Context): Context;
/**
 * A context whose remote parent is the given `traceparent` with its `tracestate`, both as a peer
 * sent them inside a message (a SubmitTasks submit): values that could not be trace headers
 * ({@link traceHeaderValue}) or do not parse give `base` unchanged.
 * @param base @default ROOT_CONTEXT
 */
export declare function contextFromTraceHeaders(traceparent: string, tracestate: string, base?: Context): Context;
/** Longest trace header value accepted from a peer (W3C caps tracestate at 512 characters). */
export declare const MAX_TRACE_HEADER_CHARS = 512;
/**
 * `value` when it can travel as a gRPC metadata value and is short enough to be a
 * trace header (printable ASCII, at most {@link MAX_TRACE_HEADER_CHARS}); undefined
 * otherwise. `Metadata.set` throws on anything else, so peer-supplied trace fields
 * (a Channel message's traceparent) go through this first.
 * @example traceHeaderValue('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01') // the same string
 */
export declare function traceHeaderValue(value: string): string | undefined;
/** The hex trace id of the span in `ctx`, or `''` when there is no valid one. */
export declare function traceIdOf(ctx: Context): string;
