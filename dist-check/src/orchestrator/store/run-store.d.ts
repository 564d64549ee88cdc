import { type Bucket } from './kv-util.js';
import { type Limiter } from '../../sdk/util/limiter.js';
import type { PayloadRefs } from './payload-refs.js';
import type { RunListIndex } from './run-index.js';
import { type FinishedRun, type RunPage, type RunPageFilter, type RunSummary } from './run-page.js';
import { type RunListFilter, type RunRecord, type RunStore, type StoredRun } from './run-record.js';
/**
 * {@link RunStore} in a JetStream KV bucket (`troupe_runs`, `history: 1`): one key
 * per run (the run id, escaped if it is not `[A-Za-z0-9_-]+`), the record as JSON.
 * `put` maps to `kv.create` (expected `null`) or `kv.update` (expected revision);
 * `delete` removes the message itself, so deleted runs leave no marker behind.
 *
 * @example
 * const runs = new KvRunStore(buckets.runs);
 * let rev = await runs.put(record, null);
 * rev = await runs.put({ ...record, status: 'running', updatedAt: Date.now() }, rev);
 */
export declare class KvRunStore implements RunStore {
    #private;
    /**
     * @param options.payloads where values too large for a KV value go (by reference);
     * without it a record must fit the NATS max payload as it is.
     * @param options.index the run list index kept up to date by every write (ListRuns reads it);
     * without it `page` reads every record.
     * @param options.writes bounds the writes in flight (shared with the indexes).
     */
    constructor(bucket: Bucket, options?: {
        payloads?: PayloadRefs;
        index?: RunListIndex;
        writes?: Limiter;
    });
    put(record: RunRecord, expectedRevision: number | null): Promise<number>;
    /**
     * A page of run summaries, newest first: from the index when there is one (only the
     * minutes the page covers are read), else from every record. `overlay` gives fresher
     * summaries of the runs this process drives.
     */
    page(filter: RunPageFilter, overlay?: (runId: string) => RunSummary | undefined): Promise<RunPage>;
    /**
     * Indexes every stored run if the index is new (a store written before the index
     * existed); resolves with how many runs were indexed. Idempotent.
     */
    indexExisting(): Promise<number>;
    get(runId: string): Promise<StoredRun | undefined>;
    /**
     * Every record (or the unfinished ones). Large values stay references
     * (`{ "$troupe_ref": … }`): list readers use the small fields (status, times,
     * owner); `get` and `watch` return records with every value in place.
     */
    list(filter?: RunListFilter): Promise<StoredRun[]>;
    /**
     * The record of `runId` now (if any) and then every new version, until `signal`
     * aborts or the caller stops iterating. Deletes leave no marker, so a removed run
     * is not reported: callers stop at a finished status.
     */
    watch(runId: string, signal?: AbortSignal): AsyncGenerator<StoredRun>;
    /** The finished runs: the index's retention entries (no record read), else from every record. */
    finishedRuns(): Promise<FinishedRun[]>;
    /** Records finished runs missing from the index's retention entries (stored before they existed); resolves with how many. */
    indexFinished(runs: readonly FinishedRun[]): Promise<number>;
    /** Deletes the objects the records of these (removed) runs referenced; resolves with how many. */
    deletePayloads(runIds: readonly string[]): Promise<number>;
    delete(runId: string, expectedRevision?: number, createdAt?: number): Promise<boolean>;
}
export type { RunListFilter, RunRecord, RunStatus, RunStore, StoredRun } from './run-record.js';
