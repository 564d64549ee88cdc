import { createRequire } from 'node:module';
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
export function coalesceWrites() {
    const require = createRequire(import.meta.url);
    let proto;
    let encode;
    try {
        proto = require('nats/lib/nats-base-client/protocol.js').ProtocolHandler?.prototype;
        encode = require('nats/lib/nats-base-client/encoders.js').encode;
    }
    catch {
        return false;
    }
    if (!proto || !encode)
        return false;
    if (proto[PATCHED])
        return true;
    const source = proto.sendCommand.toString();
    // The shape of 2.29's sendCommand: fill the buffer, flush in a microtask or at the pending limit.
    if (!['this.outbound.fill(', 'queueMicrotask(', 'this.flushPending()', 'this.pendingLimit'].every((step) => source.includes(step)))
        return false;
    const toBytes = encode;
    proto.sendCommand = function sendCommand(cmd, ...payloads) {
        const empty = this.outbound.length() === 0;
        this.outbound.fill(typeof cmd === 'string' ? toBytes(cmd) : cmd, ...payloads);
        if (empty)
            setImmediate(() => this.flushPending());
        else if (this.outbound.size() >= this.pendingLimit)
            this.flushPending();
    };
    proto[PATCHED] = true;
    return true;
}
const PATCHED = Symbol.for('troupe.nats.coalesceWrites');
//# sourceMappingURL=coalesce-writes.js.map