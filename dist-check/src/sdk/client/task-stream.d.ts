import type * as grpc from '@grpc/grpc-js';
import type { SubmitTasksRequest } from '../../gen/troupe/v1/SubmitTasksRequest.js';
import type { SubmitTasksResponse__Output } from '../../gen/troupe/v1/SubmitTasksResponse.js';
import { TroupeError } from '../errors.js';
import type { GrpcCallArgs } from './calls.js';
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
type Duplex = grpc.ClientDuplexStream<SubmitTasksRequest, SubmitTasksResponse__Output>;
/**
 * @internal Opens a TaskStream over `open()` (a SubmitTasks call). Ids are assigned here (a counter),
 * so they are unique for the life of the stream. Each task's trace context is the caller's active
 * one at `submit` time, sent as the submit's `traceparent`.
 */
export declare function openTaskStream(open: (args: GrpcCallArgs) => Duplex, args: GrpcCallArgs, streamSignal?: AbortSignal): TaskStream;
export {};
