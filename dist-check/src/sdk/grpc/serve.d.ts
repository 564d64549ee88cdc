import type * as grpc from '@grpc/grpc-js';
import { type Attributes, type Context, type Span } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { type Principal } from '../security/scopes.js';
/** What a served call's implementation gets besides the call itself. */
export interface ServedCall {
    readonly span: Span;
    readonly traceContext: Context;
    /** The verified caller ({@link ANONYMOUS} when the server has no guard). */
    readonly principal: Principal;
}
/**
 * @internal A call that brings its caller's trace context itself, under this key, instead of in
 * metadata: a task on an AgentService.Channel stream (its message carries the traceparent).
 */
export declare const CALLER_CONTEXT: unique symbol;
/** The call as a guard sees it: its metadata and transport identity. */
export type GuardedCall = Pick<grpc.ServerUnaryCall<unknown, unknown>, 'metadata' | 'getPeer' | 'getAuthContext'> & {
    readonly request?: unknown;
};
/**
 * The one verification point of a server's handlers: `admit` authenticates the call
 * and checks the method's scope (throwing UNAUTHENTICATED / PERMISSION_DENIED), inside
 * the call's span; `settle` hears how an admitted call ended (unary calls always, streams when they fail),
 * for the audit log.
 */
export interface ServeGuard {
    admit(fullPath: string, call: GuardedCall, served: Omit<ServedCall, 'principal'>): Promise<Principal>;
    settle?(fullPath: string, principal: Principal, request: unknown, outcome: {
        response: unknown;
    } | {
        error: unknown;
    }, served: Omit<ServedCall, 'principal'>): void;
}
/** Logger and base span attributes for the handlers of one server. */
export interface ServeOptions {
    logger: Logger;
    attributes?: Attributes;
    /** Authentication, scopes and audit for every call. @default none: every caller is {@link ANONYMOUS} */
    guard?: ServeGuard;
}
/**
 * Wraps a unary implementation: a SERVER span (parent from the caller's
 * `traceparent`) active while it runs, its error mapped once with `toGrpcStatus`,
 * the span ended exactly once with `rpc.grpc.status_code`, the duration counted,
 * and unexpected errors logged with their stack (the caller sees a generic message).
 */
export declare function serveUnary<Req, Res>(fullPath: string, options: ServeOptions, impl: (call: grpc.ServerUnaryCall<Req, Res>, served: ServedCall) => Promise<Res>): grpc.handleUnaryCall<Req, Res>;
/**
 * Wraps a server-streaming implementation: like {@link serveUnary}; the
 * implementation writes messages (waiting for 'drain' when `write` returns false)
 * and returns when done. The stream is ended with OK, with the error's status, or
 * recorded as CANCELLED when the client went away — the span ends exactly once.
 */
export declare function serveServerStream<Req, Res>(fullPath: string, options: ServeOptions, impl: (call: grpc.ServerWritableStream<Req, Res>, served: ServedCall) => Promise<void>): grpc.handleServerStreamingCall<Req, Res>;
/** Options of {@link serveBidiStream}. */
export interface BidiServeOptions {
    /**
     * Record the stream in `rpc_server_duration_seconds` when it ends. Off for a stream that records
     * each unit of work it carries itself (SubmitTasks: one observation per task); a stream refused
     * before its implementation ran (authentication, scope) is recorded either way. @default true
     */
    recordDuration?: boolean;
}
/**
 * Wraps a bidirectional-streaming implementation like {@link serveServerStream}: one SERVER span
 * for the whole stream, the guard consulted once when it opens (not per message), and the
 * stream ended with OK when the implementation resolves, with the error's status when it
 * rejects, or recorded as CANCELLED when the client went away.
 */
export declare function serveBidiStream<Req, Res>(fullPath: string, options: ServeOptions, impl: (call: grpc.ServerDuplexStream<Req, Res>, served: ServedCall) => Promise<void>, bidi?: BidiServeOptions): grpc.handleBidiStreamingCall<Req, Res>;
/** Writes one message, waiting for 'drain' when the transport is full; rejects if the call ends first. */
export declare function writeWithBackpressure<Res>(call: grpc.ServerWritableStream<unknown, Res>, message: Res): Promise<void>;
