import { type RunListFilter, type RunRecord, type RunStore, type StoredRun } from './run-record.js';
/**
 * An in-memory {@link RunStore} with the same semantics as the KV one: revisions
 * come from one counter shared by all keys (like a stream sequence), every write
 * is a compare-and-set, records are copied in and out. For unit tests only.
 *
 * @example
 * const runs = new MemoryRunStore();
 * const rev = await runs.put(record, null);
 * await expect(runs.put(record, null)).rejects.toSatisfy(StaleWriteError.is);
 */
export declare class MemoryRunStore implements RunStore {
    #private;
    /** Successful writes (puts) so far, for tests counting writes. */
    writes: number;
    put(record: RunRecord, expectedRevision: number | null): Promise<number>;
    get(runId: string): Promise<StoredRun | undefined>;
    list(filter?: RunListFilter): Promise<StoredRun[]>;
    delete(runId: string, expectedRevision?: number): Promise<boolean>;
}
