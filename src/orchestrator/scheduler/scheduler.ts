import { InvalidArgumentError, Status, TroupeError, UnavailableError } from '../../sdk/errors.js';
import { ConcurrencyLimits, type ConcurrencyLimitsOptions } from './concurrency.js';
import { compareEntries, PriorityQueue, queueFullError, type PerPriority, type QueueEntry } from './priority-queue.js';
import type { RateLimits } from './token-bucket.js';
import type { CancelSignal } from '../../sdk/util/cancellation.js';

/** What the scheduler needs to know about a unit of work. */
export interface Schedulable {
  readonly capability: string;
  /** 1 (highest) … 5 (lowest). */
  readonly priority: number;
}

/** Permission to run one item; give it back with `release()` (idempotent) when the work ends. */
export interface Lease {
  release(): void;
  /** How long the item waited in the queue, in ms. */
  readonly waitedMs: number;
}

/** Options of a {@link Scheduler}. */
export interface SchedulerOptions {
  /** Most items waiting; beyond it `submit` rejects with RESOURCE_EXHAUSTED. @default 10000 */
  capacity?: number;
  /**
   * Aging step in ms: an item that has waited `k × agingMs` competes as `k` levels
   * higher (never above 1), so priority-5 work is not starved. `Infinity` turns it off.
   * @default 30000
   */
  agingMs?: number;
  /** Concurrency limits, or a shared instance. @default { global: 256 } */
  concurrency?: ConcurrencyLimitsOptions | ConcurrencyLimits;
  /** Rate limits; only the per-capability buckets are used here. @default none */
  rateLimits?: RateLimits;
  /** Clock in ms. @default Date.now */
  now?: () => number;
  /** Starts a one-shot timer; the scheduler keeps at most one. @default setTimeout, unref'd */
  setTimer?: (fn: () => void, ms: number) => unknown;
  /** Stops a timer `setTimer` returned. @default clearTimeout */
  clearTimer?: (handle: unknown) => void;
}

/** Options of one {@link Scheduler.submit}. */
export interface SubmitOptions {
  /** Aborting cancels the item while it waits (as {@link Scheduler.cancel}). */
  signal?: CancelSignal;
}

/** A snapshot for metrics. */
export interface SchedulerStats {
  /** Items waiting per submitted priority (index 0 = priority 1). */
  queued: PerPriority;
  /** Leases outstanding. */
  inFlight: number;
  /** Per capability with anything waiting or in flight. */
  byCapability: Record<string, { queued: number; inFlight: number }>;
}

interface Waiter<T> {
  readonly item: T;
  readonly enqueuedAt: number;
  readonly resolve: (lease: Lease) => void;
  readonly reject: (err: unknown) => void;
  cleanup?: () => void;
}

interface Timer {
  readonly due: number;
  handle: unknown;
}

/**
 * Fair admission of work under load. An item runs when it is the best waiting item
 * of its capability (priority, then arrival; with aging), a global and a
 * per-capability concurrency slot are free and the capability's token bucket has a
 * token. Items are queued per capability, so one blocked only by its own
 * capability's limit never blocks another capability (no head-of-line blocking).
 * The pump runs on submit, cancel, release, and on one timer for the earliest token.
 *
 * @example
 * const scheduler = new Scheduler<Task>({ concurrency: { global: 64, perCapability: { 'tts.synthesize': 4 } } });
 * const lease = await scheduler.submit(task);
 * try { await dispatch(task); } finally { lease.release(); }
 */
export class Scheduler<T extends Schedulable> {
  readonly capacity: number;
  private readonly agingMs: number;
  private readonly concurrency: ConcurrencyLimits;
  private readonly rateLimits: RateLimits | undefined;
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly queues = new Map<string, PriorityQueue<Waiter<T>>>();
  private readonly waiting = new Map<T, Waiter<T>>();
  private seq = 0;
  private readonly sequence = (): number => this.seq++;
  private timer: Timer | undefined;
  private pumping = false;
  private pumpAgain = false;
  private closedWith: Error | undefined;

