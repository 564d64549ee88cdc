import { AGENT_SERVICE } from '../grpc/load-protos.js';
import { serveServerStream, writeWithBackpressure } from '../grpc/serve.js';
import { toValue } from '../grpc/struct.js';
import { ATTR, recordMessage, traceparentOf } from '../telemetry/index.js';
import { beginTask } from './begin-task.js';
import { toWireResult } from './results.js';
import { settleTask } from './task-metrics.js';
const PATH = `/${AGENT_SERVICE}/ExecuteStream`;
/** Bytes of a chunk's data in an outgoing ExecuteStreamResponse (0 for other messages), for the write-ahead window. @internal */
export function chunkBytes(message) {
    return message?.chunk?.data?.length ?? 0;
}
/** gRPC handler of AgentService.ExecuteStream. @internal */
export function executeStreamHandler(runtime) {
    return serveServerStream(PATH, { logger: runtime.logger, attributes: runtime.spanAttributes }, async (call, served) => {
        const task = beginTask(runtime, call, served, true);
        await settleTask(runtime, task, async () => {
            const chunks = await pump(task, call);
            served.span.setAttribute(ATTR.CHUNK_COUNT, chunks);
        });
    });
}
/**
 * Drives the handler's generator: each yielded event is written as soon as the
 * transport accepts it, and the generator is not resumed while the client is slow
 * (we wait for 'drain'), so neither side buffers without bound. Returns the chunk count.
 */
async function pump(task, call) {
    const { ctx } = task;
    const generator = task.handler(task.input, ctx);
    // Resuming (see CapabilitySpec.resumable): a handler that resumes itself yields from
    // ctx.resumeFromSequence on; otherwise the SDK drops what comes before it.
    const selfResuming = task.resumable === 'handler';
    let sequence = selfResuming ? ctx.resumeFromSequence : 0;
    const skipBelow = selfResuming ? 0 : ctx.resumeFromSequence;
    let sent = 0;
    try {
        for (;;) {
            const step = await generator.next();
            if (ctx.signal.aborted)
                throw ctx.signal.reason;
            if (step.done) {
                recordMessage(task.span, 'SENT');
                await writeWithBackpressure(call, { result: toWireResult(step.value) });
                return sent;
            }
            const event = step.value;
            if (event.type === 'chunk' && sequence < skipBelow) {
                sequence++; // already delivered by an earlier attempt
            }
            else if (event.type === 'progress' && sequence < skipBelow) {
                // progress of the part already delivered
            }
            else if (event.type === 'chunk') {
                const data = Buffer.from(event.data.buffer, event.data.byteOffset, event.data.byteLength);
                const durationMs = event.durationMs ?? 0;
                recordMessage(task.span, 'SENT', { chunk: { sequence, bytes: data.byteLength, audioMs: durationMs } });
                await writeWithBackpressure(call, {
                    chunk: {
                        sequence: String(sequence),
                        contentType: event.contentType,
                        data,
                        durationMs,
                        metadata: event.metadata === undefined ? null : toValue(event.metadata),
                        traceparent: traceparentOf(event.traceContext ?? task.traceContext),
                    },
                });
                sequence++;
                sent++;
                // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- handlers may be plain JavaScript and yield anything
            }
            else if (event.type === 'progress') {
                recordMessage(task.span, 'SENT');
                await writeWithBackpressure(call, { progress: { fraction: event.fraction, message: event.message ?? '' } });
            }
            else {
                throw new TypeError(`handler yielded an event of unknown type ${JSON.stringify(event.type)}`);
            }
        }
    }
    finally {
        // Runs the generator's own finally blocks when we stop early (cancel, error).
        await generator.return(undefined).catch(() => undefined);
    }
}
//# sourceMappingURL=handle-execute-stream.js.map