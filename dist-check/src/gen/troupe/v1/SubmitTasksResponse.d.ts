import type { SubmitTaskResponse as _troupe_v1_SubmitTaskResponse, SubmitTaskResponse__Output as _troupe_v1_SubmitTaskResponse__Output } from '../../troupe/v1/SubmitTaskResponse.js';
import type { TaskError as _troupe_v1_TaskError, TaskError__Output as _troupe_v1_TaskError__Output } from '../../troupe/v1/TaskError.js';
/**
 * One finished task on a SubmitTasks stream.
 */
export interface SubmitTasksResponse {
    /**
     * The id of the submit this answers; empty when the message it answers had no readable id.
     */
    'id'?: (string);
    /**
     * The task's result, exactly as SubmitTask returns it.
     */
    'result'?: (_troupe_v1_SubmitTaskResponse | null);
    /**
     * Why the task failed, or why its message was refused.
     */
    'error'?: (_troupe_v1_TaskError | null);
    /**
     * How the task ended.
     */
    'outcome'?: "result" | "error";
}
/**
 * One finished task on a SubmitTasks stream.
 */
export interface SubmitTasksResponse__Output {
    /**
     * The id of the submit this answers; empty when the message it answers had no readable id.
     */
    'id': (string);
    /**
     * The task's result, exactly as SubmitTask returns it.
     */
    'result'?: (_troupe_v1_SubmitTaskResponse__Output | null);
    /**
     * Why the task failed, or why its message was refused.
     */
    'error'?: (_troupe_v1_TaskError__Output | null);
    /**
     * How the task ended.
     */
    'outcome'?: "result" | "error";
}
