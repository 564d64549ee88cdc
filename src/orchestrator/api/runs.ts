import type * as grpc from '@grpc/grpc-js';
import type { Value } from '../../gen/google/protobuf/Value.js';
import { boundText, FailedPreconditionError, InvalidArgumentError } from '../../sdk/errors.js';
import { serveServerStream, serveUnary, writeWithBackpressure } from '../../sdk/grpc/serve.js';
import { fromValue, toStruct, toValue, type Json } from '../../sdk/grpc/struct.js';
import { checkPayloadSize, DEFAULT_MAX_PAYLOAD_BYTES } from '../../sdk/grpc/payload-limits.js';
import { ATTR, recordMessage } from '../../sdk/telemetry/index.js';
import { allowsWorkflow, hasScope, requireScope, requireWorkflow, type Principal } from '../../sdk/security/scopes.js';
import { parseDefinitionText } from '../workflow/definition/parse-text.js';
import { STEP_ID_PATTERN } from '../workflow/definition/schema.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import type { StreamRestart } from '../workflow/engine/stream-cursor.js';
import { storeCall } from './store-call.js';
import { listRuns, type ListRunsQuery } from './list-runs.js';
import { abortOnCancel } from './abort-on-cancel.js';
import { eventTypeFilter } from '../../sdk/run-event-types.js';
import { type ApiDeps, methodPath, PAYLOAD_SETTING, serveOptions } from './deps.js';
import { fromWire, startOne, type WireStartRun } from './start-runs.js';

const RUN_ID = /^[A-Za-z0-9_-]{1,128}$/;

function runId(value: string | undefined): string {
  if (!value) throw new InvalidArgumentError('run_id is required; see `troupe runs` for ids');
  if (!RUN_ID.test(value)) throw new InvalidArgumentError(`run_id "${boundText(value, 160)}" is not a run id`);
  return value;
}

function stepId(value: string | undefined): string {
  if (!value) throw new InvalidArgumentError('step_id is required: the id of the wait_for_signal step (see `troupe run get RUN`)');
  if (!STEP_ID_PATTERN.test(value)) throw new InvalidArgumentError(`step_id "${boundText(value, 160)}" is not a step id (${STEP_ID_PATTERN.source})`);
  return value;
}

function struct(json: Json): { fields: Record<string, Value> } {
  return toStruct(json && typeof json === 'object' && !Array.isArray(json) ? json : { value: json });
}

/** For a caller limited to some workflows: refuses runs of the others (costs one report lookup). */
async function checkRun(engine: RunEngine, principal: Principal, id: string, action: string): Promise<string> {
  if (principal.workflows === undefined) return id;
  const report = (await engine.getRun(id)) as { workflow?: unknown } | null;
  requireWorkflow(principal, typeof report?.workflow === 'string' ? report.workflow : '', action);
  return id;
}

/** The workflow of a run summary (`workflow`) or the name of a definition (`name`). */
function workflowOf(json: Json): string {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return '';
  const value = json.workflow ?? json.name;
  return typeof value === 'string' ? value : '';
}

/** A `stream.restarted` event's payload as the proto `StreamRestart`. */
function wireRestart(stepId: string, r: StreamRestart): Record<string, unknown> {
  return {
    stepId,
    taskId: r.taskId,
    failedAttempt: r.failedAttempt,
    attempt: r.attempt,
    resumeFromSequence: String(r.resumeFromSequence),
    mode: `STREAM_RESTART_MODE_${r.mode.toUpperCase()}`,
    instanceId: r.instanceId,
  };
}

