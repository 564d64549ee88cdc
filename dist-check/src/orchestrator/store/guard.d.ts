/**
 * Wraps a user callback so that it never throws into the caller's loop (a
 * throwing `onStale` must not stop the writes of other runs).
 * @internal
 */
export declare function guard<A extends unknown[]>(fn: ((...args: A) => void) | undefined): (...args: A) => void;
