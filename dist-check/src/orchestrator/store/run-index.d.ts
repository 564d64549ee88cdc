import { type Limiter } from '../../sdk/util/limiter.js';
import { type Bucket } from './kv-util.js';
import { type FinishedRun, type RunPage, type RunPageFilter, type RunSummary } from './run-page.js';
/** Width of one index slot: runs are grouped by the minute they were created in… */
export declare const SLOT_MS = 60000;
/** The slot (minute) of a creation time. */
export declare function slotOf(createdAt: number): number;
/** Options of {@link RunListIndex}. */
export interface RunListIndexOptions {
    /** Wait before retrying a failed index write. @default 1000 */
    readonly retryMs?: number;
    /** Wall clock. @default Date.now */
    readonly now?: () => number;
    /** An index write failed (it is retried). */
    readonly onError?: (runId: string, err: unknown) => void;
    /** Bounds the writes in flight (shared with the run store). @default unbounded */
    readonly writes?: Limiter;
}
/**
 * The run list index (`troupe_run_index`), so that ListRuns reads the runs of the
 * minutes it shows instead of every run record:
 *
 * - `r.<minute>.<second>.<runId>` → the run's summary (status, times, error), written when it changes;
 * - `s.<minute>` and `w.<workflow>.<minute>`: empty markers of the minutes that have runs (of a workflow);
 * - `t.<minute>.<second>` and `u.<workflow>.<minute>.<second>`: the same for the seconds of each minute;
 * - `e.<runId>` → `{ revision, createdAt, endedAt }` of each FINISHED run, so that retention reads the
 *   finished runs only, however many are in flight.
 *
 * A page walks the marked minutes newest first, and in each the marked seconds, reading one
 * second (one ordered consumer on `r.<minute>.<second>.*`) at a time until it is full: a burst
 * of thousands of runs in a minute is read a second at a time. Writes are asynchronous, ordered per run and
 * retried until they land, so a NATS blip delays the index but never fails a run; callers
 * overlay what they know fresher (their own live runs) with `overlay`.
 *
 * @example
 * const index = new RunListIndex(buckets.runIndex);
 * index.note(summaryFromRecord(record));
 * const page = await index.page({ workflow: 'podcast', limit: 50 });
 */
export declare class RunListIndex {
    #private;
    constructor(bucket: Bucket, options?: RunListIndexOptions);
    /**
     * Records a run's summary, taken from the record written at `revision` (`created`: the
     * record's first write), if its status changed since the last one written here (cheap otherwise).
     */
    note(summary: RunSummary, revision: number, created?: boolean): void;
    /** Removes a run's entries (retention); `createdAt` names its slot. */
    remove(runId: string, createdAt: number): Promise<void>;
    /** Every finished run's retention entry (as many reads as finished runs, none per run in flight). */
    finishedRuns(): Promise<FinishedRun[]>;
    /** Writes the retention entries of finished runs stored before those entries existed (those missing only); resolves with how many. */
    indexFinished(runs: readonly FinishedRun[]): Promise<number>;
    /** Resolves when every noted summary is written (tests, shutdown). */
    flushed(): Promise<void>;
    /** Stops writing (pending summaries are dropped; the record is the truth). */
    close(): void;
    /** Whether the index holds nothing at all (a new index, perhaps over existing runs). */
    isEmpty(): Promise<boolean>;
    /**
     * A page of runs, newest first. `overlay` gives a fresher summary of a run this
     * process drives (or undefined); summaries not yet written are read from memory.
     */
    page(filter: RunPageFilter, overlay?: (runId: string) => RunSummary | undefined): Promise<RunPage>;
}
