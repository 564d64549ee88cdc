import { context } from '@opentelemetry/api';
import { boundText, Status, TroupeError } from '../errors.js';
import { traceparentOf } from '../telemetry/propagation.js';
import { toSubmitTaskResult, toTaskRequestMessage } from './map-task.js';
/** Every gRPC status code, to read a code off the wire (an unknown one becomes UNKNOWN). */
const STATUSES = new Map(Object.values(Status).filter((v) => typeof v === 'number').map((s) => [s, s]));
/**
 * @internal Opens a TaskStream over `open()` (a SubmitTasks call). Ids are assigned here (a counter),
 * so they are unique for the life of the stream. Each task's trace context is the caller's active
 * one at `submit` time, sent as the submit's `traceparent`.
 */
export function openTaskStream(open, args, streamSignal) {
    if (streamSignal?.aborted)
        throw new TroupeError(Status.CANCELLED, 'the call was cancelled before it started', { cause: streamSignal.reason });
    const pending = new Map();
    const call = open(args);
    let nextId = 0;
    let failure;
    let closing = false;
    const ended = new Promise((resolve, reject) => {
        // An OK status comes right after the last message is pushed; answers still buffered are read
        // before 'end', so unanswered tasks are failed only then.
        let ok = false;
        let read = false;
        const finish = () => {
            if (!ok || !read)
                return;
            failAll(new TroupeError(Status.INTERNAL, 'the server ended the stream without answering this task'));
            resolve();
        };
        call.on('end', () => {
            read = true;
            finish();
        });
        call.on('status', (status) => {
            if (status.code === Status.OK) {
                ok = true;
                finish();
                return;
            }
            failure ??= new TroupeError(status.code, boundText(status.details || 'the task stream failed'));
            failAll(failure);
            reject(failure);
        });
    });
    ended.catch(() => undefined); // surfaced through close() and the tasks
    call.on('error', () => undefined); // the status event carries it
    call.on('data', (response) => {
        const task = pending.get(response.id);
        if (!task)
            return; // cancelled here already, or an answer to a message we never sent
        if (response.error?.reason === 'DUPLICATE_ID')
            return; // not about the task in flight under this id
        pending.delete(response.id);
        task.release();
        if (response.result)
            task.resolve(toSubmitTaskResult(response.result));
        else {
            const error = response.error;
            task.reject(new TroupeError(STATUSES.get(error?.code ?? Status.UNKNOWN) ?? Status.UNKNOWN, error?.message || 'the task failed without a message', { context: { taskId: error?.taskId || undefined } }));
        }
    });
    const onStreamAbort = () => stream.cancel();
    streamSignal?.addEventListener('abort', onStreamAbort, { once: true });
    void ended.finally(() => streamSignal?.removeEventListener('abort', onStreamAbort)).catch(() => undefined);
    function failAll(err) {
        for (const task of pending.values()) {
            task.release();
            task.reject(err);
        }
        pending.clear();
    }
    const stream = {
        get inFlight() {
            return pending.size;
        },
        get error() {
            return failure;
        },
        submit(task, options = {}) {
            if (failure)
                return Promise.reject(failure);
            if (closing)
                return Promise.reject(new TroupeError(Status.FAILED_PRECONDITION, 'the task stream is closed; open another with submitTasks()'));
            const { signal, deadline } = options;
            if (signal?.aborted)
                return Promise.reject(new TroupeError(Status.CANCELLED, 'the task was cancelled before it was sent', { cause: signal.reason }));
            let message;
            try {
                message = toTaskRequestMessage(deadline ? { ...task, timeoutMs: timeoutFor(task.timeoutMs, deadline) } : task);
            }
            catch (err) {
                return Promise.reject(err);
            }
            const id = (nextId++).toString(36);
            return new Promise((resolve, reject) => {
                const onAbort = () => {
                    if (!pending.delete(id))
                        return;
                    call.write({ cancel: { id } });
                    reject(new TroupeError(Status.CANCELLED, 'the task was cancelled', { cause: signal?.reason }));
                };
                signal?.addEventListener('abort', onAbort, { once: true });
                pending.set(id, { resolve, reject, release: () => signal?.removeEventListener('abort', onAbort) });
                call.write({ submit: { id, task: message, traceparent: traceparentOf(context.active()) } });
            });
        },
        close() {
            if (!closing) {
                closing = true;
                call.end();
            }
            return ended;
        },
        cancel() {
            failure ??= new TroupeError(Status.CANCELLED, 'the task stream was cancelled');
            failAll(failure);
            call.cancel();
        },
    };
    return stream;
}
/** The task's time budget in ms given an absolute deadline: the earlier of the two; at least 1 ms. */
function timeoutFor(timeoutMs, deadline) {
    const left = Math.max(1, Math.ceil(deadline.getTime() - Date.now()));
    return timeoutMs ? Math.min(timeoutMs, left) : left;
}
//# sourceMappingURL=task-stream.js.map