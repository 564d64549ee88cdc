import type { RunRecord } from './run-record.js';
/** One ListRuns line: the small, listable fields of a run. */
export interface RunSummary {
    readonly runId: string;
    readonly workflow: string;
    readonly status: string;
    readonly priority: number;
    readonly createdAt: number;
    readonly endedAt: number | null;
    readonly error: string | null;
    /** A child run's parent (a `workflow:` step's run). */
    readonly parentRunId?: string;
    /** Live runs only: the step waiting for a signal. */
    readonly waiting?: unknown;
}
/** A finished run as retention needs it: what to delete, and when it finished. */
export interface FinishedRun {
    readonly runId: string;
    /** The record revision the entry was taken from (a removal is a compare-and-delete on it). */
    readonly revision: number;
    readonly createdAt: number;
    /** When the run finished (the run actor's `endedAt`). */
    readonly endedAt: number;
}
/** What ListRuns asks for. Times are ms since the epoch. */
export interface RunPageFilter {
    readonly workflow?: string | undefined;
    readonly status?: string | undefined;
    /** Only runs created at or after this time. */
    readonly createdAfter?: number | undefined;
    /** Only runs created before this time. */
    readonly createdBefore?: number | undefined;
    /** Most runs in the page (1 … {@link MAX_PAGE_SIZE}). */
    readonly limit: number;
    /** `nextPageToken` of the previous page; empty or absent for the first. */
    readonly pageToken?: string | undefined;
    /** Only runs the caller may see (a token limited to some workflows). */
    readonly visible?: ((s: RunSummary) => boolean) | undefined;
}
/** A page of runs, newest first; `nextPageToken` is empty on the last page. */
export interface RunPage {
    readonly runs: RunSummary[];
    readonly nextPageToken: string;
}
/** Largest page ListRuns answers. */
export declare const MAX_PAGE_SIZE = 1000;
/** The ListRuns line of a stored record (same shape as `RunExecutor.summary()`). */
export declare function summaryFromRecord(record: RunRecord): RunSummary;
/** Where a page stops: the last run it returned. */
interface Cursor {
    readonly createdAt: number;
    readonly runId: string;
}
/** Newest first, then by run id (descending), so that a cursor is a total order. */
export declare function newestFirst(a: RunSummary, b: RunSummary): number;
/** The token that continues after `last`. */
export declare function encodePageToken(last: RunSummary): string;
/** The cursor of a page token; INVALID_ARGUMENT for one ListRuns did not make. */
export declare function decodePageToken(token: string | undefined): Cursor | undefined;
/** Checks a filter's numbers; throws INVALID_ARGUMENT naming the bad one. */
export declare function checkPageFilter(filter: RunPageFilter): void;
/**
 * A predicate for the runs a page may hold: those matching the filter and, with a
 * page token, strictly after the cursor in {@link newestFirst} order.
 */
export declare function pageMatcher(filter: RunPageFilter): (s: RunSummary) => boolean;
/**
 * The page of `summaries` (any order) for `filter`: used where every run is at hand
 * (in memory); the indexed store reads only the time slots it needs.
 */
export declare function pageOf(summaries: Iterable<RunSummary>, filter: RunPageFilter): RunPage;
/** The first `limit` of `sorted` (newest first), with a token when more follow. */
export declare function cut(sorted: readonly RunSummary[], limit: number): RunPage;
export {};
