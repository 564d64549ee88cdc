import type * as grpc from '@grpc/grpc-js';
import { context, SpanKind, type Attributes, type Context, type Span } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { Status, statusName, toGrpcStatus } from '../errors.js';
import { ANONYMOUS, type Principal } from '../security/scopes.js';
import { ATTR, grpcSpanAttributes, instruments, seconds, setGrpcStatus, startServerSpan, withTraceIds } from '../telemetry/index.js';

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
export const CALLER_CONTEXT = Symbol.for('troupe.callerContext');

/** The call as a guard sees it: its metadata and transport identity. */
export type GuardedCall = Pick<grpc.ServerUnaryCall<unknown, unknown>, 'metadata' | 'getPeer' | 'getAuthContext'> & { readonly request?: unknown };

/**
 * The one verification point of a server's handlers: `admit` authenticates the call
 * and checks the method's scope (throwing UNAUTHENTICATED / PERMISSION_DENIED), inside
 * the call's span; `settle` hears how an admitted call ended (unary calls always, streams when they fail),
 * for the audit log.
 */
export interface ServeGuard {
  admit(fullPath: string, call: GuardedCall, served: Omit<ServedCall, 'principal'>): Promise<Principal>;
  settle?(fullPath: string, principal: Principal, request: unknown, outcome: { response: unknown } | { error: unknown }, served: Omit<ServedCall, 'principal'>): void;
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
export function serveUnary<Req, Res>(
  fullPath: string,
  options: ServeOptions,
  impl: (call: grpc.ServerUnaryCall<Req, Res>, served: ServedCall) => Promise<Res>,
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const { span, ctx } = startServerSpan(call.metadata, fullPath, options.attributes, (call as { [CALLER_CONTEXT]?: Context })[CALLER_CONTEXT]);
    const started = performance.now();
    context.with(ctx, () => guarded(fullPath, options.guard, call, { span, traceContext: ctx }, impl)).then(
      (response) => {
        finishSpan(span, Status.OK, undefined, fullPath, started);
        callback(null, response);
      },
      (err: unknown) => {
        const status = toGrpcStatus(err);
        logFailure(options.logger, ctx, fullPath, status, err);
        finishSpan(span, status.code, status.details, fullPath, started, err);
        callback({ code: status.code, details: status.details });
      },
    );
  };
}

/**
 * Wraps a server-streaming implementation: like {@link serveUnary}; the
 * implementation writes messages (waiting for 'drain' when `write` returns false)
 * and returns when done. The stream is ended with OK, with the error's status, or
 * recorded as CANCELLED when the client went away — the span ends exactly once.
 */
