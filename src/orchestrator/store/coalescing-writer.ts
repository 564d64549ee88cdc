import { StaleWriteError } from './errors.js';
import { guard } from './guard.js';
import type { RunRecord, RunStore } from './run-record.js';

/** Options of {@link CoalescingWriter}. */
export interface CoalescingWriterOptions {
  readonly store: RunStore;
  /**
   * A write of the run lost its compare-and-set: someone else (a survivor that
   * adopted the run) wrote first. The engine drops the run; later `schedule`
   * calls for it are ignored until `track()` is called again. Called once.
   * @default ignore
   */
  readonly onStale?: (runId: string, err: StaleWriteError) => void;
  /**
   * A write failed for another reason (NATS down, value too large, `build` threw).
   * The latest state stays pending and is retried after `retryMs`, by the next
   * `schedule`, or by `flush()`. @default ignore
   */
  readonly onError?: (runId: string, err: unknown) => void;
  /** Defers a write to the end of the current tick. @default setImmediate */
  readonly defer?: (fn: () => void) => void;
  /** Delay before retrying a write that failed (not stale). @default 1000 */
  readonly retryMs?: number;
}

interface Slot {
  /** Builds the latest state; undefined when nothing is pending. */
  pending: (() => RunRecord) | undefined;
  /** Revision we last wrote or were told about; null: the run is not stored yet. */
  revision: number | null;
  /** A deferred write is scheduled. */
  queued: boolean;
  /** The write loop in flight (at most one per run). */
  running: Promise<void> | undefined;
  stale: boolean;
  /** Everything pending was scheduled with a delay (progress only): it waits for `later` or a prompt schedule. */
  deferred: boolean;
  /** The timer that writes deferred progress, and its delay. */
  later: NodeJS.Timeout | undefined;
  laterMs: number;
  /** Set after a failed write whose outcome is unknown: what we tried to write. */
  unsure: RunRecord | undefined;
  retry: NodeJS.Timeout | undefined;
  /** Callers of `idle()` waiting for the run to have nothing pending or in flight. */
  idle: (() => void)[] | undefined;
}

