import type { TaskResult as _troupe_v1_TaskResult, TaskResult__Output as _troupe_v1_TaskResult__Output } from '../../troupe/v1/TaskResult.js';
/**
 * Response of AgentService.Execute.
 */
export interface ExecuteResponse {
    /**
     * The task's result.
     */
    'result'?: (_troupe_v1_TaskResult | null);
}
/**
 * Response of AgentService.Execute.
 */
export interface ExecuteResponse__Output {
    /**
     * The task's result.
     */
    'result': (_troupe_v1_TaskResult__Output | null);
}
