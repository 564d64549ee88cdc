import { status as Status, type ServiceError } from '@grpc/grpc-js';
/** gRPC status codes, re-exported so users need not import grpc-js for them. */
export { Status };
declare const BRAND: unique symbol;
/** Readonly context attached to an error: ids that help a person find the problem. */
export type ErrorContext = Readonly<Record<string, string | number | undefined>>;
/**
 * The base of every error Troupe raises on purpose. It carries the gRPC status it
 * maps to and whether retrying elsewhere can help; retry logic reads only `retryable`.
 */
export declare class TroupeError extends Error {
    readonly name: string;
    readonly code: Status;
    readonly retryable: boolean;
    readonly context: ErrorContext;
    readonly [BRAND] = true;
    constructor(code: Status, message: string, options?: {
        cause?: unknown;
        context?: ErrorContext;
        retryable?: boolean;
    });
    /** True for any TroupeError, even one from another copy of this module. */
    static is(this: void, err: unknown): err is TroupeError;
}
/** Input that does not fit: INVALID_ARGUMENT. */
export declare class InvalidArgumentError extends TroupeError {
    readonly name = "InvalidArgumentError";
    constructor(message: string, context?: ErrorContext);
}
/** Something named does not exist: NOT_FOUND. */
export declare class NotFoundError extends TroupeError {
    readonly name = "NotFoundError";
    constructor(message: string, context?: ErrorContext);
}
/** Nobody can serve the request right now: UNAVAILABLE (retryable). */
export declare class UnavailableError extends TroupeError {
    readonly name = "UnavailableError";
    constructor(message: string, context?: ErrorContext, cause?: unknown);
}
/** A limit was hit: RESOURCE_EXHAUSTED (retryable). */
export declare class ResourceExhaustedError extends TroupeError {
    readonly name = "ResourceExhaustedError";
    constructor(message: string, context?: ErrorContext);
}
/** The request is valid but the system is not in a state to run it: FAILED_PRECONDITION. */
export declare class FailedPreconditionError extends TroupeError {
    readonly name = "FailedPreconditionError";
    constructor(message: string, context?: ErrorContext);
}
/** No credential, or one that does not verify: UNAUTHENTICATED. The message says why, never the credential. */
export declare class UnauthenticatedError extends TroupeError {
    readonly name = "UnauthenticatedError";
    constructor(message: string, context?: ErrorContext);
}
/** A verified caller lacks a scope or a workflow: PERMISSION_DENIED. The message names what is missing. */
export declare class PermissionDeniedError extends TroupeError {
    readonly name = "PermissionDeniedError";
    constructor(message: string, context?: ErrorContext);
}
/** The wire form of an error: what a gRPC handler passes to its callback or emits. */
export interface GrpcStatusObject {
    code: Status;
    details: string;
}
/** Longest error message sent on the wire (in UTF-16 code units); longer ones are cut with a note. */
export declare const MAX_ERROR_MESSAGE_CHARS = 4096;
/**
 * `text` cut to at most `max` characters, ending with a note of how much was left
 * out. Use it wherever a message echoes input (a name, a value, a definition).
 * @example boundText('x'.repeat(10_000), 100) // 60 × 'x', then '… (9940 more characters)'
 */
export declare function boundText(text: string, max?: number): string;
/**
 * The single mapping from an error to the wire (messages bounded by {@link MAX_ERROR_MESSAGE_CHARS}).
 * Abort → CANCELLED, known errors → their code and message, a gRPC error from downstream
 * keeps its code, a NATS connection error (timeout, disconnected, closed, no responders) →
 * UNAVAILABLE "NATS is unreachable (…); retry", anything else → UNKNOWN with a generic
 * message (log the stack yourself).
 */
export declare function toGrpcStatus(err: unknown): GrpcStatusObject;
/**
 * The nats.js code (`TIMEOUT`, `DISCONNECT`, `CONNECTION_CLOSED`, `503` no
 * responders, …) when `err`, or an error in its `cause` chain, says NATS is
 * unreachable; undefined otherwise. Duck-typed, so this module needs no nats import.
 */
export declare function natsConnectionCode(err: unknown): string | undefined;
/** Rebuilds a TroupeError from an error a grpc-js client call failed with. */
export declare function fromGrpcError(err: unknown): TroupeError;
/** True for an error produced by a grpc-js call. */
export declare function isServiceError(err: unknown): err is ServiceError;
/** True for an AbortSignal abort (DOMException 'AbortError') or our own cancellation. */
export declare function isAbortError(err: unknown): boolean;
/** Human name of a status code, e.g. 5 → "NOT_FOUND". */
export declare function statusName(code: number): string;
