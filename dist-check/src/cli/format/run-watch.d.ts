import type { RunWatchEvent } from '../../sdk/client/index.js';
import type { RunProgress, StepProgress } from './run-progress.js';
/** Columns of the live step table. */
export declare const PROGRESS_COLUMNS: readonly ["STEP", "STATUS", "ATTEMPTS", "AGENT", "DURATION", "NOTE"];
/** `+1.234s` since the watch began, padded so lines align up to 999 s. */
export declare function formatElapsed(ms: number): string;
/**
 * One line of `troupe run --watch` when the output is not a terminal, for an event
 * already applied to `run` (so counts include it). `elapsedMs` is the time since the
 * watch began; `now` (ms) places retry times.
 *
 * @example `   +0.012s  speak   chunk #3  800 B  50.0 ms audio`
 */
export declare function formatRunEventLine(run: RunProgress, event: RunWatchEvent, elapsedMs: number, now: number): string;
/**
 * The line that stands for a streamed step's chunks when they are not printed one by one
 * (off a terminal, without `--chunks`), printed once the step has ended:
 * `   +2.345s  speak   streamed 548 chunks · 54.8 s audio/L16 · 1.8 MB`. Undefined for a step without chunks.
 */
export declare function formatStreamSummaryLine(run: RunProgress, stepId: string, elapsedMs: number): string | undefined;
/**
 * The NOTE of a step: what is happening or why it ended, e.g.
 * `retrying at 12:00:01.400 (in 0.40s) · last: UNAVAILABLE: down`, `items 7/20`,
 * `12 chunks · 3.4 s audio`, `skipped: condition is false`.
 */
export declare function stepNote(step: StepProgress, now: number): string;
/** One row of the live table. */
export declare function progressRow(step: StepProgress, now: number): string[];
/**
 * The live view of a run: a header line (`run <id> · <workflow> · <status> · <elapsed>`,
 * without the id when `withRunId` is false) and the step table, every line cut to
 * `width` characters so a terminal never wraps it (which would break redrawing).
 */
export declare function formatProgressView(run: RunProgress, now: number, width?: number, withRunId?: boolean): string[];
