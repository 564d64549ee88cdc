import type { FinishedRun, RunPage, RunPageFilter, RunSummary } from './run-page.js';
/** Status of a run as stored; the run machine's final states are the finished ones. */
export type RunStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled';
/** Statuses after which a run never changes again (and may be removed by retention). */
export declare const FINISHED_RUN_STATUSES: ReadonlySet<RunStatus>;
/** True for a finished run: completed, failed or cancelled. */
export declare function isFinishedStatus(status: string): boolean;
/** A step's result as kept with the run. */
export interface StoredStepOutput {
    readonly output: unknown;
    readonly status: string;
}
/**
 * Everything needed to rehydrate a run after a restart, as one JSON value under
 * the run id in `troupe_runs`. Times are ms since the epoch (wall clock).
 */
export interface RunRecord {
    readonly runId: string;
    readonly workflow: string;
    readonly workflowVersion: number;
    readonly input: unknown;
    /** 1 (highest) … 5 (lowest). */
    readonly priority: number;
    /** Absolute deadline of the whole run, or null. */
    readonly deadlineAt: number | null;
    readonly createdAt: number;
    readonly status: RunStatus;
    /** Id of the orchestrator instance that owns (runs) the run. */
    readonly owner: string;
    /** Fencing token: the owner's lease epoch when it took the run. */
    readonly epoch: number;
    /** The run actor's persisted snapshot (`getPersistedSnapshot()`). */
    readonly run: unknown;
    /** Persisted snapshots of the run's task actors, by task id. */
    readonly tasks: Readonly<Record<string, unknown>>;
    /** Finished steps' outputs, by step id. */
    readonly outputs: Readonly<Record<string, StoredStepOutput>>;
    /** When the record was last written; for a finished run, when it finished. */
    readonly updatedAt: number;
    /** W3C trace id of the run's trace: a resumed run continues it. */
    readonly traceId?: string;
    /** Span id of the run's first `troupe.run` span: a resumed run's span is its child. */
    readonly spanId?: string;
    /** StartRun's `callback_url` and secret id: whoever finishes the run calls it back. */
    readonly callback?: RunCallback;
    /** A child run (started by a `workflow` step): its parent run and step. */
    readonly parent?: RunParent;
    /** A run replayed from a dead letter's failed step: the run and step it replays, the steps it reused. */
    readonly replay?: RunReplay;
}
/** What a run replayed from a failed step keeps of its origin (workflow/engine/run-reuse.ts). */
export interface RunReplay {
    /** The original run. */
    readonly runId: string;
    /** The step that failed (dead-lettered) there. */
    readonly stepId: string;
    /** Steps completed with the original run's output instead of running again. */
    readonly reused: readonly string[];
    /** Their outputs, kept only while the run has not started (they complete at its start). */
    readonly outputs?: Readonly<Record<string, unknown>>;
}
/** The parent of a child run (workflow/engine/child-host.ts). */
export interface RunParent {
    readonly runId: string;
    readonly stepId: string;
    /** The for_each item the child runs for. */
    readonly index?: number;
    /** Nesting depth: 1 for a child of a top-level run. */
    readonly depth: number;
}
/** Where a run's result is POSTed when it ends (docs/http-api.md). */
export interface RunCallback {
    readonly url: string;
    readonly secretId: string;
}
/** A run record with the revision it is stored at (the compare-and-set token). */
export interface StoredRun {
    readonly record: RunRecord;
    readonly revision: number;
}
/** Filter of {@link RunStore.list}. */
export interface RunListFilter {
    /** Only runs not yet completed, failed or cancelled. @default false */
    unfinished?: boolean;
}
/**
 * Where run records live. Every write is a compare-and-set on the revision: this
 * is what fences a paused owner out once a survivor adopted its run.
 */
export interface RunStore {
    /**
     * Writes `record` if the stored revision is `expectedRevision` (`null`: only if
     * no record exists). Resolves with the new revision; rejects with
     * `StaleWriteError` if someone else wrote (or deleted) first.
     */
    put(record: RunRecord, expectedRevision: number | null): Promise<number>;
    /** The record of `runId` and its revision. */
    get(runId: string): Promise<StoredRun | undefined>;
    /** All records (or the unfinished ones), oldest `createdAt` first. */
    list(filter?: RunListFilter): Promise<StoredRun[]>;
    /** Optional: the record now and each later version (a live follow), until `signal` aborts. */
    watch?(runId: string, signal?: AbortSignal): AsyncIterable<StoredRun>;
    /**
     * Removes the record; with `expectedRevision`, only if it is still at that
     * revision (else `StaleWriteError`). Resolves false if there was nothing to remove.
     */
    delete(runId: string, expectedRevision?: number, createdAt?: number): Promise<boolean>;
    /**
     * Optional: a page of run summaries, newest first, without reading every record
     * (the KV store's index); `overlay` gives fresher summaries of runs driven here.
     */
    page?(filter: RunPageFilter, overlay?: (runId: string) => RunSummary | undefined): Promise<RunPage>;
    /** Optional: indexes the runs stored before the index existed (once); resolves with how many. */
    indexExisting?(): Promise<number>;
    /** Optional: deletes the payload objects (values stored by reference) of these removed runs. */
    deletePayloads?(runIds: readonly string[]): Promise<number>;
    /**
     * Optional: the finished runs without reading every record (the KV store's index), so
     * retention costs as much with 100,000 runs in flight as with none.
     */
    finishedRuns?(): Promise<FinishedRun[]>;
    /** Optional: records finished runs that `finishedRuns` does not list yet (stored before it existed); resolves with how many. */
    indexFinished?(runs: readonly FinishedRun[]): Promise<number>;
}
/** A finished stored run as retention sees it (its record's `updatedAt` is when it finished). */
export declare function finishedRunOf({ record, revision }: StoredRun): FinishedRun;
/** Sorts stored runs oldest first (createdAt, then run id). @internal */
export declare function byCreatedAt(a: StoredRun, b: StoredRun): number;
