import type * as grpc from '@grpc/grpc-js';
import { trace, type Context, type Span } from '@opentelemetry/api';
import type { TaskSpec } from '../../gen/troupe/v1/TaskSpec.js';
import type { ExecuteStreamResponse__Output } from '../../gen/troupe/v1/ExecuteStreamResponse.js';
import type { StreamTaskRequest__Output } from '../../gen/troupe/v1/StreamTaskRequest.js';
import type { StreamTaskResponse } from '../../gen/troupe/v1/StreamTaskResponse.js';
import { fromGrpcError, Status } from '../../sdk/errors.js';
import { loadProtos, ORCHESTRATOR_SERVICE } from '../../sdk/grpc/load-protos.js';
import { retagStreamEvent } from '../dispatch/wire.js';
import { serveServerStream, writeWithBackpressure } from '../../sdk/grpc/serve.js';
import { ATTR, addMessageEvent, instruments } from '../../sdk/telemetry/index.js';
import { abortOnCancel } from './abort-on-cancel.js';
import type { ApiDeps } from './deps.js';
import { toTaskRequest } from './task-request.js';

type Call = grpc.ServerWritableStream<StreamTaskRequest__Output, StreamTaskResponse | Buffer>;

/**
 * OrchestratorService.StreamTask: opens the agent's ExecuteStream and relays
 * every event in order. The agent stream is read only as fast as the client
 * takes messages (we wait for 'drain'), so a slow reader slows the agent through
 * HTTP/2 flow control instead of growing a buffer here. A client cancel cancels
 * the agent call.
 */
export function streamTaskHandler(deps: ApiDeps): grpc.handleServerStreamingCall<StreamTaskRequest__Output, StreamTaskResponse | Buffer> {
  return serveServerStream(`/${ORCHESTRATOR_SERVICE}/StreamTask`, { logger: deps.logger }, async (call: Call, { span, traceContext }) => {
    const { spec, deadline } = toTaskRequest(call.request, call, deps.registry, { streaming: true, defaultTimeoutMs: deps.defaultTimeoutMs });
    span.setAttributes({ [ATTR.CAPABILITY]: spec.capability ?? '', [ATTR.TASK_ID]: spec.taskId ?? '' });
    const { signal, release } = abortOnCancel(call);
    try {
      await relayStream(call, span, traceContext, spec, deadline, signal, deps);
    } finally {
      release();
    }
  });
}

async function relayStream(call: Call, span: Span, traceContext: Context, spec: TaskSpec, deadline: Date, signal: AbortSignal, deps: ApiDeps): Promise<void> {
  const open = await deps.dispatcher.openStream(spec, {
    deadline,
    signal,
    traceContext,
    onAttempt: (e, attempt) => span.setAttributes({ [ATTR.AGENT_INSTANCE_ID]: e.instanceId, [ATTR.AGENT_NAME]: e.descriptor.name ?? '', [ATTR.ATTEMPT]: attempt }),
  });
  let code: Status = Status.UNKNOWN;
  let chunks = 0;
  try {
    await writeWithBackpressure(call, {
      started: { taskId: spec.taskId ?? '', agentInstanceId: open.entry.instanceId, traceId: trace.getSpan(traceContext)?.spanContext().traceId ?? '' },
    });
    // Relay each event as bytes, re-tagged for StreamTaskResponse; decode only unexpected shapes.
    const relay = async (raw: Buffer): Promise<void> => {
      const event = retagStreamEvent(raw);
      const message: StreamTaskResponse | Buffer = event ? event.bytes : (decodeStreamEvent(raw) as StreamTaskResponse);
      if (event ? event.kind === 'chunk' : (message as StreamTaskResponse).chunk) {
        addMessageEvent(span, 'SENT', chunks, event ? event.size : raw.length);
        chunks++;
      }
      await writeWithBackpressure(call, message);
    };
    if (open.first) await relay(open.first);
    for (let next = await open.rest.next(); !next.done; next = await open.rest.next()) await relay(next.value);
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
