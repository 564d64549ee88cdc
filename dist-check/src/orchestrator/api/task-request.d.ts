import type * as grpc from '@grpc/grpc-js';
import type { SubmitTaskRequest__Output } from '../../gen/troupe/v1/SubmitTaskRequest.js';
import type { DispatchTask } from '../dispatch/encode-task.js';
import type { Registry } from '../registry/registry.js';
/** A task's input as the bytes of its Value, relayed undecoded, and its size as SubmitTask measures it. */
export interface RawInput {
    readonly bytes: Buffer;
    /** What `jsonSize` gives the decoded Value (see measureRawValue). */
    readonly jsonSize: number;
}
/** A SubmitTask request as decoded, or (SubmitTasks) read from the wire with its input left as bytes. */
export type TaskRequestMessage = SubmitTaskRequest__Output & {
    readonly rawInput?: RawInput;
};
/** A validated task request: what to send the agent and until when. */
export interface TaskRequest {
    spec: DispatchTask;
    deadline: Date;
    priority: number;
}
/**
 * Validates a SubmitTask/StreamTask request (the two share their fields) and
 * derives the task: a fresh id, the earlier of the gRPC deadline and
 * `options.timeout_ms` (or the default), and priority 1–5.
 */
export declare function toTaskRequest(request: Omit<TaskRequestMessage, 'callbackUrl' | 'callbackSecretId'> | null, call: Pick<grpc.ServerUnaryCall<unknown, unknown>, 'getDeadline'>, registry: Registry, expect: {
    streaming: boolean;
    defaultTimeoutMs: number;
    maxPayloadBytes?: number;
}): TaskRequest;
