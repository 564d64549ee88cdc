import { StaleWriteError } from './errors.js';
import { guard } from './guard.js';
/**
 * Turns a run's state transitions into as few compare-and-set writes as possible.
 * `schedule(runId, build)` marks the run dirty; at the end of the tick ONE write
 * stores `build()` of the latest call. Writes of one run are serialised (never
 * two in flight for one key); whatever was scheduled meanwhile is written right
 * after, once. The writer tracks each run's revision and reports a lost
 * compare-and-set to `onStale` (fencing: the engine drops the run).
 *
 * After a write failed with an unknown outcome (a timeout after the server may
 * have stored it), the next attempt re-reads the record: if it carries our
 * `owner` and `epoch`, our write landed and its revision is adopted; otherwise
 * someone else wrote, and the run is stale. A lost compare-and-set is judged the
 * same way: stale only when the record names another owner or epoch.
 *
 * @example
 * const writer = new CoalescingWriter({ store: runs, onStale: (runId) => engine.drop(runId) });
 * writer.track(runId, null); // a new run; after adoption pass the revision read
 * actor.subscribe(() => writer.schedule(runId, () => toRecord(actor)));
 * await writer.flush(); // on shutdown
 */
export class CoalescingWriter {
    #store;
    #onStale;
    #onError;
    #defer;
    #retryMs;
    #slots = new Map();
    /** Successful writes so far. */
    writes = 0;
    constructor(options) {
        this.#store = options.store;
        // Callbacks are user code: a throwing one must not break the write loop.
        this.#onStale = guard(options.onStale);
        this.#onError = guard(options.onError);
        this.#defer = options.defer ?? ((fn) => void setImmediate(fn));
        this.#retryMs = options.retryMs ?? 1000;
    }
    /**
     * Sets the revision the run is stored at (`null`: not stored yet), e.g. after
     * loading or adopting it, and clears a stale mark. Call before the first
     * `schedule` of a run that already exists; an untracked run is assumed new.
     */
    track(runId, revision) {
        const slot = this.#slot(runId);
        slot.revision = revision;
        slot.stale = false;
        slot.unsure = undefined;
    }
    /** The revision last written or tracked; undefined for an unknown run. */
    revision(runId) {
        return this.#slots.get(runId)?.revision;
    }
    /** True while the run has a write pending or in flight. */
    dirty(runId) {
        const slot = this.#slots.get(runId);
        return slot !== undefined && (slot.pending !== undefined || slot.running !== undefined);
    }
    /**
     * Resolves once the run has nothing pending or in flight (`dirty` turns false), or is
     * forgotten, found stale or the writer closed; at once if it is not dirty now.
     */
    idle(runId) {
        const slot = this.#slots.get(runId);
        if (slot === undefined || !this.dirty(runId))
            return Promise.resolve();
        return new Promise((resolve) => (slot.idle ??= []).push(resolve));
    }
    /**
     * Marks the run dirty; `build` is called once, when the write happens, and only
     * the latest `build` of a run is used. Ignored for a stale run.
     */
    schedule(runId, build) {
        const slot = this.#slot(runId);
        if (slot.stale)
            return;
        slot.pending = build;
        if (slot.running !== undefined || slot.queued)
            return; // the loop in flight picks it up
        slot.queued = true;
        this.#defer(() => this.#kick(runId, slot));
    }
    /**
     * Forgets a run (after its final write, e.g. when it finished and was flushed).
     * A pending write is dropped.
     */
    forget(runId) {
        const slot = this.#slots.get(runId);
        if (!slot)
            return;
        clearTimeout(slot.retry);
        slot.pending = undefined;
        this.#slots.delete(runId);
        this.#settle(slot, true);
    }
    /**
     * Writes everything pending now (a run whose earlier write failed included) and
     * waits for all writes in flight, including ones scheduled meanwhile. Each run
     * is tried once per flush: if its write fails, `onError` is told, the state
     * stays pending, and flush still resolves.
     */
    async flush() {
        const retried = new Set();
        for (;;) {
            const inFlight = [];
            for (const [runId, slot] of this.#slots) {
                if (slot.running === undefined && slot.pending !== undefined && !slot.stale) {
                    if (!slot.queued && retried.has(slot))
                        continue;
                    retried.add(slot);
                    this.#kick(runId, slot);
                }
                if (slot.running !== undefined)
                    inFlight.push(slot.running);
            }
            if (inFlight.length === 0)
                return;
            await Promise.all(inFlight);
        }
    }
    /** Cancels retry timers; pending writes are dropped (call `flush()` first). */
    close() {
        const slots = [...this.#slots.values()];
        this.#slots.clear();
        for (const slot of slots) {
            clearTimeout(slot.retry);
            slot.pending = undefined;
            this.#settle(slot, true);
        }
    }
    /** Wakes the `idle()` callers of a run that has nothing pending or in flight, is stale, or (`gone`) was forgotten. */
    #settle(slot, gone = false) {
        if (slot.idle === undefined || (!gone && !slot.stale && (slot.pending !== undefined || slot.running !== undefined)))
            return;
        const waiters = slot.idle;
        slot.idle = undefined;
        for (const wake of waiters)
            wake();
    }
    #slot(runId) {
        let slot = this.#slots.get(runId);
        if (!slot) {
            slot = { pending: undefined, revision: null, queued: false, running: undefined, stale: false, unsure: undefined, retry: undefined, idle: undefined };
            this.#slots.set(runId, slot);
        }
        return slot;
    }
    #kick(runId, slot) {
        slot.queued = false;
        clearTimeout(slot.retry);
        slot.retry = undefined;
        if (slot.running !== undefined || slot.pending === undefined || slot.stale)
            return;
        slot.running = this.#drain(runId, slot).finally(() => {
            slot.running = undefined;
            this.#settle(slot);
        });
    }
    /** Writes the latest pending state until nothing is pending. Never rejects. */
    async #drain(runId, slot) {
        while (slot.pending !== undefined && !slot.stale) {
            const build = slot.pending;
            slot.pending = undefined;
            let record;
            try {
                record = build();
            }
            catch (err) {
                this.#onError(runId, err);
                continue;
            }
            try {
                if (slot.unsure !== undefined && !(await this.#resync(runId, slot, slot.unsure)))
                    return;
                slot.revision = await this.#store.put(record, slot.revision);
                this.writes++;
            }
            catch (err) {
                if (StaleWriteError.is(err)) {
                    // A lost compare-and-set proves a newer owner only if the record now names another
                    // owner or epoch. On a NATS cluster it also happens when our own earlier write landed
                    // but its reply was lost (a stream leader change), or when a read came from a replica
                    // that was behind: then the record is still ours, and we write again from its revision.
                    const stored = await this.#store.get(runId).catch(() => null);
                    if (stored === undefined || (stored !== null && (stored.record.owner !== record.owner || stored.record.epoch !== record.epoch))) {
                        this.#stale(runId, slot, err);
                        return;
                    }
                    slot.pending ??= build;
                    if (stored !== null && (slot.revision === null || stored.revision > slot.revision)) {
                        slot.revision = stored.revision;
                        continue;
                    }
                    this.#retryLater(runId, slot, err); // could not read, or read an older copy: try again later
                    return;
                }
                slot.unsure ??= record;
                slot.pending ??= build;
                this.#retryLater(runId, slot, err);
                return;
            }
        }
    }
    #retryLater(runId, slot, err) {
        this.#onError(runId, err);
        slot.retry = setTimeout(() => this.#kick(runId, slot), this.#retryMs);
        slot.retry.unref();
    }
    /** After a write with unknown outcome: finds out whose write the stored record is. */
    async #resync(runId, slot, attempted) {
        const stored = await this.#store.get(runId);
        const storedRevision = stored?.revision ?? null;
        if (storedRevision !== slot.revision) {
            const ours = stored?.record.owner === attempted.owner && stored.record.epoch === attempted.epoch;
            if (!ours) {
                this.#stale(runId, slot, new StaleWriteError('runs', runId, slot.revision));
                return false;
            }
            slot.revision = storedRevision;
        }
        slot.unsure = undefined;
        return true;
    }
    #stale(runId, slot, err) {
        slot.stale = true;
        slot.pending = undefined;
        slot.unsure = undefined;
        this.#onStale(runId, err);
    }
}
//# sourceMappingURL=coalescing-writer.js.map