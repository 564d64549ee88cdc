import type * as grpc from '@grpc/grpc-js';

/** Resolves with the stream's first message (then pauses it), undefined if it ends empty, or rejects with its error. */
export function firstMessage(stream: grpc.ClientReadableStream<Buffer>): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    const onData = (message: Buffer): void => {
      cleanup();
      stream.pause();
      resolve(message);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(undefined);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
  });
}
