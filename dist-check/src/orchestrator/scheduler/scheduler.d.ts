import { ConcurrencyLimits, type ConcurrencyLimitsOptions } from './concurrency.js';
import { type PerPriority } from './priority-queue.js';
import type { RateLimits } from './token-bucket.js';
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
    signal?: AbortSignal;
}
/** A snapshot for metrics. */
export interface SchedulerStats {
    /** Items waiting per submitted priority (index 0 = priority 1). */
    queued: PerPriority;
    /** Leases outstanding. */
    inFlight: number;
    /** Per capability with anything waiting or in flight. */
    byCapability: Record<string, {
        queued: number;
        inFlight: number;
    }>;
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
export declare class Scheduler<T extends Schedulable> {
    readonly capacity: number;
    private readonly agingMs;
    private readonly concurrency;
    private readonly rateLimits;
    private readonly now;
    private readonly setTimer;
    private readonly clearTimer;
    private readonly queues;
    private readonly waiting;
    private seq;
    private readonly sequence;
    private timer;
    private pumping;
    private pumpAgain;
    private closedWith;
    constructor(options?: SchedulerOptions);
    /** Items waiting. */
    get size(): number;
    /**
     * Queues `item`; resolves with a lease when it may run. Rejects at once with
     * RESOURCE_EXHAUSTED when the queue is full, INVALID_ARGUMENT for a bad priority
     * or an item already waiting, CANCELLED if cancelled while waiting.
     */
    submit(item: T, options?: SubmitOptions): Promise<Lease>;
    /**
     * The lease of `item` when it may run right now (what `submit` would resolve with at once), else
     * undefined: then `submit` it to wait its turn. Saves a promise per task on the common path.
     */
    tryGrant(item: T): Lease | undefined;
    /** Removes a waiting item; its promise rejects with CANCELLED. False if it was not waiting. */
    cancel(item: T, reason?: unknown): boolean;
    /**
     * Rejects every waiting item with UNAVAILABLE and refuses new ones; leases
     * already granted stay valid and may still be released.
     */
    close(message?: string): void;
    /** Queue sizes per priority and in-flight counts, for metrics. */
    stats(): SchedulerStats;
    private pump;
    /** Grants leases while something can run, then arms the timer for the earliest token. */
    private dispatchRunnable;
    /**
     * The lease of an item that may run at once: nothing of its capability waits (the pump leaves
     * waiting items only when their own limits hold them), a slot is free and its bucket has a token.
     * Granting here is what a pump would do, without queueing the item first: most tasks of a busy
     * orchestrator never wait, and a queue made and dropped per task showed in profiles.
     */
    private grantNow;
    private grant;
    private lease;
    private armTimer;
    private stopTimer;
    private take;
    private queueFor;
    private dropIfEmpty;
}
