import { TroupeError, type ErrorContext } from '../errors.js';
/** Largest input or output (its JSON or byte size) Troupe accepts end to end. @default 67108864 (64 MiB) */
export declare const DEFAULT_MAX_PAYLOAD_BYTES: number;
/**
 * The gRPC message limit that goes with a payload limit: the payload plus a quarter
 * (at least 1 MiB) of envelope headroom. The headroom matters: a payload a little
 * over the limit still arrives, so the receiver can refuse it with a
 * RESOURCE_EXHAUSTED that names the limit and the setting (grpc-js' own refusal of
 * an over-sized message names neither).
 */
export declare function maxMessageBytesFor(maxPayloadBytes: number): number;
/** The default gRPC message limit of orchestrator, agents and clients: 80 MiB. */
export declare const DEFAULT_MAX_MESSAGE_BYTES: number;
/**
 * A payload over the configured limit: RESOURCE_EXHAUSTED, not retryable (the same
 * payload never fits). The message names the size, the limit and the setting.
 */
export declare class PayloadTooLargeError extends TroupeError {
    readonly name = "PayloadTooLargeError";
    readonly bytes: number;
    readonly limit: number;
    constructor(what: string, bytes: number, limit: number, setting: string, context?: ErrorContext);
    /** True for a PayloadTooLargeError, even one from another copy of this module. */
    static is(this: void, err: unknown): err is PayloadTooLargeError;
}
/**
 * Size of a JSON-compatible value as UTF-8 JSON, stopping early (and returning a
 * number above `limit`) once the value is known to be over it. Big strings and
 * byte arrays are measured without building one JSON text of the whole value.
 */
export declare function jsonSize(value: unknown, limit?: number): number;
/**
 * Throws {@link PayloadTooLargeError} when `value` is over `limit` bytes.
 *
 * @example
 * checkPayloadSize('StartRun input', req.input, options.maxPayloadBytes, 'TROUPE_MAX_PAYLOAD_BYTES');
 */
export declare function checkPayloadSize(what: string, value: unknown, limit: number, setting: string, context?: ErrorContext): void;
/**
 * HTTP/2 receive window of Troupe's clients (orchestrator → agent, the typed client), in bytes.
 * The default 64 KiB lets only ~20 audio chunks be in flight, so a stream waits on window
 * updates; 1 MiB lifted the relayed stream from ~30,000 to ~38,000 chunks/s here (3,200 B
 * chunks). Bounded: at most this many bytes are buffered per connection.
 */
export declare const STREAM_RECEIVE_WINDOW_BYTES: number;
