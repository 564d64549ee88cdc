/**
 * A task's failure, shaped like google.rpc.Status: the gRPC status code the same task would
 * have got from SubmitTask, a message a person can act on, and a machine-readable reason for
 * refusals of the request message itself (as google.rpc.ErrorInfo.reason).
 */
export interface TaskError {
    /**
     * gRPC status code, e.g. 3 (INVALID_ARGUMENT), 4 (DEADLINE_EXCEEDED), 1 (CANCELLED).
     */
    'code'?: (number);
    /**
     * What went wrong, for people; at most 4096 characters, never a credential.
     */
    'message'?: (string);
    /**
     * Empty for a task that ran (or was checked) and failed. "DUPLICATE_ID": the submit was
     * refused because its id is in flight; the earlier task with that id is unaffected and its
     * own response follows. "MALFORMED": the message could not be read as a SubmitTasksRequest
     * or had neither submit nor cancel.
     */
    'reason'?: (string);
    /**
     * The orchestrator's id of the task, when it got one before failing; empty otherwise.
     */
    'taskId'?: (string);
}
/**
 * A task's failure, shaped like google.rpc.Status: the gRPC status code the same task would
 * have got from SubmitTask, a message a person can act on, and a machine-readable reason for
 * refusals of the request message itself (as google.rpc.ErrorInfo.reason).
 */
export interface TaskError__Output {
    /**
     * gRPC status code, e.g. 3 (INVALID_ARGUMENT), 4 (DEADLINE_EXCEEDED), 1 (CANCELLED).
     */
    'code': (number);
    /**
     * What went wrong, for people; at most 4096 characters, never a credential.
     */
    'message': (string);
    /**
     * Empty for a task that ran (or was checked) and failed. "DUPLICATE_ID": the submit was
     * refused because its id is in flight; the earlier task with that id is unaffected and its
     * own response follows. "MALFORMED": the message could not be read as a SubmitTasksRequest
     * or had neither submit nor cancel.
     */
    'reason': (string);
    /**
     * The orchestrator's id of the task, when it got one before failing; empty otherwise.
     */
    'taskId': (string);
}
