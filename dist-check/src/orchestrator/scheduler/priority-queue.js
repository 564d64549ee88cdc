import { InvalidArgumentError, ResourceExhaustedError } from '../../sdk/errors.js';
/** Number of priority levels: 1 is the highest, 5 the lowest. */
export const PRIORITY_LEVELS = 5;
/** The RESOURCE_EXHAUSTED error a full queue raises, with a message a person can act on. */
export function queueFullError(capacity) {
    return new ResourceExhaustedError(`the orchestrator's queue is full (${capacity} tasks waiting); retry later or lower the load`, { capacity });
}
/** Orders two entries: lower effective priority number first, then earlier arrival. */
export function compareEntries(a, b) {
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
export class PriorityQueue {
    capacity;
    agingMs;
    now;
    sequence;
    levels = Array.from({ length: PRIORITY_LEVELS }, () => new Fifo());
    count = 0;
    constructor(options = {}) {
        this.capacity = options.capacity ?? 10_000;
        if (!(this.capacity >= 0))
            throw new InvalidArgumentError(`capacity must be 0 or more; got ${this.capacity}`);
        const aging = options.agingMs ?? Infinity;
        if (!(aging >= 0))
            throw new InvalidArgumentError(`agingMs must be 0 or more; got ${aging}`);
        this.agingMs = aging === 0 ? Infinity : aging;
        this.now = options.now ?? Date.now;
        let n = 0;
        this.sequence = options.sequence ?? (() => n++);
    }
    /** Items waiting. */
    get size() {
        return this.count;
    }
    /**
     * Adds an item at `priority` (integer 1–5). Throws RESOURCE_EXHAUSTED when the
     * queue holds `capacity` items and INVALID_ARGUMENT for a bad priority.
     */
    push(item, priority) {
        assertPriority(priority);
        if (this.count >= this.capacity)
            throw queueFullError(this.capacity);
        this.levels[priority - 1].push({ item, priority, enqueuedAt: this.now(), seq: this.sequence() });
        this.count++;
    }
    /** The entry that `shift` would return next, with its effective priority; undefined when empty. */
    peekEntry() {
        const level = this.headLevel();
        return level === undefined ? undefined : this.entry(level.peek());
    }
    /** The item `shift` would return next, without removing it. */
    peek() {
        return this.peekEntry()?.item;
    }
    /** Removes and returns the next item: highest effective priority, earliest arrival. */
    shift() {
        const level = this.headLevel();
        if (!level)
            return undefined;
        this.count--;
        return level.shift().item;
    }
    /** Removes every item matching `predicate` (e.g. a cancelled task); returns them in queue order. */
    remove(predicate) {
        const removed = [];
        for (const level of this.levels) {
            for (const slot of level.removeWhere((s) => predicate(s.item)))
                removed.push(slot.item);
        }
        this.count -= removed.length;
        return removed;
    }
    /** Items waiting per pushed priority (aging does not move the counts). */
    sizeByPriority() {
        return this.levels.map((l) => l.length);
    }
    headLevel() {
        if (this.count === 0)
            return undefined;
        let best;
        let bestEntry;
        for (const level of this.levels) {
            const head = level.peek();
            if (!head)
                continue;
            if (this.agingMs === Infinity)
                return level; // strict level order
            const entry = this.entry(head);
            if (!bestEntry || compareEntries(entry, bestEntry) < 0) {
                best = level;
                bestEntry = entry;
            }
        }
        return best;
    }
    entry(slot) {
        const promoted = this.agingMs === Infinity ? 0 : Math.floor(Math.max(0, this.now() - slot.enqueuedAt) / this.agingMs);
        return { ...slot, effectivePriority: Math.max(1, slot.priority - promoted) };
    }
}
function assertPriority(priority) {
    if (!Number.isInteger(priority) || priority < 1 || priority > PRIORITY_LEVELS) {
        throw new InvalidArgumentError(`priority must be an integer from 1 (highest) to ${PRIORITY_LEVELS} (lowest); got ${priority}`);
    }
}
/** A FIFO over an array with a moving head: O(1) amortised push and shift. @internal */
class Fifo {
    items = [];
    head = 0;
    get length() {
        return this.items.length - this.head;
    }
    push(e) {
        this.items.push(e);
    }
    peek() {
        return this.head < this.items.length ? this.items[this.head] : undefined;
    }
    shift() {
        if (this.head >= this.items.length)
            return undefined;
        const e = this.items[this.head];
        this.items[this.head] = undefined; // let it be collected
        this.head++;
        if (this.head === this.items.length) {
            this.items = [];
            this.head = 0;
        }
        else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
            this.items = this.items.slice(this.head);
            this.head = 0;
        }
        return e;
    }
    removeWhere(predicate) {
        const removed = [];
        const kept = [];
        for (let i = this.head; i < this.items.length; i++) {
            const e = this.items[i];
            (predicate(e) ? removed : kept).push(e);
        }
        if (removed.length > 0) {
            this.items = kept;
            this.head = 0;
        }
        return removed;
    }
}
//# sourceMappingURL=priority-queue.js.map