import { InvalidArgumentError, ResourceExhaustedError } from '../../sdk/errors.js';

/** Number of priority levels: 1 is the highest, 5 the lowest. */
export const PRIORITY_LEVELS = 5;

/** One count per priority level, index 0 for priority 1 … index 4 for priority 5. */
export type PerPriority = [number, number, number, number, number];

/** Options of a {@link PriorityQueue}. */
export interface PriorityQueueOptions {
  /**
   * Most items the queue holds; `push` beyond it throws RESOURCE_EXHAUSTED.
   * @default 10000
   */
  capacity?: number;
  /**
   * Aging step in ms: an item that has waited `k × agingMs` is treated as `k`
   * levels higher (never above 1), so low-priority work is not starved forever.
   * Among items of the same effective level the earlier arrival goes first.
   * `Infinity` (or 0) turns aging off.
   * @default Infinity
   */
  agingMs?: number;
  /** Clock in ms, read on push and when aging is on. @default Date.now */
  now?: () => number;
  /**
   * Source of arrival numbers, increasing; share one between queues whose heads
   * you compare (see {@link compareEntries}). @default a counter private to the queue
   */
  sequence?: () => number;
}

/** An item with its bookkeeping, as {@link PriorityQueue.peekEntry} returns it. */
export interface QueueEntry<T> {
  readonly item: T;
  /** Priority the item was pushed with (1–5). */
  readonly priority: number;
  /** Priority after aging, at the time of the peek. */
  readonly effectivePriority: number;
  readonly enqueuedAt: number;
  /** Arrival number: lower arrived earlier. */
  readonly seq: number;
}

interface Slot<T> {
  readonly item: T;
  readonly priority: number;
  readonly enqueuedAt: number;
  readonly seq: number;
}

/** The RESOURCE_EXHAUSTED error a full queue raises, with a message a person can act on. */
export function queueFullError(capacity: number): ResourceExhaustedError {
  return new ResourceExhaustedError(
    `the orchestrator's queue is full (${capacity} tasks waiting); retry later or lower the load`,
    { capacity },
  );
}

/** Orders two entries: lower effective priority number first, then earlier arrival. */
export function compareEntries(a: QueueEntry<unknown>, b: QueueEntry<unknown>): number {
  return a.effectivePriority - b.effectivePriority || a.seq - b.seq;
}

/**
 * A bounded queue with five priority levels, FIFO within a level, with optional
 * aging. Push and shift are O(1) per level (O(levels) overall); `remove` is O(n).
 *
 * @example
 * const q = new PriorityQueue<string>({ capacity: 100 });
 * q.push('bulk', 5);
 * q.push('urgent', 1);
 * q.shift(); // 'urgent'
 */
export class PriorityQueue<T> {
  readonly capacity: number;
  private readonly agingMs: number;
  private readonly now: () => number;
  private readonly sequence: () => number;
  private readonly levels: Fifo<Slot<T>>[] = Array.from({ length: PRIORITY_LEVELS }, () => new Fifo<Slot<T>>());
  private count = 0;

  constructor(options: PriorityQueueOptions = {}) {
    this.capacity = options.capacity ?? 10_000;
    if (!(this.capacity >= 0)) throw new InvalidArgumentError(`capacity must be 0 or more; got ${this.capacity}`);
    const aging = options.agingMs ?? Infinity;
    if (!(aging >= 0)) throw new InvalidArgumentError(`agingMs must be 0 or more; got ${aging}`);
    this.agingMs = aging === 0 ? Infinity : aging;
    this.now = options.now ?? Date.now;
    let n = 0;
    this.sequence = options.sequence ?? (() => n++);
  }

  /** Items waiting. */
  get size(): number {
    return this.count;
  }

  /**
   * Adds an item at `priority` (integer 1–5). Throws RESOURCE_EXHAUSTED when the
   * queue holds `capacity` items and INVALID_ARGUMENT for a bad priority.
   */
  push(item: T, priority: number): void {
    assertPriority(priority);
    if (this.count >= this.capacity) throw queueFullError(this.capacity);
    this.levels[priority - 1]!.push({ item, priority, enqueuedAt: this.now(), seq: this.sequence() });
    this.count++;
  }

  /** The entry that `shift` would return next, with its effective priority; undefined when empty. */
  peekEntry(): QueueEntry<T> | undefined {
    const level = this.headLevel();
    return level === undefined ? undefined : this.entry(level.peek()!);
  }

  /** The item `shift` would return next, without removing it. */
  peek(): T | undefined {
    return this.peekEntry()?.item;
  }

  /** Removes and returns the next item: highest effective priority, earliest arrival. */
  shift(): T | undefined {
    const level = this.headLevel();
    if (!level) return undefined;
    this.count--;
    return level.shift()!.item;
  }

  /** Removes every item matching `predicate` (e.g. a cancelled task); returns them in queue order. */
  remove(predicate: (item: T) => boolean): T[] {
    const removed: T[] = [];
    for (const level of this.levels) {
      for (const slot of level.removeWhere((s) => predicate(s.item))) removed.push(slot.item);
    }
    this.count -= removed.length;
    return removed;
  }

  /** Items waiting per pushed priority (aging does not move the counts). */
  sizeByPriority(): PerPriority {
    return this.levels.map((l) => l.length) as PerPriority;
  }

  private headLevel(): Fifo<Slot<T>> | undefined {
    if (this.count === 0) return undefined;
    let best: Fifo<Slot<T>> | undefined;
    let bestEntry: QueueEntry<T> | undefined;
    for (const level of this.levels) {
      const head = level.peek();
      if (!head) continue;
      if (this.agingMs === Infinity) return level; // strict level order
      const entry = this.entry(head);
      if (!bestEntry || compareEntries(entry, bestEntry) < 0) {
        best = level;
        bestEntry = entry;
      }
    }
    return best;
  }

  private entry(slot: Slot<T>): QueueEntry<T> {
    const promoted = this.agingMs === Infinity ? 0 : Math.floor(Math.max(0, this.now() - slot.enqueuedAt) / this.agingMs);
    return { ...slot, effectivePriority: Math.max(1, slot.priority - promoted) };
  }
}

function assertPriority(priority: number): void {
  if (!Number.isInteger(priority) || priority < 1 || priority > PRIORITY_LEVELS) {
    throw new InvalidArgumentError(`priority must be an integer from 1 (highest) to ${PRIORITY_LEVELS} (lowest); got ${priority}`);
  }
}

/** A FIFO over an array with a moving head: O(1) amortised push and shift. @internal */
class Fifo<E> {
  private items: E[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(e: E): void {
    this.items.push(e);
  }

  peek(): E | undefined {
    return this.head < this.items.length ? this.items[this.head] : undefined;
  }

  shift(): E | undefined {
    if (this.head >= this.items.length) return undefined;
    const e = this.items[this.head] as E;
    (this.items as (E | undefined)[])[this.head] = undefined; // let it be collected
    this.head++;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return e;
  }

  removeWhere(predicate: (e: E) => boolean): E[] {
    const removed: E[] = [];
    const kept: E[] = [];
    for (let i = this.head; i < this.items.length; i++) {
      const e = this.items[i] as E;
      (predicate(e) ? removed : kept).push(e);
    }
    if (removed.length > 0) {
      this.items = kept;
      this.head = 0;
    }
    return removed;
  }
}
