/**
 * Wraps a user callback so that it never throws into the caller's loop (a
 * throwing `onStale` must not stop the writes of other runs).
 * @internal
 */
export function guard(fn) {
    return (...args) => {
        try {
            fn?.(...args);
        }
        catch {
            // ignored on purpose: the callback's own problem, not the store's
        }
    };
}
//# sourceMappingURL=guard.js.map