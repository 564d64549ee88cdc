import type { Context, Span } from '@opentelemetry/api';
import type * as grpc from '@grpc/grpc-js';
import type { ExecuteResponse__Output } from '../../gen/troupe/v1/ExecuteResponse.js';
import type { SubmitTaskResponse } from '../../gen/troupe/v1/SubmitTaskResponse.js';
import { statusName, toGrpcStatus } from '../../sdk/errors.js';
import { loadProtos } from '../../sdk/grpc/load-protos.js';
import { fromValue } from '../../sdk/grpc/struct.js';
import { ATTR, withTraceIds } from '../../sdk/telemetry/index.js';
import { submitTaskResponse } from '../dispatch/wire.js';
import { callbackOf, type ApiDeps } from './deps.js';
import { toTaskRequest, type TaskRequest, type TaskRequestMessage } from './task-request.js';
import type { CancelSignal } from '../../sdk/util/cancellation.js';

/** A checked unary task, ready to dispatch: what {@link prepareUnaryTask} returns. */
export interface PreparedTask extends TaskRequest {
  readonly callback: { url: URL; secretId: string } | undefined;
}

/** How one prepared task runs: its span, trace context and cancellation. */
export interface UnaryTaskRun {
  readonly span: Span;
  readonly traceContext: Context;
  /** Aborts the task (the client cancelled it, or its deadline passed). */
  readonly signal: CancelSignal;
  /** Wait for a free slot when every instance is at its max concurrency, instead of RESOURCE_EXHAUSTED. @default false */
  readonly waitForCapacity?: boolean;
  /**
   * SubmitTasks: the client's id of the task. A result relayed as bytes then comes back as the
   * whole SubmitTasksResponse (built in one buffer); a decoded one is still a SubmitTaskResponse.
   */
  readonly bulkId?: string;
  /** Who submitted it (the principal's subject): only they, or a `*` caller, see its callback in `GET /api/webhooks`. */
  readonly owner?: string | undefined;
}

/**
 * Checks a SubmitTask request (as {@link toTaskRequest}: INVALID_ARGUMENT, FAILED_PRECONDITION,
 * RESOURCE_EXHAUSTED) and its callback, and gives the task its id and deadline. Shared by SubmitTask and
 * each task of a SubmitTasks stream.
 */
export function prepareUnaryTask(deps: ApiDeps, request: TaskRequestMessage | null, call: Pick<grpc.ServerUnaryCall<unknown, unknown>, 'getDeadline'>): PreparedTask {
  const task = toTaskRequest(request, call, deps.registry, { streaming: false, defaultTimeoutMs: deps.defaultTimeoutMs, ...(deps.maxPayloadBytes !== undefined ? { maxPayloadBytes: deps.maxPayloadBytes } : {}) });
  return { ...task, callback: callbackOf(deps, request?.callbackUrl, request?.callbackSecretId) };
}

/**
 * Runs a prepared unary task through the dispatcher (scheduler, selection, reassignment, outcome
 * recording) and resolves with its SubmitTaskResponse: the agent's result relayed as bytes when it has
 * the expected shape, decoded otherwise. Sends the callback, if any, either way.
 */
export async function runUnaryTask(deps: ApiDeps, task: PreparedTask, run: UnaryTaskRun): Promise<SubmitTaskResponse | Buffer> {
  const { spec, callback } = task;
  const { span, traceContext } = run;
  const taskId = spec.taskId ?? '';
  span.setAttributes({ [ATTR.CAPABILITY]: spec.capability ?? '', [ATTR.TASK_ID]: taskId });
  const base = { kind: 'task', id: taskId, capability: spec.capability ?? '', traceId: span.spanContext().traceId };
  try {
    const { entry, response } = await deps.dispatcher.unary(spec, {
      deadline: task.deadline,
      priority: task.priority,
      signal: run.signal,
      traceContext,
      ...(run.waitForCapacity ? { waitForCapacity: true } : {}),
      onAttempt: (e, attempt) => span.setAttributes({ [ATTR.AGENT_INSTANCE_ID]: e.instanceId, [ATTR.AGENT_NAME]: e.descriptor.name ?? '', [ATTR.ATTEMPT]: attempt }),
    });
    if (deps.logger.isLevelEnabled('debug')) deps.logger.debug({ ...withTraceIds(traceContext), task_id: taskId, agent: entry.descriptor.name, instance_id: entry.instanceId }, 'task completed');
    if (callback) sendCallback(deps, callback, { ...base, status: 'completed', output: fromValue(decodeExecute(response).result?.output), agentInstanceId: entry.instanceId }, traceContext, run.owner);
    // Relay the agent's result without decoding it; decode only when its shape is unexpected.
    return submitTaskResponse(taskId, entry.instanceId, response, run.bulkId) ?? { taskId, agentInstanceId: entry.instanceId, result: decodeExecute(response).result };
  } catch (err) {
    if (callback) {
      const { code, details } = toGrpcStatus(err);
      sendCallback(deps, callback, { ...base, status: 'failed', error: { code: statusName(code), message: details } }, traceContext, run.owner);
    }
    throw err;
  }
}

/**
 * Sends a SubmitTask callback in the background. gRPC tasks keep no record: its state shows in the
 * delivery log (`GET /api/webhooks`), logs and metrics.
 */
function sendCallback(deps: ApiDeps, callback: { url: URL; secretId: string }, payload: { id: string; capability: string; traceId: string; [field: string]: unknown }, ctx: Context, owner: string | undefined): void {
  const webhooks = deps.webhooks;
  if (!webhooks?.sender) return;
  const state = { attempts: 0, delivered: false, done: false };
  webhooks.deliveries.register({ kind: 'task', id: payload.id, url: callback.url.href, capability: payload.capability, owner, traceId: payload.traceId }, state);
  void webhooks.sender.deliver(callback.url, payload, state, ctx, callback.secretId);
}

function decodeExecute(raw: Buffer): ExecuteResponse__Output {
  return loadProtos().agent.troupe.v1.AgentService.service.Execute.responseDeserialize(raw);
}
