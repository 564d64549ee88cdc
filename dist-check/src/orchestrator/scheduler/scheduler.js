import { InvalidArgumentError, Status, TroupeError, UnavailableError } from '../../sdk/errors.js';
import { ConcurrencyLimits } from './concurrency.js';
import { compareEntries, PriorityQueue, queueFullError } from './priority-queue.js';
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
export class Scheduler {
    capacity;
    agingMs;
    concurrency;
    rateLimits;
    now;
    setTimer;
    clearTimer;
    queues = new Map();
    waiting = new Map();
    seq = 0;
    sequence = () => this.seq++;
    timer;
    pumping = false;
    pumpAgain = false;
    closedWith;
    constructor(options = {}) {
        this.capacity = options.capacity ?? 10_000;
        if (!(this.capacity >= 0))
            throw new InvalidArgumentError(`capacity must be 0 or more; got ${this.capacity}`);
        this.agingMs = options.agingMs ?? 30_000;
        const c = options.concurrency;
        this.concurrency = c instanceof ConcurrencyLimits ? c : new ConcurrencyLimits(c);
        this.rateLimits = options.rateLimits;
        this.now = options.now ?? Date.now;
        this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms).unref());
        this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h));
    }
    /** Items waiting. */
    get size() {
        return this.waiting.size;
    }
    /**
     * Queues `item`; resolves with a lease when it may run. Rejects at once with
     * RESOURCE_EXHAUSTED when the queue is full, INVALID_ARGUMENT for a bad priority
     * or an item already waiting, CANCELLED if cancelled while waiting.
     */
    submit(item, options = {}) {
        if (this.closedWith)
            return Promise.reject(this.closedWith);
        if (this.waiting.has(item)) {
            return Promise.reject(new InvalidArgumentError('this item is already waiting in the scheduler; submit each task once', { capability: item.capability }));
        }
        const { signal } = options;
        if (signal?.aborted)
            return Promise.reject(cancelledError(item, signal.reason));
        if (this.waiting.size >= this.capacity)
            return Promise.reject(queueFullError(this.capacity));
        const now = this.grantNow(item);
        if (now)
            return Promise.resolve(now);
        return new Promise((resolve, reject) => {
            const waiter = { item, enqueuedAt: this.now(), resolve, reject };
            try {
                this.queueFor(item.capability).push(waiter, item.priority);
            }
            catch (err) {
                this.dropIfEmpty(item.capability);
                reject(err);
                return;
            }
            this.waiting.set(item, waiter);
            if (signal) {
                const onAbort = () => void this.cancel(item, signal.reason);
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
    tryGrant(item) {
        if (this.closedWith || this.waiting.has(item) || this.waiting.size >= this.capacity)
            return undefined;
        return this.grantNow(item);
    }
    /** Removes a waiting item; its promise rejects with CANCELLED. False if it was not waiting. */
    cancel(item, reason) {
        const waiter = this.take(item);
        if (!waiter)
            return false;
        waiter.reject(cancelledError(item, reason));
        this.pump(); // the pending timer may no longer be needed
        return true;
    }
    /**
     * Rejects every waiting item with UNAVAILABLE and refuses new ones; leases
     * already granted stay valid and may still be released.
     */
    close(message = 'the orchestrator is shutting down; retry on another instance') {
        if (this.closedWith)
            return;
        this.closedWith = new UnavailableError(message);
        this.stopTimer();
        for (const item of [...this.waiting.keys()])
            this.take(item)?.reject(this.closedWith);
    }
    /** Queue sizes per priority and in-flight counts, for metrics. */
    stats() {
        const queued = [0, 0, 0, 0, 0];
        const byCapability = {};
        for (const [capability, queue] of this.queues) {
            queue.sizeByPriority().forEach((n, i) => (queued[i] = (queued[i] ?? 0) + n));
            byCapability[capability] = { queued: queue.size, inFlight: this.concurrency.inFlight(capability) };
        }
        for (const [capability, inFlight] of Object.entries(this.concurrency.byCapability())) {
            byCapability[capability] ??= { queued: 0, inFlight };
        }
        return { queued, inFlight: this.concurrency.inFlight(), byCapability };
    }
    pump() {
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
        }
        finally {
            this.pumping = false;
        }
    }
    /** Grants leases while something can run, then arms the timer for the earliest token. */
    dispatchRunnable() {
        let earliestTokenMs = Infinity;
        while (!this.concurrency.globalFull()) {
            earliestTokenMs = Infinity;
            let best;
            for (const [capability, queue] of this.queues) {
                if (!this.concurrency.canAcquire(capability))
                    continue; // a release will pump
                const wait = this.rateLimits?.msUntilCapability(capability) ?? 0;
                if (wait > 0) {
                    earliestTokenMs = Math.min(earliestTokenMs, wait);
                    continue;
                }
                const head = queue.peekEntry();
                if (head && (!best || compareEntries(head, best.head) < 0))
                    best = { capability, queue, head };
            }
            if (!best)
                break;
            this.grant(best.capability, best.queue);
        }
        if (this.concurrency.globalFull())
            earliestTokenMs = Infinity; // a release will pump
        this.armTimer(earliestTokenMs);
    }
    /**
     * The lease of an item that may run at once: nothing of its capability waits (the pump leaves
     * waiting items only when their own limits hold them), a slot is free and its bucket has a token.
     * Granting here is what a pump would do, without queueing the item first: most tasks of a busy
     * orchestrator never wait, and a queue made and dropped per task showed in profiles.
     */
    grantNow(item) {
        const { capability } = item;
        if (this.queues.has(capability) || !this.concurrency.canAcquire(capability))
            return undefined;
        if ((this.rateLimits?.msUntilCapability(capability) ?? 0) > 0)
            return undefined;
        if (!Number.isInteger(item.priority) || item.priority < 1 || item.priority > 5)
            return undefined; // the queue refuses it
        this.rateLimits?.takeCapability(capability);
        return this.lease(capability, 0);
    }
    grant(capability, queue) {
        const waiter = queue.shift();
        this.waiting.delete(waiter.item);
        waiter.cleanup?.();
        this.dropIfEmpty(capability);
        this.rateLimits?.takeCapability(capability);
        waiter.resolve(this.lease(capability, this.now() - waiter.enqueuedAt));
    }
    lease(capability, waitedMs) {
        const releaseSlot = this.concurrency.tryAcquire(capability);
        if (!releaseSlot)
            throw new Error(`scheduler invariant broken: no slot for "${capability}" after canAcquire`);
        let released = false;
        return {
            waitedMs,
            release: () => {
                if (released)
                    return;
                released = true;
                releaseSlot();
                if (!this.closedWith)
                    this.pump();
            },
        };
    }
    armTimer(ms) {
        if (ms === Infinity)
            return this.stopTimer();
        const due = this.now() + ms;
        if (this.timer && this.timer.due <= due)
            return; // an early-enough wake-up is already set
        this.stopTimer();
        const timer = { due, handle: undefined };
        this.timer = timer;
        timer.handle = this.setTimer(() => {
            if (this.timer !== timer)
                return;
            this.timer = undefined;
            this.pump();
        }, ms);
    }
    stopTimer() {
        if (this.timer)
            this.clearTimer(this.timer.handle);
        this.timer = undefined;
    }
    take(item) {
        const waiter = this.waiting.get(item);
        if (!waiter)
            return undefined;
        this.waiting.delete(item);
        this.queues.get(item.capability)?.remove((w) => w === waiter);
        this.dropIfEmpty(item.capability);
        waiter.cleanup?.();
        return waiter;
    }
    queueFor(capability) {
        let queue = this.queues.get(capability);
        if (!queue) {
            // The scheduler enforces the total capacity; per-capability queues are unbounded.
            queue = new PriorityQueue({ capacity: Infinity, agingMs: this.agingMs, now: this.now, sequence: this.sequence });
            this.queues.set(capability, queue);
        }
        return queue;
    }
    dropIfEmpty(capability) {
        if (this.queues.get(capability)?.size === 0)
            this.queues.delete(capability);
    }
}
function cancelledError(item, cause) {
    return new TroupeError(Status.CANCELLED, 'the task was cancelled while waiting in the queue', {
        cause,
        context: { capability: item.capability },
    });
}
//# sourceMappingURL=scheduler.js.map