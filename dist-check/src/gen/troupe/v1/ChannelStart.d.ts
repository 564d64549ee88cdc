import type { TaskSpec as _troupe_v1_TaskSpec, TaskSpec__Output as _troupe_v1_TaskSpec__Output } from '../../troupe/v1/TaskSpec.js';
import type { Long } from '@grpc/proto-loader';
/**
 * Starts one unary task on a channel.
 */
export interface ChannelStart {
    /**
     * Caller-chosen id, unique on this channel; the response carries it back.
     */
    'callId'?: (number | string | Long);
    /**
     * The task to run, as in ExecuteRequest.
     */
    'task'?: (_troupe_v1_TaskSpec | null);
    /**
     * W3C traceparent of the caller's span for this task (trace context cannot ride in
     * per-task gRPC metadata on a shared stream).
     */
    'traceparent'?: (string);
    /**
     * W3C tracestate accompanying traceparent.
     */
    'tracestate'?: (string);
    /**
     * Time budget in milliseconds, as a per-call gRPC deadline would give; 0 means none.
     */
    'timeoutMs'?: (number);
}
/**
 * Starts one unary task on a channel.
 */
export interface ChannelStart__Output {
    /**
     * Caller-chosen id, unique on this channel; the response carries it back.
     */
    'callId': (string);
    /**
     * The task to run, as in ExecuteRequest.
     */
    'task': (_troupe_v1_TaskSpec__Output | null);
    /**
     * W3C traceparent of the caller's span for this task (trace context cannot ride in
     * per-task gRPC metadata on a shared stream).
     */
    'traceparent': (string);
    /**
     * W3C tracestate accompanying traceparent.
     */
    'tracestate': (string);
    /**
     * Time budget in milliseconds, as a per-call gRPC deadline would give; 0 means none.
     */
    'timeoutMs': (number);
}
