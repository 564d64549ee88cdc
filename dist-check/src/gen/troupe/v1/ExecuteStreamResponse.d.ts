import type { Progress as _troupe_v1_Progress, Progress__Output as _troupe_v1_Progress__Output } from '../../troupe/v1/Progress.js';
import type { Chunk as _troupe_v1_Chunk, Chunk__Output as _troupe_v1_Chunk__Output } from '../../troupe/v1/Chunk.js';
import type { TaskResult as _troupe_v1_TaskResult, TaskResult__Output as _troupe_v1_TaskResult__Output } from '../../troupe/v1/TaskResult.js';
/**
 * One event of a streaming task. The stream carries any number of progress and
 * chunk events in order and ends with exactly one result event (or a gRPC error).
 */
export interface ExecuteStreamResponse {
    /**
     * Progress report.
     */
    'progress'?: (_troupe_v1_Progress | null);
    /**
     * A piece of output.
     */
    'chunk'?: (_troupe_v1_Chunk | null);
    /**
     * The final result; the last event of a successful stream.
     */
    'result'?: (_troupe_v1_TaskResult | null);
    /**
     * The event.
     */
    'event'?: "progress" | "chunk" | "result";
}
/**
 * One event of a streaming task. The stream carries any number of progress and
 * chunk events in order and ends with exactly one result event (or a gRPC error).
 */
export interface ExecuteStreamResponse__Output {
    /**
     * Progress report.
     */
    'progress'?: (_troupe_v1_Progress__Output | null);
    /**
     * A piece of output.
     */
    'chunk'?: (_troupe_v1_Chunk__Output | null);
    /**
     * The final result; the last event of a successful stream.
     */
    'result'?: (_troupe_v1_TaskResult__Output | null);
    /**
     * The event.
     */
    'event'?: "progress" | "chunk" | "result";
}
