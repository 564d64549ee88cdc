import { type Bucket } from './kv-util.js';
/** What `troupe_leases` holds under `instance.<instance id>`: one lease per orchestrator instance. */
export interface LeaseValue {
    /** Orchestrator instance id holding the lease. */
    readonly owner: string;
    /** Fencing token of this life of the instance: grows by one every time it (re)acquires its lease. */
    readonly epoch: number;
    /** Wall-clock ms since the epoch after which the instance counts as dead. */
    readonly expiresAt: number;
    /** Set by the survivor that took the dead instance's runs over (the instance learns it lost them from this). */
    readonly takenOverBy?: string;
}
/** An instance lease with the KV revision it is stored at. */
export interface Lease extends LeaseValue {
    readonly revision: number;
}
/** Options of {@link InstanceLease}. */
export interface InstanceLeaseOptions {
    /** The `troupe_leases` bucket. */
    readonly bucket: Bucket;
    /** This orchestrator instance's id (unique per process). */
    readonly owner: string;
    /** How long the lease lasts without renewal: a dead instance's runs are adopted after it. @default 4000 */
    readonly ttlMs?: number;
    /** Renewal period of the built-in timer; 0: no timer (call `renew()` yourself). Must be below `ttlMs`. @default 1000 */
    readonly renewEveryMs?: number;
    /** Wall clock, ms since the epoch. @default Date.now */
    readonly now?: () => number;
    /**
     * The store proved that another owner took this instance's runs over (the lease was
     * marked taken over, removed, or re-acquired with a higher epoch): drop every run
     * driven here. The lease is then re-acquired with a new epoch (`onAcquired`).
     */
    readonly onLost?: (lost: Lease | undefined) => void;
    /** The lease was (re)acquired with a new epoch: resume this instance's own runs of older epochs. */
    readonly onAcquired?: (lease: Lease) => void;
    /** A renewal or re-acquisition failed (NATS slow or unreachable): logged by the caller and retried; NOT a loss. */
    readonly onError?: (err: unknown) => void;
    /** How long an acquisition nobody answered (the bucket's stream electing a leader) is resent, each time with a fresh deadline. @default DEFAULT_ELECTION_RETRY_MS */
    readonly electionRetryMs?: number;
}
/** The key of an instance's lease in `troupe_leases`. */
export declare function leaseKey(owner: string): string;
/**
 * Ownership by instance: ONE lease per orchestrator instance in `troupe_leases`
 * (not one per run), renewed by one compare-and-set per renewal period, so its
 * cost does not depend on how many runs the instance drives. Each run record
 * names its owner and the owner's epoch; survivors adopt the runs of an instance
 * whose lease expired (see `DurableRuns`), writing themselves into each record
 * with a compare-and-set.
 *
 * A renewal that fails for a transport reason (timeout, NATS down) is reported to
 * `onError` and retried: it is never taken as loss. The lease is lost only when the
 * store proves it: the renewal's compare-and-set fails and the stored lease is no
 * longer this life's (taken over, removed, or a higher epoch).
 *
 * Clock: `expiresAt` is the holder's wall clock plus `ttlMs`, compared with the
 * reader's wall clock; skew must stay well below `ttlMs - renewEveryMs`. Skew can
 * only cause an early takeover, never two writers: run records are fenced by
 * their own revision.
 *
 * Outages: a deadline is computed when a write is sent, so lease writes are never
 * resent as they were (a renewal held up by an election would land already expired);
 * a failed renewal is simply redone next period with a fresh deadline. And a store
 * outage (a stream electing its leader, NATS unreachable) stops every instance from
 * renewing, not only dead ones: after its own renewals failed, this instance
 * ({@link InstanceLease.recovering}) gives the others a whole `ttlMs` to renew
 * before it takes their runs over.
 *
 * @example
 * const lease = new InstanceLease({ bucket: buckets.leases, owner: instanceId, onLost: () => engine.dropAll() });
 * const { epoch } = await lease.acquire();
 */
export declare class InstanceLease {
    #private;
    readonly owner: string;
    readonly ttlMs: number;
    readonly renewEveryMs: number;
    /** Renewals (compare-and-sets) attempted so far. */
    renewals: number;
    constructor(options: InstanceLeaseOptions);
    /** Sets the loss and acquisition listeners (in place of the options' ones), e.g. the run engine's. */
    listen(listener: Pick<InstanceLeaseOptions, 'onLost' | 'onAcquired'>): void;
    /** The lease while held; undefined before `acquire()` and between a loss and the re-acquisition. */
    get held(): Lease | undefined;
    /** The epoch of this life while the lease is held. */
    get epoch(): number | undefined;
    /**
     * Takes this instance's lease: creates it (epoch 1), or takes the stored one
     * over with epoch + 1 (an earlier life of this instance id, or after a loss).
     * Starts the renewal timer. Concurrent calls share one attempt.
     */
    acquire(): Promise<Lease>;
    /**
     * One renewal (compare-and-set). `failed`: not written (NATS slow or down;
     * retried next period, the lease is kept). `lost`: the store proves another
     * owner; `onLost` was called and a re-acquisition started.
     */
    renew(): Promise<'renewed' | 'lost' | 'failed'>;
    /** Every instance lease in the bucket (a handful of keys, whatever the number of runs). */
    list(): Promise<Lease[]>;
    /** The stored lease of `owner`. */
    read(owner: string): Promise<Lease | undefined>;
    /** True when `lease` (of another instance) no longer protects its runs: expired, released or taken over. */
    isDead(lease: LeaseValue): boolean;
    /**
     * True while this instance cannot tell a dead instance from one the store kept from
     * renewing: its own lease writes are failing, or succeeded again less than `ttlMs`
     * ago. Expired leases are not taken over meanwhile (released or taken-over ones are).
     */
    get recovering(): boolean;
    /** True when the runs of `lease` (another instance's) may be taken over now: dead, and not merely kept from renewing by an outage this instance saw too. */
    mayTakeOver(lease: LeaseValue): boolean;
    /**
     * Marks a dead instance's lease as taken over by this instance (compare-and-set),
     * so that the instance, if it wakes up, learns from the store that it lost its
     * runs. Resolves false if the lease changed meanwhile (renewed: it is alive) or is not dead.
     */
    takeOver(lease: Lease): Promise<boolean>;
    /** Deletes a dead instance's lease once all its runs were adopted (only if unchanged since read). */
    forget(lease: Lease): Promise<boolean>;
    /** Graceful stop: marks the lease expired (epoch kept) so that survivors adopt the runs at once, and stops renewing. */
    release(): Promise<void>;
    /** Stops the renewal timer. The lease is not released: it expires. */
    stop(): void;
}
