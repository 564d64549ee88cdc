import { fromGrpcError } from '../errors.js';
/** Tasks {@link OrchestratorClient.submitMany} keeps in flight when not told otherwise. */
export const DEFAULT_SUBMIT_MANY_CONCURRENCY = 64;
/**
 * @internal Runs `tasks` over one TaskStream with at most `concurrency` in flight, reading the input
 * only as fast as tasks finish, and yields each outcome as it finishes. Throws the stream's error if
 * the stream itself fails; leaving the loop early cancels the stream and its tasks.
 */
export async function* submitManyOver(stream, tasks, concurrency) {
    const source = Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : tasks[Symbol.iterator]();
    const finished = [];
    let wake;
    let inFlight = 0;
    let index = 0;
    let exhausted = false;
    let complete = false;
    const settle = (outcome) => {
        finished.push(outcome);
        inFlight--;
        wake?.();
        wake = undefined;
    };
    try {
        for (;;) {
            while (!exhausted && inFlight < concurrency && !stream.error) {
                const next = await source.next();
                if (next.done === true) {
                    exhausted = true;
                    break;
                }
                const i = index++;
                inFlight++;
                stream.submit(next.value).then((result) => settle({ index: i, ok: true, result }), (err) => settle({ index: i, ok: false, error: fromGrpcError(err) }));
            }
            if (stream.error)
                throw stream.error;
            if (finished.length === 0) {
                if (exhausted && inFlight === 0)
                    break;
                await new Promise((resolve) => (wake = resolve));
                continue;
            }
            const batch = finished.splice(0, finished.length);
            for (const outcome of batch) {
                const failure = streamError(stream);
                if (!outcome.ok && failure && outcome.error === failure)
                    throw failure;
                yield outcome;
            }
        }
        await stream.close();
        complete = true;
    }
    finally {
        if (!complete) {
            stream.cancel();
            await source.return?.();
        }
    }
}
/** The stream's own failure, read afresh (a getter that changes while the generator waits). */
function streamError(stream) {
    return stream.error;
}
//# sourceMappingURL=submit-many.js.map