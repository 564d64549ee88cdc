import { Status, TroupeError } from '../errors.js';
const MiB = 1024 * 1024;
/** Largest input or output (its JSON or byte size) Troupe accepts end to end. @default 67108864 (64 MiB) */
export const DEFAULT_MAX_PAYLOAD_BYTES = 64 * MiB;
/**
 * The gRPC message limit that goes with a payload limit: the payload plus a quarter
 * (at least 1 MiB) of envelope headroom. The headroom matters: a payload a little
 * over the limit still arrives, so the receiver can refuse it with a
 * RESOURCE_EXHAUSTED that names the limit and the setting (grpc-js' own refusal of
 * an over-sized message names neither).
 */
export function maxMessageBytesFor(maxPayloadBytes) {
    return maxPayloadBytes + Math.max(MiB, Math.floor(maxPayloadBytes / 4));
}
/** The default gRPC message limit of orchestrator, agents and clients: 80 MiB. */
export const DEFAULT_MAX_MESSAGE_BYTES = maxMessageBytesFor(DEFAULT_MAX_PAYLOAD_BYTES);
/**
 * A payload over the configured limit: RESOURCE_EXHAUSTED, not retryable (the same
 * payload never fits). The message names the size, the limit and the setting.
 */
export class PayloadTooLargeError extends TroupeError {
    name = 'PayloadTooLargeError';
    bytes;
    limit;
    constructor(what, bytes, limit, setting, context) {
        super(Status.RESOURCE_EXHAUSTED, `${what} is ${bytes} bytes, over the payload limit of ${limit} bytes (${setting})`, {
            context: { ...context, bytes, limit },
            retryable: false,
        });
        this.bytes = bytes;
        this.limit = limit;
    }
    /** True for a PayloadTooLargeError, even one from another copy of this module. */
    static is(err) {
        return TroupeError.is(err) && err.name === 'PayloadTooLargeError';
    }
}
/**
 * Size of a JSON-compatible value as UTF-8 JSON, stopping early (and returning a
 * number above `limit`) once the value is known to be over it. Big strings and
 * byte arrays are measured without building one JSON text of the whole value.
 */
export function jsonSize(value, limit = Number.POSITIVE_INFINITY) {
    let total = 0;
    const stack = [value];
    while (stack.length > 0 && total <= limit) {
        const v = stack.pop();
        if (typeof v === 'string')
            total += Buffer.byteLength(v, 'utf8') + 2;
        else if (v === null || v === undefined || typeof v === 'boolean')
            total += 5;
        else if (typeof v === 'number' || typeof v === 'bigint')
            total += String(v).length;
        else if (v instanceof Uint8Array)
            total += v.byteLength;
        else if (Array.isArray(v)) {
            total += 2 + v.length;
            for (const item of v)
                stack.push(item);
        }
        else if (typeof v === 'object') {
            for (const [k, item] of Object.entries(v)) {
                total += Buffer.byteLength(k, 'utf8') + 4;
                stack.push(item);
            }
            total += 2;
        }
    }
    return total;
}
/**
 * Throws {@link PayloadTooLargeError} when `value` is over `limit` bytes.
 *
 * @example
 * checkPayloadSize('StartRun input', req.input, options.maxPayloadBytes, 'TROUPE_MAX_PAYLOAD_BYTES');
 */
export function checkPayloadSize(what, value, limit, setting, context) {
    const bytes = jsonSize(value, limit);
    if (bytes > limit)
        throw new PayloadTooLargeError(what, jsonSize(value), limit, setting, context);
}
/**
 * HTTP/2 receive window of Troupe's clients (orchestrator → agent, the typed client), in bytes.
 * The default 64 KiB lets only ~20 audio chunks be in flight, so a stream waits on window
 * updates; 1 MiB lifted the relayed stream from ~30,000 to ~38,000 chunks/s here (3,200 B
 * chunks). Bounded: at most this many bytes are buffered per connection.
 */
export const STREAM_RECEIVE_WINDOW_BYTES = 1024 * 1024;
//# sourceMappingURL=payload-limits.js.map