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
export function timeoutSignal(parent, ms) {
    const controller = new AbortController();
    const onAbort = () => controller.abort(parent.reason);
    if (parent.aborted)
        controller.abort(parent.reason);
    else
        parent.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(Object.assign(new Error(`timed out after ${ms} ms`), { name: 'TimeoutError' })), ms);
    return {
        signal: controller.signal,
        clear: () => {
            clearTimeout(timer);
            parent.removeEventListener('abort', onAbort);
        },
    };
}
//# sourceMappingURL=timeout-signal.js.map