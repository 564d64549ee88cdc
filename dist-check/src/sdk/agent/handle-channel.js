import { EventEmitter } from 'node:events';
import * as grpc from '@grpc/grpc-js';
import { CALLER_CONTEXT } from '../grpc/serve.js';
import { contextFromTraceHeaders } from '../telemetry/index.js';
/** Longest task timeout honoured (about 24.8 days, what a Node timer can wait); longer ones are cut to it. */
const MAX_TIMEOUT_MS = 2_147_483_647;
/**
 * A task that arrived on a channel, dressed as a unary call so it runs through
 * exactly the same handler as Execute (validation, admission, span, metrics).
 */
class ChannelTaskCall extends EventEmitter {
    cancelled = false;
    request;
    /** The caller's trace context, read from the message (no metadata round trip: it cost ~4% of a task). */
    [CALLER_CONTEXT];
    #deadline;
    #metadata;
    constructor(start) {
        super();
        this.request = { task: start.task };
        // Peer-supplied text: a malformed trace context is dropped, as a malformed traceparent
        // header is (contextFromTraceHeaders checks what a header could carry): the task runs in a new trace.
        this[CALLER_CONTEXT] = contextFromTraceHeaders(start.traceparent, start.tracestate);
        const { timeoutMs } = start;
        this.#deadline = timeoutMs > 0 && Number.isFinite(timeoutMs) ? Date.now() + Math.min(timeoutMs, MAX_TIMEOUT_MS) : Infinity;
    }
    /** A channel task has no metadata of its own. */
    get metadata() {
        return (this.#metadata ??= new grpc.Metadata());
    }
    getDeadline() {
        return this.#deadline;
    }
    cancel() {
        if (this.cancelled)
            return;
        this.cancelled = true;
        this.emit('cancelled');
    }
}
/**
 * gRPC handler of AgentService.Channel: runs each ChannelStart through the Execute
 * handler and writes one ChannelResponse per task, in completion order. Cancels
 * reach the task's AbortSignal; if the orchestrator goes away, every task of the
 * channel is cancelled. `channels` tracks open channels so a drain can close them.
 * @internal
 */
export function channelHandler(runtime, execute, channels) {
    return (channel) => {
        channels.add(channel);
        const tasks = new Map();
        const close = () => {
            channels.delete(channel);
            for (const task of tasks.values())
                task.cancel();
            tasks.clear();
        };
        channel.on('cancelled', close);
        channel.on('error', close);
        channel.on('end', () => {
            close();
            channel.end();
        });
        channel.on('data', (message) => {
            if (message.start) {
                const callId = message.start.callId;
                const call = new ChannelTaskCall(message.start);
                tasks.set(callId, call);
                execute(call, (err, response) => {
                    tasks.delete(callId);
                    if (call.cancelled && channel.cancelled)
                        return;
                    const reply = err
                        ? { callId, error: { code: err.code ?? grpc.status.UNKNOWN, message: err.details ?? '' } }
                        : { callId, result: response?.result ?? null };
                    if (!channel.writableEnded)
                        channel.write(reply);
                });
            }
            else if (message.cancel) {
                tasks.get(message.cancel.callId)?.cancel();
            }
            else {
                runtime.logger.warn({ message }, 'empty channel message ignored');
            }
        });
    };
}
//# sourceMappingURL=handle-channel.js.map