/** A manual clock for the scheduler tests: time moves only on `advance`, timers fire in due order. */
export declare class FakeClock {
    private t;
    private nextId;
    private readonly timers;
    readonly now: () => number;
    readonly setTimer: (fn: () => void, ms: number) => number;
    readonly clearTimer: (handle: unknown) => void;
    /** Timers set and not yet fired or cleared. */
    get pendingTimers(): number;
    /** Moves time forward by `ms`, firing each due timer at its due time. */
    advance(ms: number): void;
}
/** Lets resolved promises run their callbacks (one macrotask turn; no sleeping). */
export declare const flush: () => Promise<void>;
