import type { Readable } from 'node:stream';
import type { OrchestratorClient, TaskRequest } from '../sdk/client/index.js';
import { type CliContext } from './context.js';
/** What `troupe task submit-many` was asked to do. */
export interface SubmitManyOptions {
    /** JSON Lines file ('-' for stdin). */
    file: string;
    /** With it, each line is the input of a task of this capability; without, each line is a task object. */
    capability: string | undefined;
    concurrency: number;
    /** Defaults applied to every task that sets none. */
    timeoutMs?: number;
    priority?: number;
    /** Where the file comes from when it is '-'. @default process.stdin */
    stdin?: Readable;
}
/**
 * Runs every task of a JSON Lines file over one SubmitTasks stream, `concurrency` at a time, reading
 * the file only as fast as tasks finish. Prints one JSON line per task on stdout as it finishes (in
 * completion order, each naming its line), then a summary on stderr. A line that is not a task is
 * reported like a failed task and sent nowhere. Exit code 1 when any task failed.
 */
export declare function submitMany(client: OrchestratorClient, options: SubmitManyOptions, ctx: CliContext): Promise<number>;
/** Reads one line as a task (or, with --capability, as a task's input); an error says what is wrong with it. */
export declare function parseLine(text: string, options: Pick<SubmitManyOptions, 'capability' | 'timeoutMs' | 'priority'>): {
    task: TaskRequest;
    id?: string;
} | {
    error: string;
    id?: string;
};
