import { type Limiter } from '../../sdk/util/limiter.js';
import { type Bucket } from './kv-util.js';
/** An owner that keeps adding runs rewrites its marker this often (so a marker purge never races a live owner). */
export declare const MARKER_REFRESH_MS: number;
/** An owner marker: `<owner>` (one token), written before the owner's first run key. */
export interface OwnerMarker {
    readonly owner: string;
    /** The marker's revision (a purge is a compare-and-delete on it). */
    readonly revision: number;
    /** When it was written (ms). */
    readonly writtenAt: number;
}
/**
 * Which runs each orchestrator instance owns, as empty keys
 * `<owner>.<runId>` in `troupe_run_owners`: a survivor finds a dead instance's
 * unfinished runs by listing one key prefix, without reading every run record.
 *
 * Each owner also has a marker key `<owner>` (one token), written before its first run key
 * and rewritten every {@link MARKER_REFRESH_MS} while it adds runs, so the stray-run sweep
 * lists the owners (a handful of keys) instead of every run.
 *
 * The index is a hint; the run record (its `owner` and `epoch`) is the truth. The
 * entry of the new owner is written BEFORE the record names it, and the old
 * owner's entry removed after, so an unfinished run is always findable under the
 * owner its record names; a leftover entry is cleaned when someone finds the
 * record finished, missing or owned by another instance.
 *
 * @example
 * await owners.add(instanceId, runId); await runs.put(record, null);
 * const orphans = await owners.list(deadInstanceId);
 */
export declare class RunOwnerIndex {
    #private;
    /** `writes` bounds the writes in flight (shared with the run store). */
    constructor(bucket: Bucket, options?: {
        now?: () => number;
        writes?: Limiter;
    });
    /** Records that `owner` owns `runId` (idempotent); the owner's marker first if this process has not written it lately. */
    add(owner: string, runId: string): Promise<void>;
    /** Every owner marker (one-token keys only: as many reads as owners, not runs). */
    markers(): Promise<OwnerMarker[]>;
    /** Removes an owner's marker if it is still the one read (an owner that rewrote it meanwhile keeps it). */
    forgetOwner(marker: OwnerMarker): Promise<boolean>;
    /** Forgets that `owner` owns `runId` (no marker left behind). */
    remove(owner: string, runId: string): Promise<void>;
    /** The runs indexed under `owner` (keys only, one ordered consumer on the owner's prefix). */
    list(owner: string): Promise<string[]>;
    /** Every indexed run, by owner (keys only, the whole index: once per process, for the stray-run sweep). */
    all(): Promise<Map<string, string[]>>;
}
/** The index key of one run of one owner. */
export declare function indexKey(owner: string, runId: string): string;
