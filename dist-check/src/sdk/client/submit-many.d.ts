import { type TroupeError } from '../errors.js';
import type { TaskStream } from './task-stream.js';
import type { SubmitTaskResult, TaskRequest } from './types.js';
/** One finished task of {@link OrchestratorClient.submitMany}: its position in the input, and its result or error. */
export type TaskStreamOutcome = {
    readonly index: number;
    readonly ok: true;
    readonly result: SubmitTaskResult;
} | {
    readonly index: number;
    readonly ok: false;
    readonly error: TroupeError;
};
/** Tasks {@link OrchestratorClient.submitMany} keeps in flight when not told otherwise. */
export declare const DEFAULT_SUBMIT_MANY_CONCURRENCY = 64;
/**
 * @internal Runs `tasks` over one TaskStream with at most `concurrency` in flight, reading the input
 * only as fast as tasks finish, and yields each outcome as it finishes. Throws the stream's error if
 * the stream itself fails; leaving the loop early cancels the stream and its tasks.
 */
export declare function submitManyOver(stream: TaskStream, tasks: Iterable<TaskRequest> | AsyncIterable<TaskRequest>, concurrency: number): AsyncGenerator<TaskStreamOutcome, void, undefined>;
