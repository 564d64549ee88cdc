import { status as Status, type ServiceError } from '@grpc/grpc-js';

/** gRPC status codes, re-exported so users need not import grpc-js for them. */
export { Status };

const BRAND = Symbol.for('troupe.error');

/** Readonly context attached to an error: ids that help a person find the problem. */
export type ErrorContext = Readonly<Record<string, string | number | undefined>>;

/**
 * The base of every error Troupe raises on purpose. It carries the gRPC status it
 * maps to and whether retrying elsewhere can help; retry logic reads only `retryable`.
 */
export class TroupeError extends Error {
  override readonly name: string = 'TroupeError';
  readonly code: Status;
  readonly retryable: boolean;
  readonly context: ErrorContext;
  readonly [BRAND] = true;

  constructor(code: Status, message: string, options: { cause?: unknown; context?: ErrorContext; retryable?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.context = options.context ?? {};
    this.retryable = options.retryable ?? (code === Status.UNAVAILABLE || code === Status.RESOURCE_EXHAUSTED);
  }

  /** True for any TroupeError, even one from another copy of this module. */
  static is(this: void, err: unknown): err is TroupeError {
    return typeof err === 'object' && err !== null && (err as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** Input that does not fit: INVALID_ARGUMENT. */
export class InvalidArgumentError extends TroupeError {
  override readonly name = 'InvalidArgumentError';
  constructor(message: string, context?: ErrorContext) {
    super(Status.INVALID_ARGUMENT, message, { context });
  }
}

/** Something named does not exist: NOT_FOUND. */
export class NotFoundError extends TroupeError {
  override readonly name = 'NotFoundError';
  constructor(message: string, context?: ErrorContext) {
    super(Status.NOT_FOUND, message, { context });
  }
}

/** Nobody can serve the request right now: UNAVAILABLE (retryable). */
export class UnavailableError extends TroupeError {
  override readonly name = 'UnavailableError';
  constructor(message: string, context?: ErrorContext, cause?: unknown) {
    super(Status.UNAVAILABLE, message, { context, cause });
  }
}

/** A limit was hit: RESOURCE_EXHAUSTED (retryable). */
export class ResourceExhaustedError extends TroupeError {
  override readonly name = 'ResourceExhaustedError';
  constructor(message: string, context?: ErrorContext) {
    super(Status.RESOURCE_EXHAUSTED, message, { context });
  }
}

/** The request is valid but the system is not in a state to run it: FAILED_PRECONDITION. */
export class FailedPreconditionError extends TroupeError {
  override readonly name = 'FailedPreconditionError';
  constructor(message: string, context?: ErrorContext) {
    super(Status.FAILED_PRECONDITION, message, { context });
  }
}

/** No credential, or one that does not verify: UNAUTHENTICATED. The message says why, never the credential. */
export class UnauthenticatedError extends TroupeError {
  override readonly name = 'UnauthenticatedError';
  constructor(message: string, context?: ErrorContext) {
    super(Status.UNAUTHENTICATED, message, { context });
  }
}

/** A verified caller lacks a scope or a workflow: PERMISSION_DENIED. The message names what is missing. */
export class PermissionDeniedError extends TroupeError {
  override readonly name = 'PermissionDeniedError';
  constructor(message: string, context?: ErrorContext) {
    super(Status.PERMISSION_DENIED, message, { context });
  }
}

/** The wire form of an error: what a gRPC handler passes to its callback or emits. */
export interface GrpcStatusObject {
  code: Status;
  details: string;
}

/** Longest error message sent on the wire (in UTF-16 code units); longer ones are cut with a note. */
export const MAX_ERROR_MESSAGE_CHARS = 4096;

/**
 * `text` cut to at most `max` characters, ending with a note of how much was left
 * out. Use it wherever a message echoes input (a name, a value, a definition).
 * @example boundText('x'.repeat(10_000), 100) // 60 × 'x', then '… (9940 more characters)'
 */
export function boundText(text: string, max = MAX_ERROR_MESSAGE_CHARS): string {
  if (text.length <= max) return text;
  const kept = Math.max(0, max - 40); // room for the note
  return `${text.slice(0, kept)}… (${text.length - kept} more characters)`;
}

/**
 * The single mapping from an error to the wire (messages bounded by {@link MAX_ERROR_MESSAGE_CHARS}).
 * Abort → CANCELLED, known errors → their code and message, a gRPC error from downstream
 * keeps its code, a NATS connection error (timeout, disconnected, closed, no responders) →
 * UNAVAILABLE "NATS is unreachable (…); retry", anything else → UNKNOWN with a generic
 * message (log the stack yourself).
 */
export function toGrpcStatus(err: unknown): GrpcStatusObject {
  if (TroupeError.is(err)) return { code: err.code, details: boundText(err.message) };
  if (isServiceError(err)) return { code: err.code, details: boundText(err.details || err.message) };
  if (isAbortError(err)) return { code: Status.CANCELLED, details: 'the call was cancelled' };
  const nats = natsConnectionCode(err);
  if (nats !== undefined) return { code: Status.UNAVAILABLE, details: `NATS is unreachable (${nats}); retry` };
  return { code: Status.UNKNOWN, details: 'internal error; see the server log for details' };
}

/** nats.js error codes that mean the server could not be reached or did not answer (not a bad request). */
const NATS_UNREACHABLE_CODES = new Set(['TIMEOUT', 'DISCONNECT', 'CONNECTION_CLOSED', 'CONNECTION_DRAINING', 'CONNECTION_REFUSED', 'CONNECTION_TIMEOUT', '503']);

/**
 * The nats.js code (`TIMEOUT`, `DISCONNECT`, `CONNECTION_CLOSED`, `503` no
 * responders, …) when `err`, or an error in its `cause` chain, says NATS is
 * unreachable; undefined otherwise. Duck-typed, so this module needs no nats import.
 */
export function natsConnectionCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { name, code } = e as { name?: unknown; code?: unknown };
    if (name === 'NatsError' && typeof code === 'string' && NATS_UNREACHABLE_CODES.has(code)) return code === '503' ? 'no responders' : code;
  }
  return undefined;
}

/** Rebuilds a TroupeError from an error a grpc-js client call failed with. */
export function fromGrpcError(err: unknown): TroupeError {
  if (TroupeError.is(err)) return err;
  if (isServiceError(err)) return new TroupeError(err.code, boundText(err.details || err.message), { cause: err });
  if (isAbortError(err)) return new TroupeError(Status.CANCELLED, 'the call was cancelled', { cause: err });
  return new TroupeError(Status.UNKNOWN, err instanceof Error ? err.message : String(err), { cause: err });
}

/** True for an error produced by a grpc-js call. */
export function isServiceError(err: unknown): err is ServiceError {
  return (
    typeof err === 'object' && err !== null && typeof (err as ServiceError).code === 'number' && 'metadata' in err && 'details' in err
  );
}

/** True for an AbortSignal abort (DOMException 'AbortError') or our own cancellation. */
export function isAbortError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: string }).name === 'AbortError';
}

/** Human name of a status code, e.g. 5 → "NOT_FOUND". */
export function statusName(code: number): string {
  return (Status as unknown as Record<number, string>)[code] ?? String(code);
}
