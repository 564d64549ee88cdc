import { trace } from '@opentelemetry/api';
import { fromGrpcError, Status, TroupeError } from '../../sdk/errors.js';
import { loadProtos } from '../../sdk/grpc/load-protos.js';
import { CHUNK_TAG, rawChunkFacts, retagStreamEvent } from '../dispatch/wire.js';
import { serveServerStream, writeWithBackpressure } from '../../sdk/grpc/serve.js';
import { ATTR, chunkOfMessage, instruments, recordMessage } from '../../sdk/telemetry/index.js';
import { abortOnCancel } from './abort-on-cancel.js';
import { methodPath, serveOptions } from './deps.js';
import { toTaskRequest } from './task-request.js';
/**
 * OrchestratorService.StreamTask: opens the agent's ExecuteStream and relays
 * every event in order. The agent stream is read only as fast as the client
 * takes messages (we wait for 'drain'), so a slow reader slows the agent through
 * HTTP/2 flow control instead of growing a buffer here. A client cancel cancels
 * the agent call.
 */
export function streamTaskHandler(deps) {
    return serveServerStream(methodPath('StreamTask'), serveOptions(deps), async (call, { span, traceContext }) => {
        const { spec, deadline, priority } = toTaskRequest(call.request, call, deps.registry, { streaming: true, defaultTimeoutMs: deps.defaultTimeoutMs, ...(deps.maxPayloadBytes !== undefined ? { maxPayloadBytes: deps.maxPayloadBytes } : {}) });
        span.setAttributes({ [ATTR.CAPABILITY]: spec.capability ?? '', [ATTR.TASK_ID]: spec.taskId ?? '' });
        const { signal, release } = abortOnCancel(call);
        try {
            await relayStream(call, span, traceContext, spec, { deadline, priority }, signal, deps);
        }
        finally {
            release();
        }
    });
}
async function relayStream(call, span, traceContext, spec, when, signal, deps) {
    const open = await deps.dispatcher.openStream(spec, {
        ...when,
        signal,
        traceContext,
        onAttempt: (e, attempt) => span.setAttributes({ [ATTR.AGENT_INSTANCE_ID]: e.instanceId, [ATTR.AGENT_NAME]: e.descriptor.name ?? '', [ATTR.ATTEMPT]: attempt }),
    });
    let code = Status.UNKNOWN;
    let chunks = 0;
    try {
        recordMessage(span, 'SENT');
        await writeWithBackpressure(call, {
            started: { taskId: spec.taskId ?? '', agentInstanceId: open.entry.instanceId, traceId: trace.getSpan(traceContext)?.spanContext().traceId ?? '' },
        });
        // Relay each event as bytes, re-tagged for StreamTaskResponse; decode only unexpected shapes.
        const toClient = (raw) => {
            const event = retagStreamEvent(raw);
            const message = event ? event.bytes : decodeStreamEvent(raw);
            const chunk = event ? (event.kind === 'chunk' ? rawChunkFacts(event.bytes, CHUNK_TAG.streamTask) : undefined) : chunkOfMessage(message);
            recordMessage(span, 'SENT', { size: Buffer.isBuffer(message) ? message.length : undefined, chunk });
            if (event ? event.kind === 'chunk' : message.chunk)
                chunks++;
            return message;
        };
        if (open.first)
            await writeWithBackpressure(call, toClient(open.first));
        await pipe(open.stream, call, toClient);
        code = Status.OK;
    }
    catch (err) {
        code = call.cancelled ? Status.CANCELLED : fromGrpcError(err).code;
        open.cancel();
        throw err;
    }
    finally {
        open.done(code);
        span.setAttribute(ATTR.CHUNK_COUNT, chunks);
        if (chunks > 0)
            instruments().chunksRelayed.add(chunks, { [ATTR.CAPABILITY]: spec.capability ?? '' });
    }
}
function decodeStreamEvent(raw) {
    return loadProtos().agent.troupe.v1.AgentService.service.ExecuteStream.responseDeserialize(raw);
}
/**
 * Forwards every message of `source` to `sink` until `source` ends. When `sink`
 * is full, `source` is paused until it drains: HTTP/2 flow control then slows the
 * agent, and nothing here buffers beyond the transports' windows.
 */
function pipe(source, sink, map) {
    return new Promise((resolve, reject) => {
        const onDrain = () => void source.resume();
        const onData = (raw) => {
            if (!sink.write(map(raw))) {
                source.pause();
                sink.once('drain', onDrain);
            }
        };
        const cleanup = () => {
            source.off('data', onData);
            source.off('end', onEnd);
            source.off('error', onError);
            sink.off('drain', onDrain);
            sink.off('cancelled', onGone);
        };
        const onEnd = () => {
            cleanup();
            resolve();
        };
        const onError = (err) => {
            cleanup();
            reject(err);
        };
        const onGone = () => {
            cleanup();
            reject(new TroupeError(Status.CANCELLED, 'the client cancelled the stream'));
        };
        source.on('data', onData);
        source.once('end', onEnd);
        source.once('error', onError);
        sink.once('cancelled', onGone);
        source.resume();
    });
}
//# sourceMappingURL=stream-task.js.map