/**
 * Child runs (a `workflow:` step's runs) nested under their parent in a page of runs: a child
 * whose parent is on the same page follows it, indented; one whose parent is not (another page,
 * filtered out, no longer kept) stays where the page put it, marked with its parent.
 */
/** What nesting needs of a run summary (`GET /api/runs`). */
export interface NestableRun {
    runId: string;
    createdAt: number;
    parentRunId?: string;
}
/** One row of the runs table. */
export interface NestedRow<R extends NestableRun> {
    run: R;
    /** 0 for a run shown at the top level; 1 for a child of a run above it, 2 for a grandchild, … */
    depth: number;
    /** The parent run's id when the run is a child whose parent is not on the page. */
    parentElsewhere?: string;
}
/**
 * The page's rows: top-level runs (and children whose parent is not on the page) in the page's
 * order, each followed by its children on the page, oldest first, recursively. Every run appears
 * exactly once, whatever the data (a run naming itself or a cycle of parents is shown at the top level).
 */
export declare function nestRuns<R extends NestableRun>(runs: readonly R[]): NestedRow<R>[];
