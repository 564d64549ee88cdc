import type { ClientReadableStream, status as Status } from '@grpc/grpc-js';
import type { DescribeResponse__Output } from '../../gen/troupe/v1/DescribeResponse.js';
import type { ExecuteResponse__Output } from '../../gen/troupe/v1/ExecuteResponse.js';
import type { ExecuteStreamResponse__Output } from '../../gen/troupe/v1/ExecuteStreamResponse.js';
import type { TaskSpec } from '../../gen/troupe/v1/TaskSpec.js';
import { type Json } from '../grpc/struct.js';
import type { CheckContext } from './types.js';
/** A gRPC status code, or -1 when a call gave no status in time or no response. @internal */
export type CallCode = Status | -1;
/** How a unary call ended. @internal */
export type CallOutcome<T> = {
    ok: true;
    value: T;
    ms: number;
} | {
    ok: false;
    code: CallCode;
    details: string;
    ms: number;
};
/** How a server stream ended. `code` is -1 when no status came in time (the stream hung). @internal */
export interface StreamOutcome {
    messages: ExecuteStreamResponse__Output[];
    code: CallCode;
    details: string;
    /** From the call's start to its status. */
    ms: number;
}
/** A task for `capability` with `input` and a fresh task id. @internal */
export declare function taskFor(capability: string, input: Json): TaskSpec;
/** "NOT_FOUND: no capability…" for reports. @internal */
export declare function statusText(code: number, details: string): string;
/** Calls Describe. @internal */
export declare function callDescribe(ctx: CheckContext): Promise<CallOutcome<DescribeResponse__Output>>;
/** Calls Execute with `task` (null sends a request without one). @internal */
export declare function callExecute(ctx: CheckContext, task: TaskSpec | null, deadlineMs?: number): Promise<CallOutcome<ExecuteResponse__Output>>;
/** Options of {@link callExecuteStream}. @internal */
export interface StreamCallOptions {
    /** The call's gRPC deadline. @default ctx.callTimeoutMs */
    deadlineMs?: number;
    /** `resume_from_sequence` of the request (the resume contract). @default 0 */
    resumeFromSequence?: number;
    /** Called for each message, with the call (to cancel it). */
    onMessage?: (message: ExecuteStreamResponse__Output, call: ClientReadableStream<ExecuteStreamResponse__Output>) => void;
}
/**
 * Calls ExecuteStream and collects every message until the status. A watchdog
 * (deadline + 2 s) cancels a call that never ends and reports code -1.
 * @internal
 */
export declare function callExecuteStream(ctx: CheckContext, task: TaskSpec, options?: StreamCallOptions): Promise<StreamOutcome>;
