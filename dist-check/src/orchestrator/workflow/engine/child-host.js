import { NotFoundError } from '../../../sdk/errors.js';
import { isFinishedStatus } from '../../store/run-record.js';
import { reportFromRecord } from './run-report.js';
/** The end of a run from its report, or undefined while it goes on. */
export function endOfReport(report) {
    const r = (report ?? {});
    if (typeof r.status !== 'string' || !isFinishedStatus(r.status))
        return undefined;
    const error = typeof r.error === 'string' ? r.error : typeof r.cancelReason === 'string' ? r.cancelReason : undefined;
    return { status: r.status, output: r.output ?? null, error };
}
function endOfRecord(record) {
    return isFinishedStatus(record.status) ? endOfReport(reportFromRecord(record)) : undefined;
}
/** Resolves when `promise` settles or `signal` aborts, whichever is first. */
function untilAborted(promise, signal) {
    return new Promise((resolve) => {
        const done = () => {
            signal.removeEventListener('abort', done);
            resolve();
        };
        signal.addEventListener('abort', done, { once: true });
        void promise.then(done, done);
    });
}
/**
 * The engine side of child runs. Waiting for a child: a child driven here is awaited in
 * memory; one driven by another instance (or adopted from a dead one) is followed through
 * its stored record until it is finished, so a parent waits the same way wherever its
 * child runs, and after either was restarted or adopted.
 */
export function childRunHost(deps) {
    const pollMs = deps.pollMs ?? 500;
    const pause = (signal) => untilAborted(new Promise((r) => setTimeout(r, pollMs).unref()), signal);
    const notFound = (runId) => {
        throw new NotFoundError(`child run ${runId} is not known (any more): it was removed, or started on an orchestrator that keeps runs in memory`, { runId });
    };
    return {
        start: deps.start,
        cancel: deps.cancel,
        async wait(runId, signal) {
            const aborted = () => signal.aborted; // read again after each await
            while (!aborted()) {
                const run = deps.local(runId);
                if (run && (run.attached || !deps.durable)) {
                    await untilAborted(run.done, signal);
                    if (aborted())
                        return undefined;
                    const end = endOfReport(run.report());
                    if (end || !deps.durable)
                        return end ?? notFound(runId);
                    continue; // detached (another owner drives it now): follow its record
                }
                if (!deps.durable)
                    return notFound(runId);
                const stored = await deps.durable.stored(runId);
                if (!stored)
                    return notFound(runId);
                const end = endOfRecord(stored.record);
                if (end)
                    return end;
                if (!deps.durable.follow) {
                    await pause(signal);
                    continue;
                }
                try {
                    for await (const { record } of deps.durable.follow(runId, signal)) {
                        const ended = endOfRecord(record);
                        if (ended)
                            return ended;
                        if (deps.local(runId)?.attached)
                            break; // adopted here: wait in memory
                    }
                }
                catch {
                    // the follow broke (NATS reconnecting): look again after a pause
                }
                if (!deps.local(runId)?.attached)
                    await pause(signal);
            }
            return undefined;
        },
    };
}
//# sourceMappingURL=child-host.js.map