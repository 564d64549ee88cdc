import * as grpc from '@grpc/grpc-js';
import type { CallOptions } from './types.js';
/** @internal The grpc-js arguments derived from our {@link CallOptions}. */
export interface GrpcCallArgs {
    metadata: grpc.Metadata;
    options: grpc.CallOptions;
}
/** @internal Builds metadata and grpc-js call options; `defaultTimeoutMs` applies only when no deadline is given. */
export declare function grpcCallArgs(call: CallOptions | undefined, defaultTimeoutMs?: number): GrpcCallArgs;
/**
 * @internal Runs a unary call as a promise: rejects with a TroupeError, and aborting
 * `signal` cancels the call on the wire.
 */
export declare function unaryCall<Res>(start: (metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<Res>) => grpc.ClientUnaryCall, args: GrpcCallArgs, signal?: AbortSignal): Promise<Res>;
/**
 * @internal Reads a server stream as an async iterator of mapped events.
 *
 * It consumes the grpc-js stream through its own async iterator, so a slow consumer
 * stops the reads (the Readable's buffer is small and grpc-js only reads on demand).
 * Breaking out of the loop, an exception in the consumer, or aborting `signal` cancels
 * the call, so the server sees CANCELLED. Errors are thrown as TroupeError.
 */
export declare function readServerStream<Msg, Event>(open: () => grpc.ClientReadableStream<Msg>, map: (message: Msg) => Event | undefined, signal?: AbortSignal): AsyncGenerator<Event, void, undefined>;
