import type { Readable } from 'node:stream';
import type { OrchestratorClient, StartRunRequest } from '../sdk/client/index.js';
import { type CliContext } from './context.js';
/** Runs per StartRuns call (the server's limit). */
export declare const START_MANY_BATCH = 1000;
/** What `troupe run start-many` was asked to do. */
export interface StartManyOptions {
    /** JSON Lines file ('-' for stdin). */
    file: string;
    /** With it, each line is the input of a run of this workflow; without, each line is a run object. */
    workflow: string | undefined;
    /** Defaults applied to every run that sets none. */
    priority?: number;
    timeoutMs?: number;
    /** Where the file comes from when it is '-'. @default process.stdin */
    stdin?: Readable;
    /** Runs per call. @default START_MANY_BATCH */
    batch?: number;
}
/** Reads one line as a run (or, with --workflow, as a run's input); an error says what is wrong with it. */
export declare function parseRunLine(text: string, options: Pick<StartManyOptions, 'workflow' | 'priority' | 'timeoutMs'>): {
    run: StartRunRequest;
} | {
    error: string;
};
/**
 * Starts the run of every line of a JSON Lines file with StartRuns, up to 1000 per call.
 * Prints one JSON line per run on stdout, in file order (each naming its line), then a
 * summary on stderr. A line that is not a run is reported like a refused run and sent
 * nowhere. Exit code 1 when any line did not start a run.
 */
export declare function startMany(client: OrchestratorClient, options: StartManyOptions, ctx: CliContext): Promise<number>;
