import type * as grpc from '@grpc/grpc-js';
import { context } from '@opentelemetry/api';
import type { SubmitTasksRequest } from '../../gen/troupe/v1/SubmitTasksRequest.js';
import type { SubmitTasksResponse__Output } from '../../gen/troupe/v1/SubmitTasksResponse.js';
import { boundText, Status, TroupeError } from '../errors.js';
import { traceparentOf } from '../telemetry/propagation.js';
import type { GrpcCallArgs } from './calls.js';
import { toSubmitTaskResult, toTaskRequestMessage } from './map-task.js';
import type { SubmitTaskResult, TaskRequest } from './types.js';

/** Per-task options of {@link TaskStream.submit}. */
export interface TaskStreamSubmitOptions {
  /** Aborting cancels this task only: the server cancels its agent call and the promise rejects with CANCELLED. */
  signal?: AbortSignal;
  /** Absolute deadline of this task; it becomes the task's `timeoutMs` (the earlier of the two wins). */
  deadline?: Date;
}

/** Many unary tasks over one `SubmitTasks` stream: see {@link OrchestratorClient.submitTasks}. */
export interface TaskStream {
  /**
   * Sends one task; resolves with its result when it finishes (tasks finish in any order), or
   * rejects with a TroupeError carrying the status SubmitTask would have given that task. One
   * task's failure never affects the others.
   */
  submit(task: TaskRequest, options?: TaskStreamSubmitOptions): Promise<SubmitTaskResult>;
  /** Tasks sent that have not answered yet. */
  readonly inFlight: number;
  /** Why the stream itself failed or was cancelled (every unanswered task rejected with it); undefined while it works. */
  readonly error: TroupeError | undefined;
  /**
   * Ends the stream once every task sent has answered: resolves when the server closed it. Further
   * `submit` calls reject. Rejects (as do the unanswered tasks) if the stream fails.
   */
  close(): Promise<void>;
  /** Cancels the stream: every unanswered task rejects with CANCELLED and the server cancels their agent calls. */
  cancel(): void;
}

/** Every gRPC status code, to read a code off the wire (an unknown one becomes UNKNOWN). */
const STATUSES = new Map<number, Status>(Object.values(Status).filter((v): v is Status => typeof v === 'number').map((s) => [s, s]));

type Duplex = grpc.ClientDuplexStream<SubmitTasksRequest, SubmitTasksResponse__Output>;

interface Pending {
  resolve(result: SubmitTaskResult): void;
  reject(err: TroupeError): void;
  /** Stops listening to the task's signal. */
  release(): void;
}

/**
 * @internal Opens a TaskStream over `open()` (a SubmitTasks call). Ids are assigned here (a counter),
 * so they are unique for the life of the stream. Each task's trace context is the caller's active
 * one at `submit` time, sent as the submit's `traceparent`.
 */
export function openTaskStream(open: (args: GrpcCallArgs) => Duplex, args: GrpcCallArgs, streamSignal?: AbortSignal): TaskStream {
  if (streamSignal?.aborted) throw new TroupeError(Status.CANCELLED, 'the call was cancelled before it started', { cause: streamSignal.reason });
  const pending = new Map<string, Pending>();
  const call = open(args);
  let nextId = 0;
  let failure: TroupeError | undefined;
  let closing = false;
  const ended = new Promise<void>((resolve, reject) => {
    // An OK status comes right after the last message is pushed; answers still buffered are read
    // before 'end', so unanswered tasks are failed only then.
    let ok = false;
    let read = false;
    const finish = (): void => {
      if (!ok || !read) return;
      failAll(new TroupeError(Status.INTERNAL, 'the server ended the stream without answering this task'));
      resolve();
    };
    call.on('end', () => {
      read = true;
      finish();
    });
    call.on('status', (status: grpc.StatusObject) => {
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
  call.on('data', (response: SubmitTasksResponse__Output) => {
    const task = pending.get(response.id);
    if (!task) return; // cancelled here already, or an answer to a message we never sent
    if (response.error?.reason === 'DUPLICATE_ID') return; // not about the task in flight under this id
    pending.delete(response.id);
    task.release();
    if (response.result) task.resolve(toSubmitTaskResult(response.result));
    else {
      const error = response.error;
      task.reject(new TroupeError(STATUSES.get(error?.code ?? Status.UNKNOWN) ?? Status.UNKNOWN, error?.message || 'the task failed without a message', { context: { taskId: error?.taskId || undefined } }));
    }
  });
  const onStreamAbort = (): void => stream.cancel();
  streamSignal?.addEventListener('abort', onStreamAbort, { once: true });
  void ended.finally(() => streamSignal?.removeEventListener('abort', onStreamAbort)).catch(() => undefined);

  function failAll(err: TroupeError): void {
    for (const task of pending.values()) {
      task.release();
      task.reject(err);
    }
    pending.clear();
  }

  const stream: TaskStream = {
    get inFlight() {
      return pending.size;
    },
    get error() {
      return failure;
    },
    submit(task, options = {}) {
      if (failure) return Promise.reject(failure);
      if (closing) return Promise.reject(new TroupeError(Status.FAILED_PRECONDITION, 'the task stream is closed; open another with submitTasks()'));
      const { signal, deadline } = options;
      if (signal?.aborted) return Promise.reject(new TroupeError(Status.CANCELLED, 'the task was cancelled before it was sent', { cause: signal.reason }));
      let message;
      try {
        message = toTaskRequestMessage(deadline ? { ...task, timeoutMs: timeoutFor(task.timeoutMs, deadline) } : task);
      } catch (err) {
        return Promise.reject(err);
      }
      const id = (nextId++).toString(36);
      return new Promise<SubmitTaskResult>((resolve, reject) => {
        const onAbort = (): void => {
          if (!pending.delete(id)) return;
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
function timeoutFor(timeoutMs: number | undefined, deadline: Date): number {
  const left = Math.max(1, Math.ceil(deadline.getTime() - Date.now()));
  return timeoutMs ? Math.min(timeoutMs, left) : left;
}
