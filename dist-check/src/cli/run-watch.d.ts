import type { OrchestratorClient, RunWatchEvent } from '../sdk/client/index.js';
import { type CliContext } from './context.js';
/** How `troupe run --watch` presents a run. */
export interface WatchOptions {
    /** One JSON object per event on stdout instead of the progress view. */
    json: boolean;
    /** Write chunk bytes here as they arrive (a growing valid WAV for audio/L16 and a .wav name). */
    outFile?: string;
    /** The trace id StartRun answered, shown before the first event arrives. */
    traceId: string;
    /**
     * Off a terminal, one line per streamed chunk. Without it a streamed step gets one
     * summary line when it ends (a 54 s episode is ~550 chunks).
     */
    chunks?: boolean;
}
/**
 * Follows a run until it ends: the live step table on a terminal (stderr), one line per
 * event otherwise, or JSON lines with `json`. Chunk bytes go to `outFile`. Resolves to
 * exit code 0 when the run completed (warnings are printed), 1 when it failed or was
 * cancelled (the error is printed). Ctrl-C stops watching, not the run.
 */
export declare function watchRun(client: OrchestratorClient, runId: string, opts: WatchOptions, ctx: CliContext): Promise<number>;
/** A JSON-safe view of a WatchRun event for `--json`: chunk bytes as their count. */
export declare function watchEventToJson(event: RunWatchEvent): Record<string, unknown>;
