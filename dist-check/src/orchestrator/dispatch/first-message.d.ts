import type * as grpc from '@grpc/grpc-js';
/** Resolves with the stream's first message (then pauses it), undefined if it ends empty, or rejects with its error. */
export declare function firstMessage(stream: grpc.ClientReadableStream<Buffer>): Promise<Buffer | undefined>;
