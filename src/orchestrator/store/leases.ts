import { InvalidArgumentError } from '../../sdk/errors.js';
import { guard } from './guard.js';
import { keyToken } from './keys.js';
import { encodeJson, isWrongLastSequence, lastEntries, liveJson, purgeKey, type Bucket } from './kv-util.js';

/** What `troupe_leases` holds under a run id. */
export interface LeaseValue {
  readonly runId: string;
  /** Orchestrator instance id holding the run. */
  readonly owner: string;
  /** Fencing token: grows by one on every takeover. */
  readonly epoch: number;
  /** Wall-clock ms since the epoch after which anyone may take the lease over. */
  readonly expiresAt: number;
}

/** A lease this manager holds, with the KV revision it is stored at. */
export interface Lease extends LeaseValue {
  readonly revision: number;
}

/** Options of {@link LeaseManager}. */
export interface LeaseManagerOptions {
  /** The `troupe_leases` bucket. */
  readonly bucket: Bucket;
  /** This orchestrator instance's id (unique per process). */
  readonly owner: string;
  /** How long a lease lasts without renewal. @default 15000 */
  readonly ttlMs?: number;
  /** Renewal period of the built-in timer; 0: no timer (call `renewAll()` yourself). Must be below `ttlMs`. @default 5000 */
  readonly renewEveryMs?: number;
  /** Wall clock, ms since the epoch. @default Date.now */
  readonly now?: () => number;
  /** A held lease was lost (someone took it over, or it expired while NATS was unreachable). */
  readonly onLost?: (runId: string, lease: Lease) => void;
  /** Renewal failed for another reason than losing the lease (logged by the caller). */
  readonly onError?: (err: unknown) => void;
}

/** What one {@link LeaseManager.renewAll} did. */
export interface RenewResult {
  readonly renewed: string[];
  readonly lost: string[];
}

/**
 * Run ownership through leases in JetStream KV, every change a compare-and-set
 * on the key's revision. `acquire` creates a lease or takes over an expired one
 * (epoch + 1); a timer renews the held leases; a renewal that loses its
 * compare-and-set means a survivor took the run over: `onLost(runId)`.
 *
 * Clock: `expiresAt` is the holder's wall clock plus `ttlMs`, compared with the
 * reader's wall clock. This assumes clock skew between orchestrators much smaller
 * than `ttlMs - renewEveryMs` (NTP-synced hosts: milliseconds). Skew can only
 * cause an early takeover, never two writers: run records are fenced by their own
 * revision (see `RunStore.put`), not by the lease.
 *
 * @example
 * const leases = new LeaseManager({ bucket: buckets.leases, owner: instanceId, onLost: (runId) => engine.drop(runId) });
 * const lease = await leases.acquire(runId);
 * if (lease) await adoptRun(runs, runId, lease);
 */
export class LeaseManager {
  readonly owner: string;
  readonly ttlMs: number;
  readonly renewEveryMs: number;
  readonly #bucket: Bucket;
  readonly #now: () => number;
  readonly #onLost: (runId: string, lease: Lease) => void;
  readonly #onError: (err: unknown) => void;
  readonly #held = new Map<string, Lease>();
  #timer: NodeJS.Timeout | undefined;
  #renewing: Promise<RenewResult> | undefined;

  constructor(options: LeaseManagerOptions) {
    this.owner = options.owner;
    this.ttlMs = options.ttlMs ?? 15_000;
    this.renewEveryMs = options.renewEveryMs ?? 5_000;
    if (this.owner === '') throw new InvalidArgumentError('LeaseManager: owner must not be empty');
    if (!(this.ttlMs > 0)) throw new InvalidArgumentError(`LeaseManager: ttlMs must be > 0, got ${this.ttlMs}`);
    if (!(this.renewEveryMs >= 0 && (this.renewEveryMs === 0 || this.renewEveryMs < this.ttlMs))) {
      throw new InvalidArgumentError(`LeaseManager: renewEveryMs must be 0 or below ttlMs (${this.ttlMs}), got ${this.renewEveryMs}`);
    }
    this.#bucket = options.bucket;
    this.#now = options.now ?? Date.now;
    this.#onLost = guard(options.onLost);
    this.#onError = guard(options.onError);
    if (this.renewEveryMs > 0) {
      this.#timer = setInterval(() => void this.renewAll().catch(this.#onError), this.renewEveryMs);
      this.#timer.unref();
    }
  }

  /** The lease held on `runId`, if any. */
  held(runId: string): Lease | undefined {
    return this.#held.get(runId);
  }

