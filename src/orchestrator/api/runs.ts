import type * as grpc from '@grpc/grpc-js';
import type { Value } from '../../gen/google/protobuf/Value.js';
import { boundText, InvalidArgumentError } from '../../sdk/errors.js';
import { ORCHESTRATOR_SERVICE } from '../../sdk/grpc/load-protos.js';
import { serveServerStream, serveUnary, writeWithBackpressure } from '../../sdk/grpc/serve.js';
import { fromValue, toStruct, toValue, type Json } from '../../sdk/grpc/struct.js';
import { ATTR } from '../../sdk/telemetry/index.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { abortOnCancel } from './abort-on-cancel.js';
import type { ApiDeps } from './deps.js';

const path = (method: string): string => `/${ORCHESTRATOR_SERVICE}/${method}`;
const RUN_ID = /^[A-Za-z0-9_-]{1,128}$/;

function runId(value: string | undefined): string {
  if (!value) throw new InvalidArgumentError('run_id is required; see `troupe runs` for ids');
  if (!RUN_ID.test(value)) throw new InvalidArgumentError(`run_id "${boundText(value, 160)}" is not a run id`);
  return value;
}

function struct(json: Json): { fields: Record<string, Value> } {
  return toStruct(json && typeof json === 'object' && !Array.isArray(json) ? json : { value: json });
}

/** The workflow and run methods of OrchestratorService, over the run engine. */
export function runHandlers(deps: ApiDeps, engine: RunEngine): grpc.UntypedServiceImplementation {
  const o = { logger: deps.logger };
  return {
    RegisterWorkflow: serveUnary(path('RegisterWorkflow'), o, async (call: grpc.ServerUnaryCall<{ definition: string }, unknown>) => {
      const text = call.request.definition;
      if (!text.trim()) throw new InvalidArgumentError('definition is required: the workflow as JSON or YAML text');
      return engine.registerWorkflow(text);
    }),
    ListWorkflows: serveUnary(path('ListWorkflows'), o, async () => ({ workflows: (await engine.listWorkflows()).map(struct) })),
    StartRun: serveUnary(
      path('StartRun'),
      o,
      async (call: grpc.ServerUnaryCall<{ workflow: string; input: Value | null; options: { idempotencyKey: string; priority: number; timeoutMs: number } | null }, unknown>, { span, traceContext }) => {
        const { workflow, options } = call.request;
        if (!workflow) throw new InvalidArgumentError('workflow is required: name a registered workflow (see `troupe workflows`)');
        const priority = options?.priority ?? 0;
        if (priority > 5) throw new InvalidArgumentError(`options.priority must be 1 (highest) to 5 (lowest), or 0 for the default; got ${priority}`);
        const started = await engine.startRun({
          workflow,
          input: fromValue(call.request.input),
          idempotencyKey: options?.idempotencyKey ?? '',
          priority: priority || 3,
          timeoutMs: options?.timeoutMs ?? 0,
          traceContext,
        });
        span.setAttribute(ATTR.RUN_ID, started.runId);
        return started;
      },
    ),
    GetRun: serveUnary(path('GetRun'), o, async (call: grpc.ServerUnaryCall<{ runId: string }, unknown>) => ({ report: struct(await engine.getRun(runId(call.request.runId))) })),
    WatchRun: serveServerStream(path('WatchRun'), o, async (call: grpc.ServerWritableStream<{ runId: string }, unknown>) => {
      const { signal, release } = abortOnCancel(call);
      try {
        for await (const event of engine.watchRun(runId(call.request.runId), signal)) {
          await writeWithBackpressure(call, {
            type: event.type,
            stepId: event.stepId ?? '',
            detail: toValue(event.detail ?? null),
            chunk: event.chunk ? { ...event.chunk, sequence: String(event.chunk.sequence) } : null,
          });
        }
      } finally {
        release();
      }
    }),
    CancelRun: serveUnary(path('CancelRun'), o, async (call: grpc.ServerUnaryCall<{ runId: string; reason: string }, unknown>) => ({
      status: await engine.cancelRun(runId(call.request.runId), call.request.reason || 'cancelled with CancelRun'),
    })),
    ListRuns: serveUnary(path('ListRuns'), o, async (call: grpc.ServerUnaryCall<{ workflow: string; status: string; limit: number }, unknown>) => ({
      runs: (await engine.listRuns({ workflow: call.request.workflow, status: call.request.status, limit: call.request.limit || 100 })).map(struct),
    })),
    ListDeadLetters: serveUnary(path('ListDeadLetters'), o, async (call: grpc.ServerUnaryCall<{ runId: string; limit: number }, unknown>) => ({
      records: (await engine.listDeadLetters({ runId: call.request.runId, limit: call.request.limit || 100 })).map(struct),
    })),
  };
}
