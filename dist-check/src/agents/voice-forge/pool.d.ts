/** Options of {@link EnginePool}. */
export interface EnginePoolOptions<T> {
    /**
     * Warm instances kept ready, and the most created at once. The pool never holds
     * more than `size` idle instances nor runs more than `size` creations.
     * @default 2
     */
    size?: number;
    /** Makes one instance (e.g. starts a WASM module). */
    create: () => Promise<T>;
    /** Disposes of an instance the pool will not hand out (on close, or one too many). @default nothing */
    destroy?: (instance: T) => void;
    /** Start creating `size` instances right away rather than on the first `acquire`. @default true */
    prewarm?: boolean;
}
/** A snapshot of the pool, for tests and metrics. */
export interface EnginePoolStats {
    /** Idle instances ready to hand out. */
    readonly ready: number;
    /** Creations in flight. */
    readonly creating: number;
    /** Callers waiting in `acquire`. */
    readonly waiting: number;
    /** Instances created since the pool started. */
    readonly created: number;
}
/** The pool was closed. */
export declare class PoolClosedError extends Error {
    readonly name = "PoolClosedError";
    constructor();
}
/**
 * A bounded pool of pre-initialised, single-use instances (an eSpeak NG WASM module
 * synthesises once, and starting one is the slow part). `acquire` hands an instance
 * over for good and the pool starts a replacement in the background, so warm ones
 * are usually waiting. An instance acquired but never used can go back with `release`.
 *
 * Callers beyond the ready instances wait in FIFO order. When a creation fails, the
 * oldest waiter gets the error; once nobody waits, background refilling pauses until
 * the next `acquire`, so a broken engine is never retried in a hot loop.
 *
 * @example
 * const pool = new EnginePool({ size: 2, create: createEspeakInstance });
 * const instance = await pool.acquire(signal);
 */
export declare class EnginePool<T> {
    #private;
    readonly size: number;
    constructor(options: EnginePoolOptions<T>);
    get stats(): EnginePoolStats;
    /** Takes an instance, waiting for one to be created when none is ready. Rejects when `signal` aborts first. */
    acquire(signal?: AbortSignal): Promise<T>;
    /** Gives back an instance that was acquired but not used; kept when there is room. */
    release(instance: T): void;
    /** Rejects waiters, disposes of idle instances and waits for creations in flight (then disposes of those too). */
    close(): Promise<void>;
}
