import type { OrchestratorClient, TaskRequest } from '../sdk/client/index.js';
import { type CliContext } from './context.js';
/** How `troupe task` presents its result. */
export interface TaskOutputOptions {
    /** Print JSON instead of human output. */
    json: boolean;
    /** Write binary output to this file. */
    outFile: string | undefined;
}
/** Runs a unary task: output JSON on stdout, data to --out, footer on stderr. */
export declare function runUnaryTask(client: OrchestratorClient, req: TaskRequest, opts: TaskOutputOptions, ctx: CliContext): Promise<number>;
/**
 * Runs a streaming task. Progress and one line per chunk go to stderr (chunk bytes go
 * to --out instead when given), the final output to stdout. The --out file is closed
 * (and its WAV header patched) however the stream ends.
 */
export declare function runStreamTask(client: OrchestratorClient, req: TaskRequest, opts: TaskOutputOptions, ctx: CliContext): Promise<number>;
