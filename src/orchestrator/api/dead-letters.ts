import type * as grpc from '@grpc/grpc-js';
import type { Context } from '@opentelemetry/api';
import type { Value__Output } from '../../gen/google/protobuf/Value.js';
import { boundText, FailedPreconditionError, InvalidArgumentError, NotFoundError } from '../../sdk/errors.js';
import { loadProtos } from '../../sdk/grpc/load-protos.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { fromValue, toStruct, toValue, type Json } from '../../sdk/grpc/struct.js';
import { allowsWorkflow, requireWorkflow, type Principal } from '../../sdk/security/scopes.js';
import { ATTR, instruments, withTraceIds } from '../../sdk/telemetry/index.js';
import type { DeadLetterRecord, DeadLetterStore } from '../scheduler/index.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { abortOnCancel } from './abort-on-cancel.js';
import { type ApiDeps, methodPath, serveOptions } from './deps.js';
import { storeCall } from './store-call.js';
import { toTaskRequest } from './task-request.js';
import { replayFromStep } from './replay-from-step.js';
import type { CancelSignal } from '../../sdk/util/cancellation.js';
import { Cancellation } from '../../sdk/util/cancellation.js';

/** How a dead letter is replayed: its task alone, a new run of its workflow, or that run again from the failed step. */
export type ReplayMode = 'step' | 'run' | 'from_step';

/** What a replay started: the new task (and its output), or the new run. */
export interface ReplayResult {
  readonly mode: ReplayMode;
  readonly taskId?: string;
  readonly output?: Json;
  readonly runId?: string;
  /** `from_step`: the original run's steps the new run reused (completed with their outputs). */
  readonly reused?: readonly string[];
  /** `from_step`: the run and step replayed. */
  readonly replayOf?: { readonly runId: string; readonly stepId: string };
}

/** How one operation runs: the caller, its trace, and (replay) its cancellation. */
export interface DeadLetterCall {
  readonly principal: Principal;
  readonly traceContext: Context;
  readonly signal?: CancelSignal;
}

const TASK_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

function taskId(value: string | undefined): string {
  if (!value) throw new InvalidArgumentError('task_id is required: the id of a dead-lettered task (see `troupe dlq`)');
  if (!TASK_ID.test(value)) throw new InvalidArgumentError(`task_id "${boundText(value, 160)}" is not a task id`);
  return value;
}

/**
 * Dead letters as the API offers them (ListDeadLetters, ReplayDeadLetter, DiscardDeadLetter and
 * their HTTP routes share this): a workflow-limited caller sees and acts on the records of its
 * workflows' runs only.
 */
export class DeadLetterOps {
  constructor(
    private readonly deps: ApiDeps,
    private readonly engine: RunEngine,
    private readonly store: DeadLetterStore | undefined,
  ) {}

  /** Records, newest first; a workflow-limited caller gets those of its workflows' runs only. */
  async list(principal: Principal, filter: { runId?: string; limit: number }): Promise<Json[]> {
    const records = await this.engine.listDeadLetters(filter);
    if (principal.workflows === undefined) return records;
    const allowed = new Map<string, boolean>();
    const out: Json[] = [];
    for (const record of records) {
      const id = record && typeof record === 'object' && !Array.isArray(record) && typeof record.runId === 'string' ? record.runId : '';
      if (!id) continue; // task-only records belong to no workflow
      if (!allowed.has(id)) allowed.set(id, await this.#workflowOf(id).then((w) => allowsWorkflow(principal, w), () => false));
      if (allowed.get(id)) out.push(record);
    }
    return out;
  }

  /**
   * Re-drives a dead letter. `step`: its task again, alone (the run it belonged to stays as it
   * ended); `run`: a new run of its run's workflow with that run's input; `from_step`: such a run
   * of the same workflow version in which the steps that succeeded before the failed one keep
   * their outputs and do not run again (replay-from-step.ts). A replay that succeeds
   * removes the record; one that fails leaves it (the failure is the answer).
   */
  async replay(id: string, mode: ReplayMode, call: DeadLetterCall): Promise<ReplayResult> {
    const record = await this.#record(id, call.principal, 'ReplayDeadLetter');
    let result: ReplayResult;
    try {
      result = mode === 'run' ? await this.#replayRun(record, call) : mode === 'from_step' ? await this.#replayFromStep(record, call) : await this.#replayStep(record, call);
    } catch (err) {
      instruments().deadLetterActions.add(1, { action: `replay_${mode}`, outcome: 'error' });
      throw err;
    }
    await this.#store().remove(record.taskId);
    instruments().deadLetterActions.add(1, { action: `replay_${mode}`, outcome: 'ok' });
    this.deps.logger.info({ ...withTraceIds(call.traceContext), task_id: record.taskId, run_id: record.runId, mode, new_run_id: result.runId, actor: call.principal.subject }, 'dead letter replayed');
    return result;
  }

  /** Forgets a dead letter (its task is given up for good); returns the record as it was. */
  async discard(id: string, call: DeadLetterCall): Promise<DeadLetterRecord> {
    const record = await this.#record(id, call.principal, 'DiscardDeadLetter');
    await this.#store().remove(record.taskId);
    instruments().deadLetterActions.add(1, { action: 'discard', outcome: 'ok' });
    this.deps.logger.info({ ...withTraceIds(call.traceContext), task_id: record.taskId, run_id: record.runId, actor: call.principal.subject }, 'dead letter discarded');
    return record;
  }

  #store(): DeadLetterStore {
    if (!this.store) throw new FailedPreconditionError('this orchestrator keeps no dead-letter store to change');
    return this.store;
  }

