import type { TaskResult as _troupe_v1_TaskResult, TaskResult__Output as _troupe_v1_TaskResult__Output } from '../../troupe/v1/TaskResult.js';
import type { ChannelError as _troupe_v1_ChannelError, ChannelError__Output as _troupe_v1_ChannelError__Output } from '../../troupe/v1/ChannelError.js';
import type { Long } from '@grpc/proto-loader';
/**
 * One finished task on a Channel stream.
 */
export interface ChannelResponse {
    /**
     * The call_id of the task's ChannelStart.
     */
    'callId'?: (number | string | Long);
    /**
     * The task's result, as ExecuteResponse.result.
     */
    'result'?: (_troupe_v1_TaskResult | null);
    /**
     * The task's error, as the gRPC status Execute would have returned.
     */
    'error'?: (_troupe_v1_ChannelError | null);
    /**
     * How the task ended.
     */
    'outcome'?: "result" | "error";
}
/**
 * One finished task on a Channel stream.
 */
export interface ChannelResponse__Output {
    /**
     * The call_id of the task's ChannelStart.
     */
    'callId': (string);
    /**
     * The task's result, as ExecuteResponse.result.
     */
    'result'?: (_troupe_v1_TaskResult__Output | null);
    /**
     * The task's error, as the gRPC status Execute would have returned.
     */
    'error'?: (_troupe_v1_ChannelError__Output | null);
    /**
     * How the task ended.
     */
    'outcome'?: "result" | "error";
}
