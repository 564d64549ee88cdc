import { type Interceptor } from '@grpc/grpc-js';
import { type ChunkFacts } from './rpc-spans.js';
/** Options of {@link createTracingInterceptor}. */
export interface TracingInterceptorOptions {
    /** The channel target (`host:port`), reported as `server.address`/`server.port`. @default the connected peer */
    target?: string;
    /**
     * One `rpc.message` event per streamed message. Turn it off for a long-lived
     * stream that carries many calls, each traced with a span of its own.
     * @default true
     */
    messageEvents?: boolean;
    /**
     * Finds the chunk in a streamed message, so its event carries `troupe.chunk.*`.
     * Give one for calls whose messages stay bytes (a relay's raw deserializer).
     * @default chunkOfMessage (decoded messages with a `chunk` field)
     */
    chunkOf?: (message: unknown) => ChunkFacts | undefined;
    /**
     * Start each call's span as the root of a trace of its own, linked to the
     * active span instead of parented under it: for a long-lived stream that
     * outlives whichever operation happened to open it.
     * @default false
     */
    ownTrace?: boolean;
}
/**
 * A grpc-js client interceptor that traces each call with one CLIENT span named
 * `<service>/<method>`: a child of the context active when the call is made, with
 * `rpc.*` and `server.address` attributes, the W3C trace context injected into the
 * outgoing metadata, one `rpc.message` event per streamed message, and exactly one
 * end when the status arrives (OK, error, or CANCELLED after a client cancel),
 * with `setGrpcStatus` deciding ERROR — except that a cancel made on this side
 * (`call.cancel()`) is the caller's choice, not a failure: CANCELLED is recorded
 * in `rpc.grpc.status_code` and `troupe.error.code`, and the status stays UNSET.
 * It also records `rpc_client_duration_seconds`.
 *
 * The parent is read when the call is made. Code that holds an explicit context
 * (anything inside an async generator) must make the call inside
 * `context.with(ctx, () => client.method(...))`.
 *
 * @example
 * const client = new AgentClient(address, credentials, { interceptors: [createTracingInterceptor({ target: address })] });
 */
export declare function createTracingInterceptor(options?: TracingInterceptorOptions): Interceptor;
/** {@link createTracingInterceptor} without a target: `server.address` comes from the connected peer. */
export declare const tracingInterceptor: Interceptor;
