import type { SubmitTaskRequest as _troupe_v1_SubmitTaskRequest, SubmitTaskRequest__Output as _troupe_v1_SubmitTaskRequest__Output } from '../../troupe/v1/SubmitTaskRequest.js';
/**
 * One task submitted on a SubmitTasks stream.
 */
export interface BulkSubmit {
    /**
     * Client-chosen id of the task: 1 to 256 characters, unique among the stream's tasks that
     * have not answered yet (it may be reused once its response has arrived). The task's
     * response carries it back. A submit reusing an id in flight is refused with
     * INVALID_ARGUMENT, reason "DUPLICATE_ID"; the earlier task goes on.
     */
    'id'?: (string);
    /**
     * The task, with the fields and checks of SubmitTask: capability, input, data and
     * content_type, options (idempotency key, priority, timeout_ms), callback_url. Its deadline
     * is options.timeout_ms (or the orchestrator default) from when the orchestrator reads this
     * message, capped by the stream's own gRPC deadline: past it the task alone answers
     * DEADLINE_EXCEEDED and its agent call is cancelled.
     */
    'task'?: (_troupe_v1_SubmitTaskRequest | null);
    /**
     * W3C traceparent of the client's span for this task: the task's span on the orchestrator
     * becomes its child (per-task trace context cannot ride in gRPC metadata on a shared
     * stream). Empty or malformed: the task's span is a child of the stream's span.
     */
    'traceparent'?: (string);
    /**
     * W3C tracestate accompanying traceparent.
     */
    'tracestate'?: (string);
}
/**
 * One task submitted on a SubmitTasks stream.
 */
export interface BulkSubmit__Output {
    /**
     * Client-chosen id of the task: 1 to 256 characters, unique among the stream's tasks that
     * have not answered yet (it may be reused once its response has arrived). The task's
     * response carries it back. A submit reusing an id in flight is refused with
     * INVALID_ARGUMENT, reason "DUPLICATE_ID"; the earlier task goes on.
     */
    'id': (string);
    /**
     * The task, with the fields and checks of SubmitTask: capability, input, data and
     * content_type, options (idempotency key, priority, timeout_ms), callback_url. Its deadline
     * is options.timeout_ms (or the orchestrator default) from when the orchestrator reads this
     * message, capped by the stream's own gRPC deadline: past it the task alone answers
     * DEADLINE_EXCEEDED and its agent call is cancelled.
     */
    'task': (_troupe_v1_SubmitTaskRequest__Output | null);
    /**
     * W3C traceparent of the client's span for this task: the task's span on the orchestrator
     * becomes its child (per-task trace context cannot ride in gRPC metadata on a shared
     * stream). Empty or malformed: the task's span is a child of the stream's span.
     */
    'traceparent': (string);
    /**
     * W3C tracestate accompanying traceparent.
     */
    'tracestate': (string);
}