  /** Run ids of all leases held. */
  heldRunIds(): string[] {
    return [...this.#held.keys()];
  }

  /**
   * Takes the lease of `runId`: creates it, renews it if we hold it, or takes
   * over an expired one (or one of our own id from an earlier life) with
   * `epoch + 1`. With `after`, the new epoch is above it too (pass the run
   * record's epoch). Resolves undefined if someone else holds a live lease or
   * won the race.
   */
  async acquire(runId: string, options: { after?: number } = {}): Promise<Lease | undefined> {
    const key = keyToken(runId);
    const entry = await this.#bucket.kv.get(key);
    const current = liveJson<LeaseValue>(entry);
    const now = this.#now();
    const held = this.#held.get(runId);
    const mine = held !== undefined && current?.owner === this.owner && current.epoch === held.epoch;
    if (held !== undefined && !mine) {
      this.#held.delete(runId); // it changed hands since we last wrote it
      this.#onLost(runId, held);
    }
    const after = options.after ?? 0;
    let epoch: number;
    if (current === undefined) epoch = after + 1;
    else if (mine) epoch = Math.max(current.epoch, after + 1);
    else if (current.expiresAt <= now || current.owner === this.owner) epoch = Math.max(current.epoch, after) + 1;
    else return undefined;
    const value: LeaseValue = { runId, owner: this.owner, epoch, expiresAt: now + this.ttlMs };
    const revision = await this.#cas(key, value, current === undefined ? null : (entry?.revision ?? null));
    // Lost the race; if it was our own lease, a concurrent renewal won it for us.
    if (revision === undefined) return mine ? this.#held.get(runId) : undefined;
    const lease = { ...value, revision };
    this.#held.set(runId, lease);
    return lease;
  }

  /**
   * Renews every held lease (compare-and-set). A lease whose compare-and-set
   * fails is lost: dropped and reported to `onLost`; one that could not be
   * written (NATS unreachable) is lost once it has expired by our clock.
   * Concurrent calls share one pass.
   */
  renewAll(): Promise<RenewResult> {
    this.#renewing ??= this.#renewAll().finally(() => {
      this.#renewing = undefined;
    });
    return this.#renewing;
  }

  /**
   * Gives the lease up so that a survivor can adopt the run at once (it is
   * marked expired; the epoch stays). For a finished run, use `remove`.
   */
  async release(runId: string): Promise<void> {
    const lease = this.#held.get(runId);
    if (!lease) return;
    this.#held.delete(runId);
    const key = keyToken(runId);
    const value: LeaseValue = { runId, owner: lease.owner, epoch: lease.epoch, expiresAt: 0 };
    if ((await this.#cas(key, value, lease.revision)) !== undefined) return;
    // A renewal in flight may have moved the revision on; release it if it is still ours.
    const current = await this.read(runId);
    if (current?.owner === lease.owner && current.epoch === lease.epoch) await this.#cas(key, value, current.revision);
  }

  /** Deletes the lease of a finished run, whoever holds it (no marker is left). */
  async remove(runId: string): Promise<void> {
    this.#held.delete(runId);
    await purgeKey(this.#bucket, keyToken(runId));
  }

  /** The stored lease of `runId`, whoever holds it. */
  async read(runId: string): Promise<Lease | undefined> {
    const entry = await this.#bucket.kv.get(keyToken(runId));
    const value = liveJson<LeaseValue>(entry);
    return value === undefined || entry === null ? undefined : { ...value, revision: entry.revision };
  }

  /** Run ids whose lease has expired (by our clock): candidates for adoption. */
  async expired(): Promise<string[]> {
    const now = this.#now();
    const out: string[] = [];
    for (const entry of await lastEntries(this.#bucket.kv)) {
      const value = entry.json<LeaseValue>();
      if (value.expiresAt <= now) out.push(value.runId);
    }
    return out;
  }

  /** Stops the renewal timer. Held leases are not released: they expire. */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #renewAll(): Promise<RenewResult> {
    const renewed: string[] = [];
    const lost: string[] = [];
    await Promise.all(
      [...this.#held.values()].map(async (lease) => {
        const now = this.#now();
        const value: LeaseValue = { runId: lease.runId, owner: lease.owner, epoch: lease.epoch, expiresAt: now + this.ttlMs };
        let revision: number | undefined;
        try {
          revision = await this.#cas(keyToken(lease.runId), value, lease.revision);
        } catch (err) {
          this.#onError(err);
          if (now < lease.expiresAt) return; // still ours by the clock; try again next time
        }
        if (this.#held.get(lease.runId) !== lease) return; // released or re-acquired meanwhile
        if (revision === undefined) {
          this.#held.delete(lease.runId);
          lost.push(lease.runId);
          this.#onLost(lease.runId, lease);
        } else {
          this.#held.set(lease.runId, { ...value, revision });
          renewed.push(lease.runId);
        }
      }),
    );
    return { renewed, lost };
  }

  /** Create (`expected` null) or update; undefined when the compare-and-set lost. */
  async #cas(key: string, value: LeaseValue, expected: number | null): Promise<number | undefined> {
    try {
      return expected === null ? await this.#bucket.kv.create(key, encodeJson(value)) : await this.#bucket.kv.update(key, encodeJson(value), expected);
    } catch (err) {
      if (isWrongLastSequence(err)) return undefined;
      throw err;
    }
  }
}
