/**
 * Cancels one task on a SubmitTasks stream.
 */
export interface BulkCancel {
    /**
     * The id of the task's submit. The task answers CANCELLED and its agent call is cancelled;
     * an id with no task in flight (unknown, or already answered) is ignored.
     */
    'id'?: (string);
}
/**
 * Cancels one task on a SubmitTasks stream.
 */
export interface BulkCancel__Output {
    /**
     * The id of the task's submit. The task answers CANCELLED and its agent call is cancelled;
     * an id with no task in flight (unknown, or already answered) is ignored.
     */
    'id': (string);
}
