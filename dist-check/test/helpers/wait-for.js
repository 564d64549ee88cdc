/**
 * Polls `probe` until it returns something other than `undefined` (or `false`) and
 * resolves with that value. Polling a condition is fine; a fixed sleep used as
 * synchronisation is not. A probe that throws is retried; its last error becomes
 * the timeout error's cause.
 *
 * @example const kv = await waitFor(() => registry.get('voice-forge'), { timeoutMs: 2000, what: 'voice-forge to register' });
 */
export async function waitFor(probe, options) {
    const deadline = Date.now() + options.timeoutMs;
    const interval = options.intervalMs ?? 10;
    let lastError;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined && value !== false)
                return value;
            lastError = undefined;
        }
        catch (err) {
            lastError = err;
        }
        if (Date.now() >= deadline) {
            throw new Error(`timed out after ${options.timeoutMs}ms waiting for ${options.what}`, lastError === undefined ? undefined : { cause: lastError });
        }
        await new Promise((resolve) => setTimeout(resolve, interval));
    }
}
/**
 * Resolves with the arguments of the next `event` from `emitter`, rejects on its
 * `error` event or after `timeoutMs`.
 */
export function nextEvent(emitter, event, options) {
    return new Promise((resolve, reject) => {
        const onEvent = (...args) => {
            cleanup();
            resolve(args);
        };
        const onError = (err) => {
            cleanup();
            reject(err instanceof Error ? err : new Error(String(err)));
        };
        const timer = setTimeout(() => {
            cleanup();
            reject(new Error(`timed out after ${options.timeoutMs}ms waiting for ${options.what ?? `'${event}'`}`));
        }, options.timeoutMs);
        const cleanup = () => {
            clearTimeout(timer);
            emitter.off(event, onEvent);
            if (event !== 'error')
                emitter.off('error', onError);
        };
        emitter.on(event, onEvent);
        if (event !== 'error')
            emitter.on('error', onError);
    });
}
//# sourceMappingURL=wait-for.js.map