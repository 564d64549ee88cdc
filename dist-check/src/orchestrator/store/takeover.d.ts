import { type RunOwner } from './adopt.js';
import type { InstanceLease, Lease } from './leases.js';
import { type RunOwnerIndex } from './run-owners.js';
import type { RunStore, StoredRun } from './run-record.js';
/**
 * A lease-less owner's marker with no runs under it is removed once this old: far longer
 * than {@link MARKER_REFRESH_MS}, so an owner still adding runs has always rewritten it.
 */
export declare const MARKER_GRACE_MS: number;
/** Options of {@link RunTakeover}. */
export interface RunTakeoverOptions {
    /** This instance's lease: its owner and epoch are written into adopted records. */
    readonly lease: InstanceLease;
    readonly owners: RunOwnerIndex;
    readonly runs: RunStore;
    /**
     * Runs adopted at once (each takes a few KV round trips; NATS pipelines them, so more in
     * flight is faster until the orchestrator's CPU is the limit). @default 128
     */
    readonly concurrency?: number;
    /** Wall clock (the age of owner markers). @default Date.now */
    readonly now?: () => number;
}
/**
 * Finds and adopts the runs of dead orchestrator instances. A pass reads the
 * instance leases (one key per instance: its cost does not depend on the number
 * of runs); for each dead one (expired, released or already taken over) it marks
 * the lease taken over by this instance (compare-and-set: the dead instance, if it
 * wakes, learns from the store that it lost its runs), lists that instance's runs
 * in the {@link RunOwnerIndex} (one key prefix, only while a takeover is going on),
 * and hands each to the caller, which adopts it with {@link RunTakeover.adopt}.
 * Once an instance has no indexed runs left its lease is deleted.
 *
 * @example
 * await takeover.pass(async (runId, from) => { const run = await takeover.adopt(runId, from); if (run) resume(run); });
 */
export declare class RunTakeover {
    #private;
    constructor(options: RunTakeoverOptions);
    /** Leases of other instances whose runs may be taken over now (`InstanceLease.mayTakeOver`). */
    deadInstances(): Promise<Lease[]>;
    /** One takeover pass over every dead instance; `each` is called for each of their indexed runs. */
    pass(each: (runId: string, from: RunOwner) => Promise<void>): Promise<void>;
    /** This instance's own runs of earlier epochs (an earlier life, or before a lost lease); `each` as in `pass`. */
    own(each: (runId: string, from: RunOwner) => Promise<void>): Promise<void>;
    /**
     * The safety net for runs of an instance that has NO lease at all (its lease was
     * deleted after a takeover while it created one more run, and it died): hands each run
     * of a lease-less owner to `each`, as in `pass`. The first sweep of a process reads the
     * whole index (keys only: it also finds owners from before owner markers existed); later
     * ones read the owner markers, then the runs of lease-less owners only, so a sweep costs
     * as much with 100,000 runs in flight as with ten. A lease-less owner with no runs left
     * loses its marker once it is older than {@link MARKER_GRACE_MS}.
     */
    strays(each: (runId: string, from: RunOwner) => Promise<void>): Promise<void>;
    /**
     * Adopts `runId` from `from` for this instance: indexes it under this instance
     * first, then writes this instance's owner and epoch into the record
     * (compare-and-set; of racing survivors exactly one wins), then removes the old
     * owner's index entry. Resolves with the adopted record, or undefined (finished,
     * missing, or won by someone else; the index is cleaned up).
     */
    adopt(runId: string, from: RunOwner): Promise<StoredRun | undefined>;
}