/**
 * Turns a run's state transitions into as few compare-and-set writes as possible.
 * `schedule(runId, build)` marks the run dirty; at the end of the tick ONE write
 * stores `build()` of the latest call. Writes of one run are serialised (never
 * two in flight for one key); whatever was scheduled meanwhile is written right
 * after, once. Progress scheduled with a delay (an attempt started) waits for the
 * run's next prompt change or its delay, whichever comes first. The writer tracks
 * each run's revision and reports a lost compare-and-set to `onStale` (fencing:
 * the engine drops the run).
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
  readonly #store: RunStore;
  readonly #onStale: (runId: string, err: StaleWriteError) => void;
  readonly #onError: (runId: string, err: unknown) => void;
  readonly #defer: (fn: () => void) => void;
  readonly #retryMs: number;
  readonly #slots = new Map<string, Slot>();
  /** Successful writes so far. */
  writes = 0;

  constructor(options: CoalescingWriterOptions) {
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
  track(runId: string, revision: number | null): void {
    const slot = this.#slot(runId);
    slot.revision = revision;
    slot.stale = false;
    slot.unsure = undefined;
  }

  /** The revision last written or tracked; undefined for an unknown run. */
  revision(runId: string): number | null | undefined {
    return this.#slots.get(runId)?.revision;
  }

  /** True while the run has a write pending or in flight. */
  dirty(runId: string): boolean {
    const slot = this.#slots.get(runId);
    return slot !== undefined && (slot.pending !== undefined || slot.running !== undefined);
  }

  /**
   * Resolves once the run has nothing pending or in flight (`dirty` turns false), or is
   * forgotten, found stale or the writer closed; at once if it is not dirty now.
   */
  idle(runId: string): Promise<void> {
    const slot = this.#slots.get(runId);
    if (slot === undefined || !this.dirty(runId)) return Promise.resolve();
    return new Promise((resolve) => (slot.idle ??= []).push(resolve));
  }

  /**
   * Marks the run dirty; `build` is called once, when the write happens, and only
   * the latest `build` of a run is used. Ignored for a stale run. With `delayMs`, the
   * change is progress that may wait (an attempt started): it is written with the
   * run's next prompt change, or `delayMs` after it at the latest, so a step that
   * starts and ends within it costs one write, not two.
   */
  schedule(runId: string, build: () => RunRecord, delayMs = 0): void {
    const slot = this.#slot(runId);
    if (slot.stale) return;
    slot.deferred = delayMs > 0 && (slot.pending === undefined || slot.deferred);
    slot.pending = build;
    if (slot.deferred) {
      slot.laterMs = delayMs;
      if (slot.running === undefined && !slot.queued) this.#later(runId, slot);
      return;
    }
    clearTimeout(slot.later);
    slot.later = undefined;
    if (slot.running !== undefined || slot.queued) return; // the loop in flight picks it up
    slot.queued = true;
    this.#defer(() => this.#kick(runId, slot));
  }

  /**
   * Forgets a run (after its final write, e.g. when it finished and was flushed).
   * A pending write is dropped.
   */
  forget(runId: string): void {
    const slot = this.#slots.get(runId);
    if (!slot) return;
    clearTimeout(slot.retry);
    clearTimeout(slot.later);
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
  async flush(): Promise<void> {
    const retried = new Set<Slot>();
    for (;;) {
      const inFlight: Promise<void>[] = [];
      for (const [runId, slot] of this.#slots) {
        if (slot.running === undefined && slot.pending !== undefined && !slot.stale) {
          if (!slot.queued && retried.has(slot)) continue;
          retried.add(slot);
          this.#kick(runId, slot);
        }
        if (slot.running !== undefined) inFlight.push(slot.running);
      }
      if (inFlight.length === 0) return;
      await Promise.all(inFlight);
    }
  }

  /** Cancels retry timers; pending writes are dropped (call `flush()` first). */
  close(): void {
    const slots = [...this.#slots.values()];
    this.#slots.clear();
    for (const slot of slots) {
      clearTimeout(slot.retry);
      clearTimeout(slot.later);
      slot.pending = undefined;
      this.#settle(slot, true);
    }
  }

  /** Wakes the `idle()` callers of a run that has nothing pending or in flight, is stale, or (`gone`) was forgotten. */
  #settle(slot: Slot, gone = false): void {
    if (slot.idle === undefined || (!gone && !slot.stale && (slot.pending !== undefined || slot.running !== undefined))) return;
    const waiters = slot.idle;
    slot.idle = undefined;
    for (const wake of waiters) wake();
  }

  #slot(runId: string): Slot {
    let slot = this.#slots.get(runId);
    if (!slot) {
      slot = { pending: undefined, deferred: false, later: undefined, laterMs: 0, revision: null, queued: false, running: undefined, stale: false, unsure: undefined, retry: undefined, idle: undefined };
      this.#slots.set(runId, slot);
    }
    return slot;
  }

  /** Arms the deferred-progress timer of a run (once). */
  #later(runId: string, slot: Slot): void {
    slot.later ??= setTimeout(() => this.#kick(runId, slot), slot.laterMs).unref();
  }

  #kick(runId: string, slot: Slot): void {
    slot.queued = false;
    clearTimeout(slot.retry);
    slot.retry = undefined;
    clearTimeout(slot.later);
    slot.later = undefined;
    slot.deferred = false;
    if (slot.running !== undefined || slot.pending === undefined || slot.stale) return;
    slot.running = this.#drain(runId, slot).finally(() => {
      slot.running = undefined;
      this.#settle(slot);
    });
  }

  /** Writes the latest pending state until nothing is pending. Never rejects. */
  async #drain(runId: string, slot: Slot): Promise<void> {
    while (slot.pending !== undefined && !slot.stale) {
      if (slot.deferred) {
        // Progress scheduled while a write was in flight may wait too.
        this.#later(runId, slot);
        return;
      }
      const build = slot.pending;
      slot.pending = undefined;
      let record: RunRecord;
      try {
        record = build();
      } catch (err) {
        this.#onError(runId, err);
        continue;
      }
      try {
        if (slot.unsure !== undefined && !(await this.#resync(runId, slot, slot.unsure))) return;
        slot.revision = await this.#store.put(record, slot.revision);
        this.writes++;
      } catch (err) {
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

  #retryLater(runId: string, slot: Slot, err: unknown): void {
    this.#onError(runId, err);
    slot.retry = setTimeout(() => this.#kick(runId, slot), this.#retryMs);
    slot.retry.unref();
  }

  /** After a write with unknown outcome: finds out whose write the stored record is. */
  async #resync(runId: string, slot: Slot, attempted: RunRecord): Promise<boolean> {
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

  #stale(runId: string, slot: Slot, err: StaleWriteError): void {
    slot.stale = true;
    slot.pending = undefined;
    slot.unsure = undefined;
    this.#onStale(runId, err);
  }
}

