import type * as grpc from '@grpc/grpc-js';
/**
 * An AbortSignal that fires when the client cancels the call (or its deadline
 * passes), and `release()` to stop listening once the call is done — grpc-js also
 * emits 'cancelled' when a finished call's stream closes, which must not abort anything.
 */
export declare function abortOnCancel(call: Pick<grpc.ServerUnaryCall<unknown, unknown>, 'cancelled' | 'once' | 'off'>): {
    signal: AbortSignal;
    release: () => void;
};
