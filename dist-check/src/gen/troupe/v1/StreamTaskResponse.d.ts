import type { TaskStarted as _troupe_v1_TaskStarted, TaskStarted__Output as _troupe_v1_TaskStarted__Output } from '../../troupe/v1/TaskStarted.js';
import type { Progress as _troupe_v1_Progress, Progress__Output as _troupe_v1_Progress__Output } from '../../troupe/v1/Progress.js';
import type { Chunk as _troupe_v1_Chunk, Chunk__Output as _troupe_v1_Chunk__Output } from '../../troupe/v1/Chunk.js';
import type { TaskResult as _troupe_v1_TaskResult, TaskResult__Output as _troupe_v1_TaskResult__Output } from '../../troupe/v1/TaskResult.js';
/**
 * One event of a StreamTask stream: started, then progress/chunks, then one result.
 */
export interface StreamTaskResponse {
    /**
     * The task was dispatched.
     */
    'started'?: (_troupe_v1_TaskStarted | null);
    /**
     * Progress relayed from the agent.
     */
    'progress'?: (_troupe_v1_Progress | null);
    /**
     * A chunk relayed from the agent, in order.
     */
    'chunk'?: (_troupe_v1_Chunk | null);
    /**
     * The final result; the last event of a successful stream.
     */
    'result'?: (_troupe_v1_TaskResult | null);
    /**
     * The event.
     */
    'event'?: "started" | "progress" | "chunk" | "result";
}
/**
 * One event of a StreamTask stream: started, then progress/chunks, then one result.
 */
export interface StreamTaskResponse__Output {
    /**
     * The task was dispatched.
     */
    'started'?: (_troupe_v1_TaskStarted__Output | null);
    /**
     * Progress relayed from the agent.
     */
    'progress'?: (_troupe_v1_Progress__Output | null);
    /**
     * A chunk relayed from the agent, in order.
     */
    'chunk'?: (_troupe_v1_Chunk__Output | null);
    /**
     * The final result; the last event of a successful stream.
     */
    'result'?: (_troupe_v1_TaskResult__Output | null);
    /**
     * The event.
     */
    'event'?: "started" | "progress" | "chunk" | "result";
}
