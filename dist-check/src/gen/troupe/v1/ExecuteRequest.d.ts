import type { TaskSpec as _troupe_v1_TaskSpec, TaskSpec__Output as _troupe_v1_TaskSpec__Output } from '../../troupe/v1/TaskSpec.js';
/**
 * Request of AgentService.Execute.
 */
export interface ExecuteRequest {
    /**
     * The task to run.
     */
    'task'?: (_troupe_v1_TaskSpec | null);
}
/**
 * Request of AgentService.Execute.
 */
export interface ExecuteRequest__Output {
    /**
     * The task to run.
     */
    'task': (_troupe_v1_TaskSpec__Output | null);
}
