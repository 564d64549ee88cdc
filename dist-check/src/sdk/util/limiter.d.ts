/**
 * At most `max` operations at once; the others wait their turn, first come first served.
 * A finishing operation hands its place straight to the next waiter.
 *
 * @example
 * const writes = new Limiter(1024);
 * await writes.run(() => kv.put(key, value));
 */
export declare class Limiter {
    #private;
    readonly max: number;
    constructor(max: number);
    /** Operations running now. */
    get active(): number;
    /** Operations waiting for a place. */
    get waiting(): number;
    /** Runs `operation` once a place is free; resolves or rejects as it does. */
    run<T>(operation: () => Promise<T>): Promise<T>;
}
/** Runs `operation` through `limiter` when there is one, at once otherwise. */
export declare function runLimited<T>(limiter: Limiter | undefined, operation: () => Promise<T>): Promise<T>;
