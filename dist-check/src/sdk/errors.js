import { status as Status } from '@grpc/grpc-js';
/** gRPC status codes, re-exported so users need not import grpc-js for them. */
export { Status };
const BRAND = Symbol.for('troupe.error');
/**
 * The base of every error Troupe raises on purpose. It carries the gRPC status it
 * maps to and whether retrying elsewhere can help; retry logic reads only `retryable`.
 */
export class TroupeError extends Error {
    name = 'TroupeError';
    code;
    retryable;
    context;
    [BRAND] = true;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.code = code;
        this.context = options.context ?? {};
        this.retryable = options.retryable ?? (code === Status.UNAVAILABLE || code === Status.RESOURCE_EXHAUSTED);
    }
    /** True for any TroupeError, even one from another copy of this module. */
    static is(err) {
        return typeof err === 'object' && err !== null && err[BRAND] === true;
    }
}
/** Input that does not fit: INVALID_ARGUMENT. */
export class InvalidArgumentError extends TroupeError {
    name = 'InvalidArgumentError';
    constructor(message, context) {
        super(Status.INVALID_ARGUMENT, message, { context });
    }
}
/** Something named does not exist: NOT_FOUND. */
export class NotFoundError extends TroupeError {
    name = 'NotFoundError';
    constructor(message, context) {
        super(Status.NOT_FOUND, message, { context });
    }
}
/** Nobody can serve the request right now: UNAVAILABLE (retryable). */
export class UnavailableError extends TroupeError {
    name = 'UnavailableError';
    constructor(message, context, cause) {
        super(Status.UNAVAILABLE, message, { context, cause });
    }
}
/** A limit was hit: RESOURCE_EXHAUSTED (retryable). */
export class ResourceExhaustedError extends TroupeError {
    name = 'ResourceExhaustedError';
    constructor(message, context) {
        super(Status.RESOURCE_EXHAUSTED, message, { context });
    }
}
/** The request is valid but the system is not in a state to run it: FAILED_PRECONDITION. */
export class FailedPreconditionError extends TroupeError {
    name = 'FailedPreconditionError';
    constructor(message, context) {
        super(Status.FAILED_PRECONDITION, message, { context });
    }
}
/** No credential, or one that does not verify: UNAUTHENTICATED. The message says why, never the credential. */
export class UnauthenticatedError extends TroupeError {
    name = 'UnauthenticatedError';
    constructor(message, context) {
        super(Status.UNAUTHENTICATED, message, { context });
    }
}
/** A verified caller lacks a scope or a workflow: PERMISSION_DENIED. The message names what is missing. */
export class PermissionDeniedError extends TroupeError {
    name = 'PermissionDeniedError';
    constructor(message, context) {
        super(Status.PERMISSION_DENIED, message, { context });
    }
}
/** Longest error message sent on the wire (in UTF-16 code units); longer ones are cut with a note. */
export const MAX_ERROR_MESSAGE_CHARS = 4096;
/**
 * `text` cut to at most `max` characters, ending with a note of how much was left
 * out. Use it wherever a message echoes input (a name, a value, a definition).
 * @example boundText('x'.repeat(10_000), 100) // 60 × 'x', then '… (9940 more characters)'
 */
export function boundText(text, max = MAX_ERROR_MESSAGE_CHARS) {
    if (text.length <= max)
        return text;
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
export function toGrpcStatus(err) {
    if (TroupeError.is(err))
        return { code: err.code, details: boundText(err.message) };
    if (isServiceError(err))
        return { code: err.code, details: boundText(err.details || err.message) };
    if (isAbortError(err))
        return { code: Status.CANCELLED, details: 'the call was cancelled' };
    const nats = natsConnectionCode(err);
    if (nats !== undefined)
        return { code: Status.UNAVAILABLE, details: `NATS is unreachable (${nats}); retry` };
    return { code: Status.UNKNOWN, details: 'internal error; see the server log for details' };
}
/** nats.js error codes that mean the server could not be reached or did not answer (not a bad request). */
const NATS_UNREACHABLE_CODES = new Set(['TIMEOUT', 'DISCONNECT', 'CONNECTION_CLOSED', 'CONNECTION_DRAINING', 'CONNECTION_REFUSED', 'CONNECTION_TIMEOUT', '503']);
/**
 * The nats.js code (`TIMEOUT`, `DISCONNECT`, `CONNECTION_CLOSED`, `503` no
 * responders, …) when `err`, or an error in its `cause` chain, says NATS is
 * unreachable; undefined otherwise. Duck-typed, so this module needs no nats import.
 */
export function natsConnectionCode(err) {
    for (let e = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = e.cause, depth++) {
        const { name, code } = e;
        if (name === 'NatsError' && typeof code === 'string' && NATS_UNREACHABLE_CODES.has(code))
            return code === '503' ? 'no responders' : code;
    }
    return undefined;
}
/** Rebuilds a TroupeError from an error a grpc-js client call failed with. */
export function fromGrpcError(err) {
    if (TroupeError.is(err))
        return err;
    if (isServiceError(err))
        return new TroupeError(err.code, boundText(err.details || err.message), { cause: err });
    if (isAbortError(err))
        return new TroupeError(Status.CANCELLED, 'the call was cancelled', { cause: err });
    return new TroupeError(Status.UNKNOWN, err instanceof Error ? err.message : String(err), { cause: err });
}
/** True for an error produced by a grpc-js call. */
export function isServiceError(err) {
    return (typeof err === 'object' && err !== null && typeof err.code === 'number' && 'metadata' in err && 'details' in err);
}
/** True for an AbortSignal abort (DOMException 'AbortError') or our own cancellation. */
export function isAbortError(err) {
    return typeof err === 'object' && err !== null && err.name === 'AbortError';
}
/** Human name of a status code, e.g. 5 → "NOT_FOUND". */
export function statusName(code) {
    return Status[code] ?? String(code);
}
//# sourceMappingURL=errors.js.map