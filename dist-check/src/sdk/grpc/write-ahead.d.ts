import { type ServerInterceptor } from '@grpc/grpc-js';
/** Bounds of {@link writeAheadInterceptor}'s window. */
export interface WriteAheadWindow {
    /** Messages handed to HTTP/2 and not yet written to the socket. @default 32 */
    messages?: number;
    /** Bytes of those messages, as told by `sizeOf`. @default 1 MiB */
    bytes?: number;
    /**
     * The size of a message before grpc-js encodes it. Messages it cannot size
     * (0) count against `messages` only. @default a Buffer's length, else 0
     */
    sizeOf?: (message: unknown) => number;
}
/**
 * A server interceptor that gives every server-streaming method a write-ahead
 * window (see {@link WriteAheadCall}); other methods pass through untouched.
 *
 * @example
 * new grpc.Server({ interceptors: [writeAheadInterceptor()] });
 */
export declare function writeAheadInterceptor(window?: WriteAheadWindow): ServerInterceptor;