  constructor(options: SchedulerOptions = {}) {
    this.capacity = options.capacity ?? 10_000;
    if (!(this.capacity >= 0)) throw new InvalidArgumentError(`capacity must be 0 or more; got ${this.capacity}`);
    this.agingMs = options.agingMs ?? 30_000;
    const c = options.concurrency;
    this.concurrency = c instanceof ConcurrencyLimits ? c : new ConcurrencyLimits(c);
    this.rateLimits = options.rateLimits;
    this.now = options.now ?? Date.now;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms).unref());
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** Items waiting. */
  get size(): number {
    return this.waiting.size;
  }

  /**
   * Queues `item`; resolves with a lease when it may run. Rejects at once with
   * RESOURCE_EXHAUSTED when the queue is full, INVALID_ARGUMENT for a bad priority
   * or an item already waiting, CANCELLED if cancelled while waiting.
   */
  submit(item: T, options: SubmitOptions = {}): Promise<Lease> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    if (this.waiting.has(item)) {
      return Promise.reject(new InvalidArgumentError('this item is already waiting in the scheduler; submit each task once', { capability: item.capability }));
    }
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(cancelledError(item, signal.reason));
    if (this.waiting.size >= this.capacity) return Promise.reject(queueFullError(this.capacity));
    const now = this.grantNow(item);
    if (now) return Promise.resolve(now);
    return new Promise<Lease>((resolve, reject) => {
      const waiter: Waiter<T> = { item, enqueuedAt: this.now(), resolve, reject };
      try {
        this.queueFor(item.capability).push(waiter, item.priority);
      } catch (err) {
        this.dropIfEmpty(item.capability);
        reject(err);
        return;
      }
      this.waiting.set(item, waiter);
      if (signal) {
        const onAbort = (): void => void this.cancel(item, signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        waiter.cleanup = () => signal.removeEventListener('abort', onAbort);
      }
      this.pump();
    });
  }

  /**
   * The lease of `item` when it may run right now (what `submit` would resolve with at once), else
   * undefined: then `submit` it to wait its turn. Saves a promise per task on the common path.
   */
  tryGrant(item: T): Lease | undefined {
    if (this.closedWith || this.waiting.has(item) || this.waiting.size >= this.capacity) return undefined;
    return this.grantNow(item);
  }

  /** Removes a waiting item; its promise rejects with CANCELLED. False if it was not waiting. */
  cancel(item: T, reason?: unknown): boolean {
    const waiter = this.take(item);
    if (!waiter) return false;
    waiter.reject(cancelledError(item, reason));
    this.pump(); // the pending timer may no longer be needed
    return true;
  }

  /**
   * Rejects every waiting item with UNAVAILABLE and refuses new ones; leases
   * already granted stay valid and may still be released.
   */
  close(message = 'the orchestrator is shutting down; retry on another instance'): void {
    if (this.closedWith) return;
    this.closedWith = new UnavailableError(message);
    this.stopTimer();
    for (const item of [...this.waiting.keys()]) this.take(item)?.reject(this.closedWith);
  }

  /** Queue sizes per priority and in-flight counts, for metrics. */
  stats(): SchedulerStats {
    const queued: PerPriority = [0, 0, 0, 0, 0];
    const byCapability: SchedulerStats['byCapability'] = {};
    for (const [capability, queue] of this.queues) {
      queue.sizeByPriority().forEach((n, i) => (queued[i] = (queued[i] ?? 0) + n));
      byCapability[capability] = { queued: queue.size, inFlight: this.concurrency.inFlight(capability) };
    }
    for (const [capability, inFlight] of Object.entries(this.concurrency.byCapability())) {
      byCapability[capability] ??= { queued: 0, inFlight };
    }
    return { queued, inFlight: this.concurrency.inFlight(), byCapability };
  }

  private pump(): void {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        this.dispatchRunnable();
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- dispatchRunnable() may re-enter pump(), which sets it
      } while (this.pumpAgain);
    } finally {
      this.pumping = false;
    }
  }

  /** Grants leases while something can run, then arms the timer for the earliest token. */
  private dispatchRunnable(): void {
    let earliestTokenMs = Infinity;
    while (!this.concurrency.globalFull()) {
      earliestTokenMs = Infinity;
      let best: { capability: string; queue: PriorityQueue<Waiter<T>>; head: QueueEntry<Waiter<T>> } | undefined;
      for (const [capability, queue] of this.queues) {
        if (!this.concurrency.canAcquire(capability)) continue; // a release will pump
        const wait = this.rateLimits?.msUntilCapability(capability) ?? 0;
        if (wait > 0) {
          earliestTokenMs = Math.min(earliestTokenMs, wait);
          continue;
        }
        const head = queue.peekEntry();
        if (head && (!best || compareEntries(head, best.head) < 0)) best = { capability, queue, head };
      }
      if (!best) break;
      this.grant(best.capability, best.queue);
    }
    if (this.concurrency.globalFull()) earliestTokenMs = Infinity; // a release will pump
    this.armTimer(earliestTokenMs);
  }

  /**
   * The lease of an item that may run at once: nothing of its capability waits (the pump leaves
   * waiting items only when their own limits hold them), a slot is free and its bucket has a token.
   * Granting here is what a pump would do, without queueing the item first: most tasks of a busy
   * orchestrator never wait, and a queue made and dropped per task showed in profiles.
   */
  private grantNow(item: T): Lease | undefined {
    const { capability } = item;
    if (this.queues.has(capability) || !this.concurrency.canAcquire(capability)) return undefined;
    if ((this.rateLimits?.msUntilCapability(capability) ?? 0) > 0) return undefined;
    if (!Number.isInteger(item.priority) || item.priority < 1 || item.priority > 5) return undefined; // the queue refuses it
    this.rateLimits?.takeCapability(capability);
    return this.lease(capability, 0);
  }

  private grant(capability: string, queue: PriorityQueue<Waiter<T>>): void {
    const waiter = queue.shift()!;
    this.waiting.delete(waiter.item);
    waiter.cleanup?.();
    this.dropIfEmpty(capability);
    this.rateLimits?.takeCapability(capability);
    waiter.resolve(this.lease(capability, this.now() - waiter.enqueuedAt));
  }

  private lease(capability: string, waitedMs: number): Lease {
    const releaseSlot = this.concurrency.tryAcquire(capability);
    if (!releaseSlot) throw new Error(`scheduler invariant broken: no slot for "${capability}" after canAcquire`);
    let released = false;
    return {
      waitedMs,
      release: () => {
        if (released) return;
        released = true;
        releaseSlot();
        if (!this.closedWith) this.pump();
      },
    };
  }

  private armTimer(ms: number): void {
    if (ms === Infinity) return this.stopTimer();
    const due = this.now() + ms;
    if (this.timer && this.timer.due <= due) return; // an early-enough wake-up is already set
    this.stopTimer();
    const timer: Timer = { due, handle: undefined };
    this.timer = timer;
    timer.handle = this.setTimer(() => {
      if (this.timer !== timer) return;
      this.timer = undefined;
      this.pump();
    }, ms);
  }

  private stopTimer(): void {
    if (this.timer) this.clearTimer(this.timer.handle);
    this.timer = undefined;
  }

  private take(item: T): Waiter<T> | undefined {
    const waiter = this.waiting.get(item);
    if (!waiter) return undefined;
    this.waiting.delete(item);
    this.queues.get(item.capability)?.remove((w) => w === waiter);
    this.dropIfEmpty(item.capability);
    waiter.cleanup?.();
    return waiter;
  }

  private queueFor(capability: string): PriorityQueue<Waiter<T>> {
    let queue = this.queues.get(capability);
    if (!queue) {
      // The scheduler enforces the total capacity; per-capability queues are unbounded.
      queue = new PriorityQueue({ capacity: Infinity, agingMs: this.agingMs, now: this.now, sequence: this.sequence });
      this.queues.set(capability, queue);
    }
    return queue;
  }

  private dropIfEmpty(capability: string): void {
    if (this.queues.get(capability)?.size === 0) this.queues.delete(capability);
  }
}

function cancelledError(item: Schedulable, cause: unknown): TroupeError {
  return new TroupeError(Status.CANCELLED, 'the task was cancelled while waiting in the queue', {
    cause,
    context: { capability: item.capability },
  });
}
