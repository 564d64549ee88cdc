import type { TaskResult as _troupe_v1_TaskResult, TaskResult__Output as _troupe_v1_TaskResult__Output } from '../../troupe/v1/TaskResult.js';
/**
 * Response of OrchestratorService.SubmitTask.
 */
export interface SubmitTaskResponse {
    /**
     * Id the orchestrator gave the task.
     */
    'taskId'?: (string);
    /**
     * The agent instance that ran it.
     */
    'agentInstanceId'?: (string);
    /**
     * The agent's result.
     */
    'result'?: (_troupe_v1_TaskResult | null);
}
/**
 * Response of OrchestratorService.SubmitTask.
 */
export interface SubmitTaskResponse__Output {
    /**
     * Id the orchestrator gave the task.
     */
    'taskId': (string);
    /**
     * The agent instance that ran it.
     */
    'agentInstanceId': (string);
    /**
     * The agent's result.
     */
    'result': (_troupe_v1_TaskResult__Output | null);
}
