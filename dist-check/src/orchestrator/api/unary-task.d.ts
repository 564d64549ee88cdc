import type { Context, Span } from '@opentelemetry/api';
import type * as grpc from '@grpc/grpc-js';
import type { SubmitTaskResponse } from '../../gen/troupe/v1/SubmitTaskResponse.js';
import { type ApiDeps } from './deps.js';
import { type TaskRequest, type TaskRequestMessage } from './task-request.js';
/** A checked unary task, ready to dispatch: what {@link prepareUnaryTask} returns. */
export interface PreparedTask extends TaskRequest {
    readonly callback: {
        url: URL;
        secretId: string;
    } | undefined;
}
/** How one prepared task runs: its span, trace context and cancellation. */
export interface UnaryTaskRun {
    readonly span: Span;
    readonly traceContext: Context;
    /** Aborts the task (the client cancelled it, or its deadline passed). */
    readonly signal: AbortSignal;
    /** Wait for a free slot when every instance is at its max concurrency, instead of RESOURCE_EXHAUSTED. @default false */
    readonly waitForCapacity?: boolean;
    /**
     * SubmitTasks: the client's id of the task. A result relayed as bytes then comes back as the
     * whole SubmitTasksResponse (built in one buffer); a decoded one is still a SubmitTaskResponse.
     */
    readonly bulkId?: string;
    /** Who submitted it (the principal's subject): only they, or a `*` caller, see its callback in `GET /api/webhooks`. */
    readonly owner?: string | undefined;
}
/**
 * Checks a SubmitTask request (as {@link toTaskRequest}: INVALID_ARGUMENT, FAILED_PRECONDITION,
 * RESOURCE_EXHAUSTED) and its callback, and gives the task its id and deadline. Shared by SubmitTask and
 * each task of a SubmitTasks stream.
 */
export declare function prepareUnaryTask(deps: ApiDeps, request: TaskRequestMessage | null, call: Pick<grpc.ServerUnaryCall<unknown, unknown>, 'getDeadline'>): PreparedTask;
/**
 * Runs a prepared unary task through the dispatcher (scheduler, selection, reassignment, outcome
 * recording) and resolves with its SubmitTaskResponse: the agent's result relayed as bytes when it has
 * the expected shape, decoded otherwise. Sends the callback, if any, either way.
 */
export declare function runUnaryTask(deps: ApiDeps, task: PreparedTask, run: UnaryTaskRun): Promise<SubmitTaskResponse | Buffer>;