  async #workflowOf(runId: string): Promise<string> {
    const report = (await this.engine.getRun(runId)) as { workflow?: unknown } | null;
    return typeof report?.workflow === 'string' ? report.workflow : '';
  }

  /** The record of `id`, or NOT_FOUND; PERMISSION_DENIED for a workflow-limited caller and another workflow's run. */
  async #record(raw: string, principal: Principal, action: string): Promise<DeadLetterRecord> {
    const id = taskId(raw);
    const record = await storeCall(this.deps.storeLink, 'read', () => this.#store().get(id));
    if (!record) throw new NotFoundError(`no dead letter of task "${id}" (replayed, discarded, or never one); see \`troupe dlq\``, { taskId: id });
    if (principal.workflows !== undefined) requireWorkflow(principal, record.runId ? await this.#workflowOf(record.runId).catch(() => '') : '', action);
    return record;
  }

  async #replayStep(record: DeadLetterRecord, call: DeadLetterCall): Promise<ReplayResult> {
    if (this.deps.registry.isStreaming(record.capability)) {
      throw new FailedPreconditionError(`task ${record.taskId} streamed its output (${record.capability}): its output had nowhere to go alone; replay the run instead (mode run)`);
    }
    const task = toTaskRequest(
      { capability: record.capability, input: toValue(record.input ?? null) as Value__Output, data: Buffer.alloc(0), contentType: '', options: null },
      { getDeadline: () => Infinity },
      this.deps.registry,
      { streaming: false, defaultTimeoutMs: this.deps.defaultTimeoutMs, ...(this.deps.maxPayloadBytes !== undefined ? { maxPayloadBytes: this.deps.maxPayloadBytes } : {}) },
    );
    const { response } = await this.deps.dispatcher.unary(task.spec, { deadline: task.deadline, priority: task.priority, traceContext: call.traceContext, signal: call.signal ?? new Cancellation() });
    const decoded = loadProtos().agent.troupe.v1.AgentService.service.Execute.responseDeserialize(response);
    return { mode: 'step', taskId: task.spec.taskId ?? '', output: fromValue(decoded.result?.output) };
  }

  async #replayFromStep(record: DeadLetterRecord, call: DeadLetterCall): Promise<ReplayResult> {
    const write = <T>(fn: () => Promise<T>): Promise<T> => storeCall(this.deps.storeLink, 'write', fn);
    return { mode: 'from_step', ...(await replayFromStep(record, call, { engine: this.engine, write })) };
  }

  async #replayRun(record: DeadLetterRecord, call: DeadLetterCall): Promise<ReplayResult> {
    if (!record.runId) throw new FailedPreconditionError(`task ${record.taskId} belonged to no run; replay it as a step`);
    const { workflow, input } = await this.engine.runInput(record.runId);
    requireWorkflow(call.principal, workflow, 'ReplayDeadLetter');
    const started = await storeCall(this.deps.storeLink, 'write', () =>
      this.engine.startRun({ workflow, input, idempotencyKey: '', priority: 3, timeoutMs: 0, traceContext: call.traceContext }),
    );
    return { mode: 'run', runId: started.runId };
  }
}

const MODES: Record<string, ReplayMode> = { REPLAY_MODE_UNSPECIFIED: 'step', REPLAY_MODE_STEP: 'step', REPLAY_MODE_RUN: 'run', REPLAY_MODE_FROM_STEP: 'from_step' };

/** The dead-letter methods of OrchestratorService. */
export function deadLetterHandlers(deps: ApiDeps, ops: DeadLetterOps): grpc.UntypedServiceImplementation {
  const o = serveOptions(deps);
  return {
    ListDeadLetters: serveUnary(methodPath('ListDeadLetters'), o, async (call: grpc.ServerUnaryCall<{ runId: string; limit: number }, unknown>, { principal }) => ({
      records: (await ops.list(principal, { runId: call.request.runId, limit: call.request.limit || 100 })).map((r) => toStruct(r as Record<string, Json>)),
    })),
    ReplayDeadLetter: serveUnary(methodPath('ReplayDeadLetter'), o, async (call: grpc.ServerUnaryCall<{ taskId: string; mode: string }, unknown>, { principal, span, traceContext }) => {
      const mode = MODES[call.request.mode];
      if (!mode) throw new InvalidArgumentError(`mode must be REPLAY_MODE_STEP, REPLAY_MODE_RUN or REPLAY_MODE_FROM_STEP; got ${call.request.mode}`);
      span.setAttributes({ [ATTR.TASK_ID]: call.request.taskId, 'troupe.replay.mode': mode });
      const { signal, release } = abortOnCancel(call);
      try {
        const result = await ops.replay(call.request.taskId, mode, { principal, traceContext, signal });
        if (result.runId) span.setAttribute(ATTR.RUN_ID, result.runId);
        if (result.replayOf) span.setAttributes({ 'troupe.run.replay_of': result.replayOf.runId, 'troupe.replay.reused': result.reused?.length ?? 0 });
        return { taskId: result.taskId ?? '', output: toValue(result.output ?? null), runId: result.runId ?? '', reusedStepIds: result.reused ?? [], fromStepId: result.replayOf?.stepId ?? '' };
      } finally {
        release();
      }
    }),
    DiscardDeadLetter: serveUnary(methodPath('DiscardDeadLetter'), o, async (call: grpc.ServerUnaryCall<{ taskId: string }, unknown>, { principal, span, traceContext }) => {
      span.setAttribute(ATTR.TASK_ID, call.request.taskId);
      const record = await ops.discard(call.request.taskId, { principal, traceContext });
      return { record: toStruct(JSON.parse(JSON.stringify(record)) as Record<string, Json>) };
    }),
  };
}
