/**
 * An AbortSignal that fires when the client cancels the call (or its deadline
 * passes), and `release()` to stop listening once the call is done — grpc-js also
 * emits 'cancelled' when a finished call's stream closes, which must not abort anything.
 */
export function abortOnCancel(call) {
    const controller = new AbortController();
    const onCancel = () => controller.abort();
    if (call.cancelled)
        controller.abort();
    else
        call.once('cancelled', onCancel);
    return { signal: controller.signal, release: () => void call.off('cancelled', onCancel) };
}
//# sourceMappingURL=abort-on-cancel.js.map