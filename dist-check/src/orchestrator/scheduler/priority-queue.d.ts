import { ResourceExhaustedError } from '../../sdk/errors.js';
/** Number of priority levels: 1 is the highest, 5 the lowest. */
export declare const PRIORITY_LEVELS = 5;
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
/** The RESOURCE_EXHAUSTED error a full queue raises, with a message a person can act on. */
export declare function queueFullError(capacity: number): ResourceExhaustedError;
/** Orders two entries: lower effective priority number first, then earlier arrival. */
export declare function compareEntries(a: QueueEntry<unknown>, b: QueueEntry<unknown>): number;
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
export declare class PriorityQueue<T> {
    readonly capacity: number;
    private readonly agingMs;
    private readonly now;
    private readonly sequence;
    private readonly levels;
    private count;
    constructor(options?: PriorityQueueOptions);
    /** Items waiting. */
    get size(): number;
    /**
     * Adds an item at `priority` (integer 1–5). Throws RESOURCE_EXHAUSTED when the
     * queue holds `capacity` items and INVALID_ARGUMENT for a bad priority.
     */
    push(item: T, priority: number): void;
    /** The entry that `shift` would return next, with its effective priority; undefined when empty. */
    peekEntry(): QueueEntry<T> | undefined;
    /** The item `shift` would return next, without removing it. */
    peek(): T | undefined;
    /** Removes and returns the next item: highest effective priority, earliest arrival. */
    shift(): T | undefined;
    /** Removes every item matching `predicate` (e.g. a cancelled task); returns them in queue order. */
    remove(predicate: (item: T) => boolean): T[];
    /** Items waiting per pushed priority (aging does not move the counts). */
    sizeByPriority(): PerPriority;
    private headLevel;
    private entry;
}