export function serveServerStream<Req, Res>(
  fullPath: string,
  options: ServeOptions,
  impl: (call: grpc.ServerWritableStream<Req, Res>, served: ServedCall) => Promise<void>,
): grpc.handleServerStreamingCall<Req, Res> {
  return (call) => {
    const { span, ctx } = startServerSpan(call.metadata, fullPath, options.attributes);
    const started = performance.now();
    const admitted = async (): Promise<void> => {
      const guard = options.guard;
      if (!guard) return impl(call, { span, traceContext: ctx, principal: ANONYMOUS });
      const principal = await guard.admit(fullPath, call, { span, traceContext: ctx });
      try {
        await impl(call, { span, traceContext: ctx, principal });
      } catch (error) {
        guard.settle?.(fullPath, principal, call.request, { error }, { span, traceContext: ctx });
        throw error;
      }
    };
    context.with(ctx, admitted).then(
      () => {
        if (call.cancelled) {
          finishSpan(span, Status.CANCELLED, 'the client cancelled the call', fullPath, started);
          return;
        }
        finishSpan(span, Status.OK, undefined, fullPath, started);
        call.end();
      },
      (err: unknown) => {
        const status = call.cancelled ? { code: Status.CANCELLED, details: 'the client cancelled the call' } : toGrpcStatus(err);
        logFailure(options.logger, ctx, fullPath, status, err);
        finishSpan(span, status.code, status.details, fullPath, started, err);
        if (!call.cancelled) call.emit('error', { code: status.code, details: status.details });
      },
    );
  };
}

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
export function serveBidiStream<Req, Res>(
  fullPath: string,
  options: ServeOptions,
  impl: (call: grpc.ServerDuplexStream<Req, Res>, served: ServedCall) => Promise<void>,
  bidi: BidiServeOptions = {},
): grpc.handleBidiStreamingCall<Req, Res> {
  return (call) => {
    const { span, ctx } = startServerSpan(call.metadata, fullPath, options.attributes);
    const started = performance.now();
    let admitted = options.guard === undefined;
    const run = async (): Promise<void> => {
      const guard = options.guard;
      if (!guard) return impl(call, { span, traceContext: ctx, principal: ANONYMOUS });
      const principal = await guard.admit(fullPath, call, { span, traceContext: ctx });
      admitted = true;
      try {
        await impl(call, { span, traceContext: ctx, principal });
      } catch (error) {
        guard.settle?.(fullPath, principal, undefined, { error }, { span, traceContext: ctx });
        throw error;
      }
    };
    const record = (): boolean => bidi.recordDuration !== false || !admitted;
    context.with(ctx, run).then(
      () => {
        if (call.cancelled) {
          finishSpan(span, Status.CANCELLED, 'the client cancelled the call', fullPath, started, undefined, record());
          return;
        }
        finishSpan(span, Status.OK, undefined, fullPath, started, undefined, record());
        call.end();
      },
      (err: unknown) => {
        const status = call.cancelled ? { code: Status.CANCELLED, details: 'the client cancelled the call' } : toGrpcStatus(err);
        logFailure(options.logger, ctx, fullPath, status, err);
        finishSpan(span, status.code, status.details, fullPath, started, err, record());
        if (!call.cancelled) call.emit('error', { code: status.code, details: status.details });
      },
    );
  };
}

async function guarded<Req, Res>(
  fullPath: string,
  guard: ServeGuard | undefined,
  call: grpc.ServerUnaryCall<Req, Res>,
  served: Omit<ServedCall, 'principal'>,
  impl: (call: grpc.ServerUnaryCall<Req, Res>, served: ServedCall) => Promise<Res>,
): Promise<Res> {
  if (!guard) return impl(call, { ...served, principal: ANONYMOUS });
  const principal = await guard.admit(fullPath, call, served);
  try {
    const response = await impl(call, { ...served, principal });
    guard.settle?.(fullPath, principal, call.request, { response }, served);
    return response;
  } catch (error) {
    guard.settle?.(fullPath, principal, call.request, { error }, served);
    throw error;
  }
}

/** Writes one message, waiting for 'drain' when the transport is full; rejects if the call ends first. */
export async function writeWithBackpressure<Res>(call: grpc.ServerWritableStream<unknown, Res>, message: Res): Promise<void> {
  if (call.write(message)) return;
  await new Promise<void>((resolve, reject) => {
    const onDrain = (): void => {
      cleanup();
      resolve();
    };
    const onGone = (): void => {
      cleanup();
      reject(Object.assign(new Error('the client went away'), { name: 'AbortError' }));
    };
    const cleanup = (): void => {
      call.off('drain', onDrain);
      call.off('cancelled', onGone);
      call.off('close', onGone);
    };
    call.on('drain', onDrain);
    call.on('cancelled', onGone);
    call.on('close', onGone);
  });
}

function finishSpan(span: Span, code: Status, details: string | undefined, fullPath: string, started: number, err?: unknown, recordDuration = true): void {
  setGrpcStatus(span, SpanKind.SERVER, code, details);
  if (err !== undefined && (code === Status.UNKNOWN || code === Status.INTERNAL)) span.recordException(err as Error);
  span.end();
  if (recordDuration) instruments().rpcServerDuration.record(seconds(started), { ...grpcSpanAttributes(fullPath), [ATTR.RPC_GRPC_STATUS_CODE]: code });
}

function logFailure(logger: Logger, ctx: Context, fullPath: string, status: { code: Status; details: string }, err: unknown): void {
  const fields = { ...withTraceIds(ctx), method: fullPath, code: statusName(status.code), details: status.details };
  if (status.code === Status.UNKNOWN || status.code === Status.INTERNAL) logger.error({ ...fields, err }, 'call failed');
  else logger.info(fields, 'call refused');
}
