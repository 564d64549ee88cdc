import type * as grpc from '@grpc/grpc-js';
import type { SubmitTaskRequest__Output } from '../../gen/troupe/v1/SubmitTaskRequest.js';
import type { SubmitTaskResponse } from '../../gen/troupe/v1/SubmitTaskResponse.js';
import { ORCHESTRATOR_SERVICE } from '../../sdk/grpc/load-protos.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { ATTR, withTraceIds } from '../../sdk/telemetry/index.js';
import type { ApiDeps } from './deps.js';
import { abortOnCancel } from './abort-on-cancel.js';
import { toTaskRequest } from './task-request.js';

/** OrchestratorService.SubmitTask: validate, pick an instance, call it, return its result. */
export function submitTaskHandler(deps: ApiDeps): grpc.handleUnaryCall<SubmitTaskRequest__Output, SubmitTaskResponse> {
  return serveUnary(`/${ORCHESTRATOR_SERVICE}/SubmitTask`, { logger: deps.logger }, async (call, { span, traceContext }) => {
    const { spec, deadline } = toTaskRequest(call.request, call, deps.registry, { streaming: false, defaultTimeoutMs: deps.defaultTimeoutMs });
    span.setAttributes({ [ATTR.CAPABILITY]: spec.capability ?? '', [ATTR.TASK_ID]: spec.taskId ?? '' });
    const signal = abortOnCancel(call);
    const { entry, result } = await deps.dispatcher.unary(spec, {
      deadline,
      signal,
      traceContext,
      onAttempt: (e, attempt) => span.setAttributes({ [ATTR.AGENT_INSTANCE_ID]: e.instanceId, [ATTR.AGENT_NAME]: e.descriptor.name ?? '', [ATTR.ATTEMPT]: attempt }),
    });
    deps.logger.debug({ ...withTraceIds(traceContext), task_id: spec.taskId, agent: entry.descriptor.name, instance_id: entry.instanceId }, 'task completed');
    return { taskId: spec.taskId ?? '', agentInstanceId: entry.instanceId, result };
  });
}
