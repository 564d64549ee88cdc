import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { InvalidArgumentError, NotFoundError, statusName, toGrpcStatus } from '../../sdk/errors.js';
import { fromValue, toValue, type Json } from '../../sdk/grpc/struct.js';
import { DEFAULT_MAX_PAYLOAD_BYTES } from '../../sdk/grpc/payload-limits.js';
import { loadProtos } from '../../sdk/grpc/load-protos.js';
import type { AuditSink } from '../../sdk/security/audit.js';
import type { Principal } from '../../sdk/security/scopes.js';
import { ATTR, contextFromTraceparent, getTracer, withTraceIds } from '../../sdk/telemetry/index.js';
import type { SubmitTaskRequest__Output } from '../../gen/troupe/v1/SubmitTaskRequest.js';
import type { Dispatcher } from '../dispatch/dispatcher.js';
import type { Registry } from '../registry/registry.js';
import { callbackOf } from './deps.js';
import type { DeliveryLog } from '../webhooks/delivery-log.js';
import type { WebhookSender } from '../webhooks/sender.js';
import { readJson, sendError, sendJson } from './http-runs.js';
import type { TaskRecord, TaskResults } from './task-results.js';
import { toTaskRequest } from './task-request.js';
import { capabilityName } from '../versions/capability-ref.js';
import { Cancellation } from '../../sdk/util/cancellation.js';

/** What the task routes need. */
export interface TaskRouteDeps {
  readonly registry: Registry;
  readonly dispatcher: Dispatcher;
  readonly results: TaskResults;
  readonly defaultTimeoutMs: number;
  readonly maxPayloadBytes?: number | undefined;
  /** Sends callbacks; undefined when no webhook secret is set (then `callback_url` is refused). */
  readonly webhooks?: WebhookSender | undefined;
  /** TROUPE_WEBHOOK_ALLOW: callback hosts allowed; empty allows every host. */
  readonly webhookAllow?: readonly string[];
  /** Where task callbacks are listed for `GET /api/webhooks`. */
  readonly deliveries?: DeliveryLog | undefined;
  readonly logger?: Logger | undefined;
  /** Where denials are written (by the HTTP door); tasks, like gRPC SubmitTask, are not audited when allowed. */
  readonly audit?: AuditSink | undefined;
  /** Aborted when the orchestrator stops: tasks still running end as CANCELLED. */
  readonly stop?: AbortSignal | undefined;
}

/** Most ids one aggregate request may ask about. */
export const MAX_AGGREGATE_IDS = 100;

interface TaskBody {
  capability?: unknown;
  input?: Json;
  timeout_ms?: unknown;
  callback_url?: unknown;
  callback_secret_id?: unknown;
}

/**
 * The HTTP task API (docs/http-api.md): `POST /api/tasks` runs one task in the background
 * and answers 202 with its id at once; `GET /api/tasks/{id}` its status and result;
 * `POST /api/tasks/aggregate` `{ ids }` several at once. A task may name a `callback_url`
 * that gets its result, signed, when it finishes. Returns false for other paths.
 */
export async function handleTaskRoutes(deps: TaskRouteDeps, req: IncomingMessage, res: ServerResponse, url: URL, principal: Principal): Promise<boolean> {
  if (!url.pathname.startsWith('/api/tasks')) return false;
  const readsAll = principal.scopes.has('*');
  try {
    if (req.method === 'POST' && url.pathname === '/api/tasks') {
      const record = submit(deps, req, (await readJson(req, bodyLimit(deps))) as TaskBody | null, principal);
      sendJson(res, 202, record);
      return true;
    }
    if (req.method === 'POST' && url.pathname === '/api/tasks/aggregate') {
      const body = (await readJson(req)) as { ids?: unknown } | null;
      const ids = body?.ids;
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) throw new InvalidArgumentError('body.ids must be a non-empty array of task ids');
      if (ids.length > MAX_AGGREGATE_IDS) throw new InvalidArgumentError(`body.ids names ${ids.length} tasks; ask for at most ${MAX_AGGREGATE_IDS} at once`);
      const tasks = (ids).map((id) => deps.results.get(id, principal.subject, readsAll) ?? { id, status: 'unknown' as const });
      sendJson(res, 200, { tasks });
      return true;
    }
    const id = /^\/api\/tasks\/([^/]+)$/.exec(url.pathname)?.[1];
    if (id !== undefined && (req.method === 'GET' || req.method === 'HEAD')) {
      const record = deps.results.get(id, principal.subject, readsAll);
      if (!record) throw new NotFoundError(`task ${id} is unknown: never submitted by you, or finished more than TROUPE_TASK_RESULTS_TTL_MS ago`);
      sendJson(res, 200, record);
      return true;
    }
  } catch (err) {
    if (!res.headersSent) sendError(res, err);
    else res.destroy();
    return true;
  }
  return false;
}

