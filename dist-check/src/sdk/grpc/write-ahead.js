import { ServerInterceptingCall } from '@grpc/grpc-js';
const bufferSize = (message) => (Buffer.isBuffer(message) ? message.length : 0);
/**
 * Lets a server stream keep several messages in flight. A grpc-js server stream
 * is a Writable whose next message waits until the previous one has reached the
 * socket, so it sends at most one message per event-loop turn; in a relay, which
 * has an agent to read on the same loop, that halves the rate. Below the window
 * this call acknowledges a message as soon as HTTP/2 has queued it; at the window
 * it holds the acknowledgement until an earlier message is written. The Writable,
 * and with it `write()`'s return value and 'drain', still applies back-pressure:
 * only the window's worth more is buffered, never an unbounded amount.
 */
class WriteAheadCall {
    next;
    window;
    #messages = 0;
    #bytes = 0;
    #held;
    constructor(next, window) {
        this.next = next;
        this.window = window;
    }
    sendMessage(message, callback) {
        const bytes = this.window.sizeOf(message);
        this.#messages++;
        this.#bytes += bytes;
        this.next.sendMessage(message, () => {
            this.#messages--;
            this.#bytes -= bytes;
            const held = this.#held;
            if (held && !this.#full()) {
                this.#held = undefined;
                held();
            }
        });
        // grpc-js's Writable sends one message at a time, so at most one acknowledgement is held.
        if (this.#full())
            this.#held = callback;
        else
            callback();
    }
    #full() {
        return this.#messages >= this.window.messages || this.#bytes >= this.window.bytes;
    }
    start(listener) {
        this.next.start(listener);
    }
    sendMetadata(metadata) {
        this.next.sendMetadata(metadata);
    }
    // HTTP/2 keeps the order: the trailers go after every queued message.
    sendStatus(status) {
        this.next.sendStatus(status);
    }
    startRead() {
        this.next.startRead();
    }
    getPeer() {
        return this.next.getPeer();
    }
    getDeadline() {
        return this.next.getDeadline();
    }
    getHost() {
        return this.next.getHost();
    }
    getAuthContext() {
        return this.next.getAuthContext();
    }
    getConnectionInfo() {
        return this.next.getConnectionInfo();
    }
    getMetricsRecorder() {
        return this.next.getMetricsRecorder();
    }
}
/**
 * A server interceptor that gives every server-streaming method a write-ahead
 * window (see {@link WriteAheadCall}); other methods pass through untouched.
 *
 * @example
 * new grpc.Server({ interceptors: [writeAheadInterceptor()] });
 */
export function writeAheadInterceptor(window = {}) {
    const bounds = { messages: window.messages ?? 32, bytes: window.bytes ?? 1024 * 1024, sizeOf: window.sizeOf ?? bufferSize };
    return (method, call) => {
        // grpc-js only calls the interface's methods on what an interceptor returns; wrapping
        // a unary call in a pass-through ServerInterceptingCall would cost every unary call.
        // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- see above: the interface is all grpc-js uses
        if (!method.responseStream)
            return call;
        return new ServerInterceptingCall(new WriteAheadCall(call, bounds));
    };
}
//# sourceMappingURL=write-ahead.js.map