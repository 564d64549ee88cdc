import type * as grpc from '@grpc/grpc-js';
import { trace, type Context, type Span } from '@opentelemetry/api';
import type { TaskSpec } from '../../gen/troupe/v1/TaskSpec.js';
import type { ExecuteStreamResponse__Output } from '../../gen/troupe/v1/ExecuteStreamResponse.js';
import type { StreamTaskRequest__Output } from '../../gen/troupe/v1/StreamTaskRequest.js';
import type { StreamTaskResponse } from '../../gen/troupe/v1/StreamTaskResponse.js';
import { fromGrpcError, Status, TroupeError } from '../../sdk/errors.js';
import { loadProtos } from '../../sdk/grpc/load-protos.js';
import { CHUNK_TAG, rawChunkFacts, retagStreamEvent } from '../dispatch/wire.js';
import { serveServerStream, writeWithBackpressure } from '../../sdk/grpc/serve.js';
import { ATTR, chunkOfMessage, instruments, recordMessage } from '../../sdk/telemetry/index.js';
import { abortOnCancel } from './abort-on-cancel.js';
import { type ApiDeps, methodPath, serveOptions } from './deps.js';
import { toTaskRequest } from './task-request.js';
import type { CancelSignal } from '../../sdk/util/cancellation.js';

type Call = grpc.ServerWritableStream<StreamTaskRequest__Output, StreamTaskResponse | Buffer>;

/**
 * OrchestratorService.StreamTask: opens the agent's ExecuteStream and relays
 * every event in order. The agent stream is read only as fast as the client
 * takes messages (we wait for 'drain'), so a slow reader slows the agent through
 * HTTP/2 flow control instead of growing a buffer here. A client cancel cancels
 * the agent call.
 */
export function streamTaskHandler(deps: ApiDeps): grpc.handleServerStreamingCall<StreamTaskRequest__Output, StreamTaskResponse | Buffer> {
  return serveServerStream(methodPath('StreamTask'), serveOptions(deps), async (call: Call, { span, traceContext }) => {
    const { spec, deadline, priority } = toTaskRequest(call.request, call, deps.registry, { streaming: true, defaultTimeoutMs: deps.defaultTimeoutMs, ...(deps.maxPayloadBytes !== undefined ? { maxPayloadBytes: deps.maxPayloadBytes } : {}) });
    span.setAttributes({ [ATTR.CAPABILITY]: spec.capability ?? '', [ATTR.TASK_ID]: spec.taskId ?? '' });
    const { signal, release } = abortOnCancel(call);
    try {
      await relayStream(call, span, traceContext, spec, { deadline, priority }, signal, deps);
    } finally {
      release();
    }
  });
}

async function relayStream(call: Call, span: Span, traceContext: Context, spec: TaskSpec, when: { deadline: Date; priority: number }, signal: CancelSignal, deps: ApiDeps): Promise<void> {
  const open = await deps.dispatcher.openStream(spec, {
    ...when,
    signal,
    traceContext,
    onAttempt: (e, attempt) => span.setAttributes({ [ATTR.AGENT_INSTANCE_ID]: e.instanceId, [ATTR.AGENT_NAME]: e.descriptor.name ?? '', [ATTR.ATTEMPT]: attempt }),
  });
  let code: Status = Status.UNKNOWN;
  let chunks = 0;
  try {
    recordMessage(span, 'SENT');
    await writeWithBackpressure(call, {
      started: { taskId: spec.taskId ?? '', agentInstanceId: open.entry.instanceId, traceId: trace.getSpan(traceContext)?.spanContext().traceId ?? '' },
    });
    // Relay each event as bytes, re-tagged for StreamTaskResponse; decode only unexpected shapes.
    const toClient = (raw: Buffer): StreamTaskResponse | Buffer => {
      const event = retagStreamEvent(raw);
      const message: StreamTaskResponse | Buffer = event ? event.bytes : decodeStreamEvent(raw);
      const chunk = event ? (event.kind === 'chunk' ? rawChunkFacts(event.bytes, CHUNK_TAG.streamTask) : undefined) : chunkOfMessage(message);
      recordMessage(span, 'SENT', { size: Buffer.isBuffer(message) ? message.length : undefined, chunk });
      if (event ? event.kind === 'chunk' : (message as StreamTaskResponse).chunk) chunks++;
      return message;
    };
    if (open.first) await writeWithBackpressure(call, toClient(open.first));
    await pipe(open.stream, call, toClient);
    code = Status.OK;
  } catch (err) {
    code = call.cancelled ? Status.CANCELLED : fromGrpcError(err).code;
    open.cancel();
    throw err;
  } finally {
    open.done(code);
    span.setAttribute(ATTR.CHUNK_COUNT, chunks);
    if (chunks > 0) instruments().chunksRelayed.add(chunks, { [ATTR.CAPABILITY]: spec.capability ?? '' });
  }
}

function decodeStreamEvent(raw: Buffer): ExecuteStreamResponse__Output {
  return loadProtos().agent.troupe.v1.AgentService.service.ExecuteStream.responseDeserialize(raw);
}

/**
 * Forwards every message of `source` to `sink` until `source` ends. When `sink`
 * is full, `source` is paused until it drains: HTTP/2 flow control then slows the
 * agent, and nothing here buffers beyond the transports' windows.
 */
function pipe(source: grpc.ClientReadableStream<Buffer>, sink: Call, map: (raw: Buffer) => StreamTaskResponse | Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = (): void => void source.resume();
    const onData = (raw: Buffer): void => {
      if (!sink.write(map(raw))) {
        source.pause();
        sink.once('drain', onDrain);
      }
    };
    const cleanup = (): void => {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onError);
      sink.off('drain', onDrain);
      sink.off('cancelled', onGone);
    };
    const onEnd = (): void => {
      cleanup();
      resolve();
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const onGone = (): void => {
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
