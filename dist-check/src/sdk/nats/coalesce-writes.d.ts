/**
 * nats.js 2.29 buffers outgoing protocol lines and flushes them to the socket in a
 * microtask queued by the first line of a batch (`ProtocolHandler.sendCommand`). A
 * microtask runs at the end of the current callback, so every I/O callback that
 * publishes (a gRPC reply that ends a step, then a KV write) costs its own socket
 * write: ~11 % of the orchestrator's CPU in 3-step runs at c=16, most of it the
 * `write` syscall, and as many reads and wake-ups on the server.
 *
 * This schedules the flush with `setImmediate` instead: it runs after the event
 * loop's poll phase, so the lines of every callback of one loop turn go out in one
 * write, in the same order. A batch past the library's pending limit is still
 * flushed at once, and `flush()` (a PING) still goes out with what is buffered.
 * The added wait is the rest of the current loop turn (microseconds). Applied once
 * per process, and only if the method has the shape this was written against;
 * otherwise nothing changes.
 *
 * @returns whether the patch is in place.
 * @internal
 */
export declare function coalesceWrites(): boolean;