function bodyLimit(deps: TaskRouteDeps): number {
  // The input's own limit is checked by toTaskRequest; this bounds reading the JSON around it.
  return Math.ceil((deps.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES) * 1.25);
}

/** Validates the body, keeps a running record, starts the task in the background; returns the record. */
function submit(deps: TaskRouteDeps, req: IncomingMessage, body: TaskBody | null, principal: Principal): TaskRecord {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new InvalidArgumentError('the body must be a JSON object {capability, input, timeout_ms?, callback_url?}');
  if (typeof body.capability !== 'string') throw new InvalidArgumentError('body.capability (a capability name, e.g. "echo.say") is required');
  const timeout = body.timeout_ms ?? 0;
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 0 || timeout > 86_400_000) throw new InvalidArgumentError('body.timeout_ms must be an integer from 0 (the default) to 86400000');
  if (body.callback_url !== undefined && typeof body.callback_url !== 'string') throw new InvalidArgumentError('body.callback_url must be a string URL');
  if (body.callback_secret_id !== undefined && typeof body.callback_secret_id !== 'string') throw new InvalidArgumentError('body.callback_secret_id must be a string');
  const cb = callbackOf({ webhooks: { sender: deps.webhooks, allow: deps.webhookAllow ?? [] } }, body.callback_url, body.callback_secret_id);

  const request = {
    capability: body.capability,
    input: toValue(body.input ?? null, '$.input'),
    data: Buffer.alloc(0),
    contentType: '',
    options: { idempotencyKey: '', priority: 0, timeoutMs: timeout },
  } as unknown as SubmitTaskRequest__Output;
  const { spec, deadline, priority } = toTaskRequest(request, { getDeadline: () => Infinity }, deps.registry, {
    streaming: false,
    defaultTimeoutMs: deps.defaultTimeoutMs,
    ...(deps.maxPayloadBytes !== undefined ? { maxPayloadBytes: deps.maxPayloadBytes } : {}),
  });
  const name = capabilityName(body.capability); // toTaskRequest checked a `name@range`
  if (deps.registry.isStreaming(name) === undefined) throw new NotFoundError(`no agent has offered capability "${name}"`, { capability: name });
  const traceparent = req.headers.traceparent;
  const parent = typeof traceparent === 'string' ? contextFromTraceparent(traceparent) : ROOT_CONTEXT;
  const span = getTracer().startSpan('POST /api/tasks', { kind: SpanKind.SERVER, attributes: { 'http.request.method': 'POST', 'url.path': '/api/tasks', [ATTR.CAPABILITY]: body.capability, [ATTR.TASK_ID]: spec.taskId ?? '' } }, parent);
  const ctx = trace.setSpan(parent, span);
  const id = spec.taskId ?? '';
  const record: TaskRecord = {
    id,
    capability: body.capability,
    status: 'running',
    submittedAt: new Date().toISOString(),
    traceId: span.spanContext().traceId,
    ...(cb ? { callback: { url: cb.url.href, attempts: 0, delivered: false, done: false } } : {}),
  };
  try {
    deps.results.add(record, principal.subject);
  } catch (err) {
    span.end();
    throw err;
  }
  if (record.callback) deps.deliveries?.register({ kind: 'task', id, url: record.callback.url, capability: body.capability, owner: principal.subject, traceId: record.traceId }, record.callback);
  const log = deps.logger?.child({ ...withTraceIds(ctx), task_id: id, capability: body.capability });
  void deps.dispatcher
    .unary(spec, { deadline, priority, traceContext: ctx, signal: deps.stop ?? new Cancellation() })
    .then(
      ({ entry, response }) => {
        const result = loadProtos().agent.troupe.v1.AgentService.service.Execute.responseDeserialize(response).result;
        return { status: 'completed' as const, output: fromValue(result?.output), agentInstanceId: entry.instanceId };
      },
      (err: unknown) => {
        const { code, details } = toGrpcStatus(err);
        return { status: 'failed' as const, error: { code: statusName(code), message: details } };
      },
    )
    .then(async (outcome) => {
      const finished = deps.results.finish(id, outcome);
      log?.debug({ status: outcome.status }, 'http task finished');
      span.setAttribute(ATTR.OUTCOME, outcome.status);
      span.end();
      if (finished?.callback && cb && deps.webhooks) {
        const { callback: state, ...payload } = finished;
        await deps.webhooks.deliver(cb.url, { kind: 'task', ...payload }, state, ctx, cb.secretId);
      }
    })
    .catch((err: unknown) => log?.error({ err }, 'http task bookkeeping failed'));
  return record;
}
