/**
 * An AbortSignal that aborts when `parent` does or after `ms`, whichever comes first;
 * call `clear()` when the work is done.
 *
 * Not `AbortSignal.any([parent, AbortSignal.timeout(ms)])`: Node holds the timeout
 * signal weakly there, so a garbage collection can drop it and the timeout never fires
 * (it showed up as a flaky test under load). Here the timer holds it strongly.
 *
 * @example
 * const t = timeoutSignal(ctx.signal, 5000);
 * try { await fetch(url, { signal: t.signal }); } finally { t.clear(); }
 */
export declare function timeoutSignal(parent: AbortSignal, ms: number): {
    signal: AbortSignal;
    clear: () => void;
};
