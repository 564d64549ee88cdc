import { InvalidArgumentError } from '../../sdk/errors.js';
import { DEFAULT_ELECTION_RETRY_MS, retryNoResponders } from './election-retry.js';
import { guard } from './guard.js';
import { keyToken } from './keys.js';
import { deleteRevision, encodeJson, isWrongLastSequence, lastEntries, liveJson } from './kv-util.js';
/** The key of an instance's lease in `troupe_leases`. */
export function leaseKey(owner) {
    return `instance.${keyToken(owner)}`;
}
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
export class InstanceLease {
    owner;
    ttlMs;
    renewEveryMs;
    #bucket;
    #key;
    #now;
    #onLost;
    #onAcquired;
    #onError;
    #held;
    #timer;
    #acquiring;
    #renewing;
    #stopped = false;
    /** The highest epoch this process held: a re-acquisition goes above it even if the key was deleted meanwhile. */
    #lastEpoch = 0;
    /** Renewals (compare-and-sets) attempted so far. */
    renewals = 0;
    /** A renewal or acquisition failed and none succeeded since. */
    #failing = false;
    /** When this instance's lease writes succeeded again after failing (wall clock). */
    #recoveredAt = Number.NEGATIVE_INFINITY;
    #electionRetryMs;
    constructor(options) {
        this.owner = options.owner;
        this.ttlMs = options.ttlMs ?? 4_000;
        this.renewEveryMs = options.renewEveryMs ?? 1_000;
        if (this.owner === '')
            throw new InvalidArgumentError('InstanceLease: owner must not be empty');
        if (!(this.ttlMs > 0))
            throw new InvalidArgumentError(`InstanceLease: ttlMs must be > 0, got ${this.ttlMs}`);
        if (!(this.renewEveryMs >= 0 && (this.renewEveryMs === 0 || this.renewEveryMs < this.ttlMs))) {
            throw new InvalidArgumentError(`InstanceLease: renewEveryMs must be 0 or below ttlMs (${this.ttlMs}), got ${this.renewEveryMs}`);
        }
        this.#bucket = options.bucket;
        this.#key = leaseKey(this.owner);
        this.#now = options.now ?? Date.now;
        this.#onLost = guard(options.onLost);
        this.#onAcquired = guard(options.onAcquired);
        this.#onError = guard(options.onError);
        this.#electionRetryMs = options.electionRetryMs ?? DEFAULT_ELECTION_RETRY_MS;
    }
    /** Sets the loss and acquisition listeners (in place of the options' ones), e.g. the run engine's. */
    listen(listener) {
        this.#onLost = guard(listener.onLost);
        this.#onAcquired = guard(listener.onAcquired);
    }
    /** The lease while held; undefined before `acquire()` and between a loss and the re-acquisition. */
    get held() {
        return this.#held;
    }
    /** The epoch of this life while the lease is held. */
    get epoch() {
        return this.#held?.epoch;
    }
    /**
     * Takes this instance's lease: creates it (epoch 1), or takes the stored one
     * over with epoch + 1 (an earlier life of this instance id, or after a loss).
     * Starts the renewal timer. Concurrent calls share one attempt.
     */
    acquire() {
        if (this.#held)
            return Promise.resolve(this.#held);
        this.#stopped = false;
        this.#acquiring ??= this.#acquire().finally(() => (this.#acquiring = undefined));
        return this.#acquiring;
    }
    /**
     * One renewal (compare-and-set). `failed`: not written (NATS slow or down;
     * retried next period, the lease is kept). `lost`: the store proves another
     * owner; `onLost` was called and a re-acquisition started.
     */
    renew() {
        this.#renewing ??= this.#renew().finally(() => (this.#renewing = undefined));
        return this.#renewing;
    }
    /** Every instance lease in the bucket (a handful of keys, whatever the number of runs). */
    async list() {
        const entries = await lastEntries(this.#bucket.kv, { key: 'instance.>' });
        return entries.map((e) => ({ ...e.json(), revision: e.revision }));
    }
    /** The stored lease of `owner`. */
    async read(owner) {
        const entry = await this.#bucket.kv.get(leaseKey(owner));
        const value = liveJson(entry);
        return value === undefined || entry === null ? undefined : { ...value, revision: entry.revision };
    }
    /** True when `lease` (of another instance) no longer protects its runs: expired, released or taken over. */
    isDead(lease) {
        return lease.takenOverBy !== undefined || lease.expiresAt <= this.#now();
    }
    /**
     * True while this instance cannot tell a dead instance from one the store kept from
     * renewing: its own lease writes are failing, or succeeded again less than `ttlMs`
     * ago. Expired leases are not taken over meanwhile (released or taken-over ones are).
     */
    get recovering() {
        return this.#failing || this.#now() - this.#recoveredAt < this.ttlMs;
    }
    /** True when the runs of `lease` (another instance's) may be taken over now: dead, and not merely kept from renewing by an outage this instance saw too. */
    mayTakeOver(lease) {
        if (lease.takenOverBy !== undefined || lease.expiresAt === 0)
            return true;
        return this.isDead(lease) && !this.recovering;
    }
    /**
     * Marks a dead instance's lease as taken over by this instance (compare-and-set),
     * so that the instance, if it wakes up, learns from the store that it lost its
     * runs. Resolves false if the lease changed meanwhile (renewed: it is alive) or is not dead.
     */
    async takeOver(lease) {
        if (lease.owner === this.owner || !this.isDead(lease))
            return false;
        if (lease.takenOverBy !== undefined)
            return true;
        const value = { owner: lease.owner, epoch: lease.epoch, expiresAt: 0, takenOverBy: this.owner };
        return (await this.#cas(leaseKey(lease.owner), value, lease.revision)) !== undefined;
    }
    /** Deletes a dead instance's lease once all its runs were adopted (only if unchanged since read). */
    async forget(lease) {
        if (lease.owner === this.owner || !this.isDead(lease))
            return false;
        return deleteRevision(this.#bucket, leaseKey(lease.owner), lease.revision);
    }
    /** Graceful stop: marks the lease expired (epoch kept) so that survivors adopt the runs at once, and stops renewing. */
    async release() {
        const held = this.#held;
        this.stop();
        if (!held)
            return;
        const value = { owner: this.owner, epoch: held.epoch, expiresAt: 0 };
        if ((await this.#cas(this.#key, value, held.revision)) !== undefined)
            return;
        const current = await this.read(this.owner);
        if (current?.epoch === held.epoch && current.takenOverBy === undefined)
            await this.#cas(this.#key, value, current.revision);
    }
    /** Stops the renewal timer. The lease is not released: it expires. */
    stop() {
        this.#stopped = true;
        clearInterval(this.#timer);
        this.#timer = undefined;
        this.#held = undefined;
    }
    async #acquire() {
        const entry = await this.#bucket.kv.get(this.#key);
        const current = liveJson(entry);
        const epoch = Math.max(current?.epoch ?? 0, this.#lastEpoch) + 1;
        const expected = current === undefined || entry === null ? null : entry.revision;
        // Each send computes its deadline afresh and resolves with the value it wrote.
        const lease = await this.#tracked(retryNoResponders('lease acquire', async () => {
            const value = { owner: this.owner, epoch, expiresAt: this.#now() + this.ttlMs };
            const revision = await this.#cas(this.#key, value, expected);
            return revision === undefined ? undefined : { ...value, revision };
        }, { windowMs: this.#electionRetryMs }));
        if (lease === undefined)
            throw new Error(`the lease of instance ${this.owner} changed while it was being acquired; retrying`);
        this.#held = lease;
        this.#lastEpoch = epoch;
        if (this.renewEveryMs > 0 && this.#timer === undefined && !this.#stopped) {
            this.#timer = setInterval(() => void this.renew(), this.renewEveryMs);
            this.#timer.unref();
        }
        this.#onAcquired(lease);
        return lease;
    }
    async #renew() {
        const held = this.#held;
        if (!held) {
            // Lost earlier and the re-acquisition failed (NATS down): try again.
            if (this.#stopped)
                return 'failed';
            try {
                await this.acquire();
                return 'renewed';
            }
            catch (err) {
                this.#onError(err);
                return 'failed';
            }
        }
        this.renewals++;
        const value = { owner: this.owner, epoch: held.epoch, expiresAt: this.#now() + this.ttlMs };
        try {
            const revision = await this.#tracked(this.#cas(this.#key, value, held.revision));
            if (this.#held !== held)
                return 'renewed'; // stopped or released meanwhile
            if (revision !== undefined) {
                this.#held = { ...value, revision };
                return 'renewed';
            }
            // The compare-and-set lost: whose is the stored lease?
            const current = await this.read(this.owner);
            if (current?.epoch === held.epoch && current.owner === this.owner && current.takenOverBy === undefined) {
                this.#held = current; // an earlier renewal with an unknown outcome landed after all
                return 'renewed';
            }
        }
        catch (err) {
            this.#onError(err); // not evidence of anything: keep the lease and the runs, retry next period
            return 'failed';
        }
        this.#held = undefined;
        this.#onLost(held);
        if (!this.#stopped)
            void this.acquire().catch(this.#onError);
        return 'lost';
    }
    /** Notes whether this instance's own lease write reached the store (see {@link InstanceLease.recovering}). */
    async #tracked(write) {
        try {
            const result = await write;
            if (this.#failing) {
                this.#failing = false;
                this.#recoveredAt = this.#now();
            }
            return result;
        }
        catch (err) {
            this.#failing = true;
            throw err;
        }
    }
    /**
     * Create (`expected` null) or update, sent once: never resent during an election (the
     * bucket's `direct` view), as a resent deadline would be stale. Undefined when the compare-and-set lost.
     */
    async #cas(key, value, expected) {
        const kv = this.#bucket.direct ?? this.#bucket.kv;
        try {
            return expected === null ? await kv.create(key, encodeJson(value)) : await kv.update(key, encodeJson(value), expected);
        }
        catch (err) {
            if (isWrongLastSequence(err))
                return undefined;
            throw err;
        }
    }
}
//# sourceMappingURL=leases.js.map