import type { BulkSubmit as _troupe_v1_BulkSubmit, BulkSubmit__Output as _troupe_v1_BulkSubmit__Output } from '../../troupe/v1/BulkSubmit.js';
import type { BulkCancel as _troupe_v1_BulkCancel, BulkCancel__Output as _troupe_v1_BulkCancel__Output } from '../../troupe/v1/BulkCancel.js';
/**
 * One message from the client on a SubmitTasks stream.
 */
export interface SubmitTasksRequest {
    /**
     * Start a task.
     */
    'submit'?: (_troupe_v1_BulkSubmit | null);
    /**
     * Cancel a task of this stream that has not answered yet.
     */
    'cancel'?: (_troupe_v1_BulkCancel | null);
    /**
     * What to do. A message with neither is answered with INVALID_ARGUMENT (and an empty id).
     */
    'event'?: "submit" | "cancel";
}
/**
 * One message from the client on a SubmitTasks stream.
 */
export interface SubmitTasksRequest__Output {
    /**
     * Start a task.
     */
    'submit'?: (_troupe_v1_BulkSubmit__Output | null);
    /**
     * Cancel a task of this stream that has not answered yet.
     */
    'cancel'?: (_troupe_v1_BulkCancel__Output | null);
    /**
     * What to do. A message with neither is answered with INVALID_ARGUMENT (and an empty id).
     */
    'event'?: "submit" | "cancel";
}