/** The workflow and run methods of OrchestratorService, over the run engine. */
export function runHandlers(deps: ApiDeps, engine: RunEngine): grpc.UntypedServiceImplementation {
  const o = serveOptions(deps);
  return {
    RegisterWorkflow: serveUnary(methodPath('RegisterWorkflow'), o, async (call: grpc.ServerUnaryCall<{ definition: string }, unknown>, { principal }) => {
      const text = call.request.definition;
      if (!text.trim()) throw new InvalidArgumentError('definition is required: the workflow as JSON or YAML text');
      const parsed = parseDefinitionText(text) as Json;
      if (principal.workflows !== undefined) requireWorkflow(principal, workflowOf(parsed), 'RegisterWorkflow');
      if ((parsed as { on_dead_letter?: unknown } | null)?.on_dead_letter === 'escalate' && !deps.escalations?.configured) {
        throw new FailedPreconditionError('on_dead_letter: escalate needs an escalation receiver: set TROUPE_ESCALATION_URL (and TROUPE_WEBHOOK_SECRET_FILE, whose secret signs it) on the orchestrator');
      }
      // Triggers start runs of the workflow later: the caller must be allowed to start it now.
      if (!hasScope(principal, 'runs:start') && hasTriggers(parsed)) requireScope(principal, 'runs:start', 'RegisterWorkflow of a workflow with triggers');
      return storeCall(deps.storeLink, 'write', () => engine.registerWorkflow(text));
    }),
    ListWorkflows: serveUnary(methodPath('ListWorkflows'), o, async (_call, { principal }) => ({
      workflows: (await engine.listWorkflows()).filter((w) => allowsWorkflow(principal, workflowOf(w))).map(struct),
    })),
    ListWorkflowVersions: serveUnary(methodPath('ListWorkflowVersions'), o, async (call: grpc.ServerUnaryCall<{ name: string }, unknown>, { principal }) => {
      const name = call.request.name;
      if (!name) throw new InvalidArgumentError('name is required: a workflow name (see `troupe workflows`)');
      requireWorkflow(principal, name, 'ListWorkflowVersions');
      return { versions: (await storeCall(deps.storeLink, 'read', () => engine.workflowVersions(name))).map(struct) };
    }),
    StartRun: serveUnary(methodPath('StartRun'), o, async (call: grpc.ServerUnaryCall<WireStartRun, unknown>, { span, traceContext, principal }) => {
      const started = await startOne(deps, engine, fromWire(call.request), principal, traceContext);
      span.setAttribute(ATTR.RUN_ID, started.runId);
      return started;
    }),
    GetRun: serveUnary(methodPath('GetRun'), o, async (call: grpc.ServerUnaryCall<{ runId: string }, unknown>, { principal }) => {
      const id = await checkRun(engine, principal, runId(call.request.runId), 'GetRun');
      const report = await storeCall(deps.storeLink, 'read', () => engine.getRun(id, { recommend: true }));
      const callback = deps.runCallbacks?.state(id);
      return { report: struct(callback && report && typeof report === 'object' && !Array.isArray(report) ? { ...report, callback: { ...callback } } : report) };
    }),
    WatchRun: serveServerStream(methodPath('WatchRun'), o, async (call: grpc.ServerWritableStream<{ runId: string; types?: string[] }, unknown>, { principal, span }) => {
      const requested = runId(call.request.runId);
      const wanted = eventTypeFilter(call.request.types);
      const id = await checkRun(engine, principal, requested, 'WatchRun');
      span.setAttribute(ATTR.RUN_ID, id);
      const { signal, release } = abortOnCancel(call);
      let chunks = 0;
      try {
        for await (const event of engine.watchRun(id, signal.toAbortSignal())) {
          if (wanted && !wanted(event.type)) continue;
          const chunk = event.chunk && { sequence: event.chunk.sequence, bytes: event.chunk.data.byteLength, audioMs: event.chunk.durationMs };
          if (chunk) chunks++;
          recordMessage(span, 'SENT', { chunk });
          await writeWithBackpressure(call, {
            type: event.type,
            stepId: event.stepId ?? '',
            detail: toValue(event.detail ?? null),
            chunk: event.chunk ? { ...event.chunk, sequence: String(event.chunk.sequence) } : null,
            attempt: event.attempt ?? 0,
            restart: event.restart ? wireRestart(event.stepId ?? '', event.restart) : null,
          });
        }
      } finally {
        span.setAttribute(ATTR.CHUNK_COUNT, chunks);
        release();
      }
    }),
    CancelRun: serveUnary(methodPath('CancelRun'), o, async (call: grpc.ServerUnaryCall<{ runId: string; reason: string }, unknown>, { principal }) => ({
      status: await storeCall(deps.storeLink, 'write', async () =>
        engine.cancelRun(await checkRun(engine, principal, runId(call.request.runId), 'CancelRun'), call.request.reason || 'cancelled with CancelRun'),
      ),
    })),
    SignalRun: serveUnary(
      methodPath('SignalRun'),
      o,
      async (call: grpc.ServerUnaryCall<{ runId: string; stepId: string; payload: Value | null; reject: boolean }, unknown>, { principal, span }) => {
        const id = runId(call.request.runId);
        const step = stepId(call.request.stepId);
        span.setAttribute(ATTR.RUN_ID, id);
        span.setAttribute('troupe.step.id', step);
        const payload = fromValue(call.request.payload);
        checkPayloadSize('the SignalRun payload', payload, deps.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES, PAYLOAD_SETTING, { runId: id });
        const approved = !call.request.reject;
        return storeCall(deps.storeLink, 'write', async () =>
          engine.signalRun(await checkRun(engine, principal, id, 'SignalRun'), step, { approved, payload, actor: principal.subject }),
        );
      },
    ),
    ListRuns: serveUnary(methodPath('ListRuns'), o, async (call: grpc.ServerUnaryCall<ListRunsQuery, unknown>, { principal }) => {
      const page = await storeCall(deps.storeLink, 'read', () => listRuns(engine, principal, call.request));
      return { runs: page.runs.map(struct), nextPageToken: page.nextPageToken };
    }),
  };
}

/** True when a parsed definition has a non-empty `triggers` list. */
function hasTriggers(raw: unknown): boolean {
  const triggers = (raw as { triggers?: unknown } | null)?.triggers;
  return Array.isArray(triggers) && triggers.length > 0;
}
