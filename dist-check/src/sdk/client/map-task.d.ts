import type { StreamTaskRequest } from '../../gen/troupe/v1/StreamTaskRequest.js';
import type { StreamTaskResponse__Output } from '../../gen/troupe/v1/StreamTaskResponse.js';
import type { SubmitTaskRequest } from '../../gen/troupe/v1/SubmitTaskRequest.js';
import type { SubmitTaskResponse__Output } from '../../gen/troupe/v1/SubmitTaskResponse.js';
import type { TaskResult__Output } from '../../gen/troupe/v1/TaskResult.js';
import type { StreamTaskEvent, SubmitTaskResult, TaskOutcome, TaskRequest } from './types.js';
/**
 * Builds the wire request shared by SubmitTask and StreamTask. Throws InvalidArgumentError
 * for input that is not JSON or options outside their range, before anything is sent.
 */
export declare function toTaskRequestMessage(req: TaskRequest): SubmitTaskRequest & StreamTaskRequest;
/** Converts a decoded `troupe.v1.TaskResult` (or its absence) to a plain {@link TaskOutcome}. */
export declare function toTaskOutcome(result: TaskResult__Output | null | undefined): TaskOutcome;
/** Converts a decoded SubmitTaskResponse. */
export declare function toSubmitTaskResult(res: SubmitTaskResponse__Output): SubmitTaskResult;
/** Converts one decoded StreamTaskResponse; undefined for an event this client does not know. */
export declare function toStreamTaskEvent(res: StreamTaskResponse__Output): StreamTaskEvent | undefined;
