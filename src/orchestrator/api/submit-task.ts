import type { Context } from '@opentelemetry/api';
import type * as grpc from '@grpc/grpc-js';
import type { SubmitTaskRequest__Output } from '../../gen/troupe/v1/SubmitTaskRequest.js';
import type { SubmitTaskResponse } from '../../gen/troupe/v1/SubmitTaskResponse.js';
import type { ExecuteResponse__Output } from '../../gen/troupe/v1/ExecuteResponse.js';
import { loadProtos, ORCHESTRATOR_SERVICE } from '../../sdk/grpc/load-protos.js';
import { submitTaskResponse } from '../dispatch/wire.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { ATTR, withTraceIds } from '../../sdk/telemetry/index.js';
import { callbackOf, serveOptions, type ApiDeps } from './deps.js';
import { statusName, toGrpcStatus } from '../../sdk/errors.js';
import { fromValue } from '../../sdk/grpc/struct.js';
import { abortOnCancel } from './abort-on-cancel.js';
import { toTaskRequest } from './task-request.js';

/** OrchestratorService.SubmitTask: validate, pick an instance, call it, return its result. */
export function submitTaskHandler(deps: ApiDeps): grpc.handleUnaryCall<SubmitTaskRequest__Output, SubmitTaskResponse | Buffer> {
  return serveUnary(`/${ORCHESTRATOR_SERVICE}/SubmitTask`, serveOptions(deps), async (call, { span, traceContext }) => {
    const { spec, deadline, priority } = toTaskRequest(call.request, call, deps.registry, { streaming: false, defaultTimeoutMs: deps.defaultTimeoutMs, ...(deps.maxPayloadBytes !== undefined ? { maxPayloadBytes: deps.maxPayloadBytes } : {}) });
    span.setAttributes({ [ATTR.CAPABILITY]: spec.capability ?? '', [ATTR.TASK_ID]: spec.taskId ?? '' });
    const callback = callbackOf(deps, call.request.callbackUrl, call.request.callbackSecretId);
    const { signal, release } = abortOnCancel(call);
    const base = { kind: 'task', id: spec.taskId ?? '', capability: spec.capability ?? '', traceId: span.spanContext().traceId };
    try {
    const { entry, response } = await deps.dispatcher.unary(spec, {
      deadline,
      priority,
      signal,
      traceContext,
      onAttempt: (e, attempt) => span.setAttributes({ [ATTR.AGENT_INSTANCE_ID]: e.instanceId, [ATTR.AGENT_NAME]: e.descriptor.name ?? '', [ATTR.ATTEMPT]: attempt }),
    });
    deps.logger.debug({ ...withTraceIds(traceContext), task_id: spec.taskId, agent: entry.descriptor.name, instance_id: entry.instanceId }, 'task completed');
    const taskId = spec.taskId ?? '';
    if (callback) sendCallback(deps, callback, { ...base, status: 'completed', output: fromValue(decodeExecute(response).result?.output), agentInstanceId: entry.instanceId }, traceContext);
    // Relay the agent's result without decoding it; decode only when its shape is unexpected.
    return submitTaskResponse(taskId, entry.instanceId, response) ?? { taskId, agentInstanceId: entry.instanceId, result: decodeExecute(response).result };
    } catch (err) {
      const { code, details } = toGrpcStatus(err);
      if (callback) sendCallback(deps, callback, { ...base, status: 'failed', error: { code: statusName(code), message: details } }, traceContext);
      throw err;
    } finally {
      release();
    }
  });
}

/** Sends a SubmitTask callback in the background; its state shows in logs and metrics only (gRPC tasks keep no record). */
function sendCallback(deps: ApiDeps, callback: { url: URL; secretId: string }, payload: Record<string, unknown>, ctx: Context): void {
  const sender = deps.webhooks?.sender;
  if (sender) void sender.deliver(callback.url, payload, { attempts: 0, delivered: false, done: false }, ctx, callback.secretId);
}

function decodeExecute(raw: Buffer): ExecuteResponse__Output {
  return loadProtos().agent.troupe.v1.AgentService.service.Execute.responseDeserialize(raw);
}
