import * as grpc from '@grpc/grpc-js';
import { Status, TroupeError, fromGrpcError } from '../errors.js';
/** @internal Builds metadata and grpc-js call options; `defaultTimeoutMs` applies only when no deadline is given. */
export function grpcCallArgs(call, defaultTimeoutMs) {
    const deadline = call?.deadline ?? (defaultTimeoutMs ? new Date(Date.now() + defaultTimeoutMs) : undefined);
    return { metadata: call?.metadata ?? new grpc.Metadata(), options: deadline ? { deadline } : {} };
}
function cancelledBeforeStart(signal) {
    return new TroupeError(Status.CANCELLED, 'the call was cancelled before it started', { cause: signal.reason });
}
/**
 * @internal Runs a unary call as a promise: rejects with a TroupeError, and aborting
 * `signal` cancels the call on the wire.
 */
export function unaryCall(start, args, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(cancelledBeforeStart(signal));
            return;
        }
        let onAbort;
        const call = start(args.metadata, args.options, (err, res) => {
            if (onAbort)
                signal?.removeEventListener('abort', onAbort);
            if (err)
                reject(fromGrpcError(err));
            else if (res === undefined)
                reject(new TroupeError(Status.INTERNAL, 'the server sent no response'));
            else
                resolve(res);
        });
        onAbort = () => call.cancel();
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * @internal Reads a server stream as an async iterator of mapped events.
 *
 * It consumes the grpc-js stream through its own async iterator, so a slow consumer
 * stops the reads (the Readable's buffer is small and grpc-js only reads on demand).
 * Breaking out of the loop, an exception in the consumer, or aborting `signal` cancels
 * the call, so the server sees CANCELLED. Errors are thrown as TroupeError.
 */
export async function* readServerStream(open, map, signal) {
    if (signal?.aborted)
        throw cancelledBeforeStart(signal);
    const stream = open();
    // grpc-js emits 'error' itself; once our iterator is gone a late CANCELLED status would
    // otherwise be an unhandled 'error' event. The iterator still sees errors while it runs.
    stream.on('error', () => undefined);
    const onAbort = () => stream.cancel();
    signal?.addEventListener('abort', onAbort, { once: true });
    const messages = stream[Symbol.asyncIterator]();
    let ended = false;
    try {
        for (;;) {
            let step;
            try {
                step = await messages.next();
            }
            catch (err) {
                ended = true;
                throw fromGrpcError(err);
            }
            if (step.done) {
                ended = true;
                return;
            }
            const event = map(step.value);
            if (event !== undefined)
                yield event;
        }
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
        if (!ended) {
            stream.cancel();
            await messages.return?.();
        }
    }
}
//# sourceMappingURL=calls.js.map