import type * as grpc from '@grpc/grpc-js';
import { trace } from '@opentelemetry/api';
import type { ExecuteStreamResponse__Output } from '../../gen/troupe/v1/ExecuteStreamResponse.js';
import type { StreamTaskRequest__Output } from '../../gen/troupe/v1/StreamTaskRequest.js';
import type { StreamTaskResponse } from '../../gen/troupe/v1/StreamTaskResponse.js';
import { fromGrpcError, Status } from '../../sdk/errors.js';
import { ORCHESTRATOR_SERVICE } from '../../sdk/grpc/load-protos.js';
import { serveServerStream, writeWithBackpressure } from '../../sdk/grpc/serve.js';
import { ATTR, addMessageEvent, instruments } from '../../sdk/telemetry/index.js';
import { abortOnCancel } from './abort-on-cancel.js';
import type { ApiDeps } from './deps.js';
import { toTaskRequest } from './task-request.js';

type Call = grpc.ServerWritableStream<StreamTaskRequest__Output, StreamTaskResponse>;

/**
 * OrchestratorService.StreamTask: opens the agent's ExecuteStream and relays
 * every event in order. The agent stream is read only as fast as the client
 * takes messages (we wait for 'drain'), so a slow reader slows the agent through
 * HTTP/2 flow control instead of growing a buffer here. A client cancel cancels
 * the agent call.
 */
export function streamTaskHandler(deps: ApiDeps): grpc.handleServerStreamingCall<StreamTaskRequest__Output, StreamTaskResponse> {
  return serveServerStream(`/${ORCHESTRATOR_SERVICE}/StreamTask`, { logger: deps.logger }, async (call: Call, { span, traceContext }) => {
    const { spec, deadline } = toTaskRequest(call.request, call, deps.registry, { streaming: true, defaultTimeoutMs: deps.defaultTimeoutMs });
    span.setAttributes({ [ATTR.CAPABILITY]: spec.capability ?? '', [ATTR.TASK_ID]: spec.taskId ?? '' });
    const signal = abortOnCancel(call);
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
      const relay = async (message: ExecuteStreamResponse__Output): Promise<void> => {
        if (message.chunk) {
          addMessageEvent(span, 'SENT', chunks, message.chunk.data?.length ?? 0, message.chunk.durationMs ? { [ATTR.CHUNK_AUDIO_MS]: message.chunk.durationMs } : undefined);
          chunks++;
        }
        await writeWithBackpressure(call, message as StreamTaskResponse);
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
  });
}
