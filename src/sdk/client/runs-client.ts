import type { OrchestratorServiceClient } from '../../gen/troupe/v1/OrchestratorService.js';
import type { WatchRunResponse__Output } from '../../gen/troupe/v1/WatchRunResponse.js';
import type { Struct__Output } from '../../gen/google/protobuf/Struct.js';
import type { Value__Output } from '../../gen/google/protobuf/Value.js';
import { fromValue, toValue, type Json } from '../grpc/struct.js';
import { readServerStream, unaryCall, type GrpcCallArgs } from './calls.js';
import type { ListRunsFilter, RunsPage, RunWatchEvent, StartedRun, StartRunRequest, StartRunsResult, StreamRestartInfo } from './run-types.js';
import type { CallOptions, WatchRunOptions } from './types.js';

/** Workflow and run methods of the orchestrator client. */
export interface RunsClient {
  /** Registers (or replaces) a workflow from its JSON or YAML text. */
  registerWorkflow(definition: string, call?: CallOptions): Promise<{ name: string; version: number }>;
  /** Registered workflows (latest versions). */
  listWorkflows(call?: CallOptions): Promise<Json[]>;
  /** Starts a run. */
  startRun(req: StartRunRequest, call?: CallOptions): Promise<StartedRun>;
  /**
   * Starts many runs in one call (1 to 1000; more is INVALID_ARGUMENT): one result per
   * request, in order; a refused item does not fail the others.
   * @example
   * const results = await client.startRuns(topics.map((topic, i) => ({ workflow: 'podcast', input: { topic }, idempotencyKey: `batch-7-${i}` })));
   * const refused = results.filter((r) => 'error' in r);
   */
  startRuns(requests: readonly StartRunRequest[], call?: CallOptions): Promise<StartRunsResult[]>;
  /** A run's report: status, steps with attempts, timings, warnings, output. */
  getRun(runId: string, call?: CallOptions): Promise<Json>;
  /**
   * A run's events from its start, live until it ends (replayed for late watchers); with
   * `types`, only those (an entry ending in a dot is a prefix).
   * @example
   * // Wait for the outcome alone: the run's start and its end (whose detail has the output).
   * for await (const e of client.watchRun(runId, { types: ['run.'] })) if (e.type !== 'run.started') return e.detail;
   */
  watchRun(runId: string, call?: WatchRunOptions): AsyncIterable<RunWatchEvent>;
  /** Cancels a run and its in-flight tasks. */
  cancelRun(runId: string, reason?: string, call?: CallOptions): Promise<{ status: string }>;
  /**
   * Approves (or with `reject: true` rejects) a run's `wait_for_signal` step that is
   * waiting; an approved step's output is `payload`. NOT_FOUND for an unknown run or
   * step, FAILED_PRECONDITION when the step is not waiting.
   * @example await client.signalRun(runId, 'approve', { payload: { comment: 'ship it' } });
   */
  signalRun(runId: string, stepId: string, signal?: { payload?: Json; reject?: boolean }, call?: CallOptions): Promise<{ stepStatus: string; runStatus: string }>;
  /** Run summaries, newest first, up to `filter.limit` (following pages as needed). */
  listRuns(filter?: ListRunsFilter, call?: CallOptions): Promise<Json[]>;
  /**
   * One page of run summaries, newest first; pass the answer's `nextPageToken` (with the
   * same filter) for the next page.
   * @example
   * for (let token = ''; ; ) {
   *   const page = await client.listRunsPage({ status: 'failed', limit: 200 }, token);
   *   handle(page.runs);
   *   if (!(token = page.nextPageToken)) break;
   * }
   */
  listRunsPage(filter?: ListRunsFilter, pageToken?: string, call?: CallOptions): Promise<RunsPage>;
  /** Tasks that exhausted their failure policy, newest first. */
  listDeadLetters(filter?: { runId?: string; limit?: number }, call?: CallOptions): Promise<Json[]>;
  /**
   * Replays a dead letter: `step` (the default) re-runs its task alone and resolves with the new
   * task's id and output; `run` starts a new run of its run's workflow with that run's input;
   * `from_step` starts one of the same workflow version in which the steps that succeeded before
   * the failed one keep their outputs (not run again). A replay that succeeds removes the record.
   */
  replayDeadLetter(taskId: string, mode?: 'step' | 'run' | 'from_step', call?: CallOptions): Promise<ReplayResult>;
  /** Discards a dead letter; resolves with the record as it was. */
  discardDeadLetter(taskId: string, call?: CallOptions): Promise<Json>;
  /** The versions of a workflow still kept, newest first (name, version, registeredAt, definition). */
  listWorkflowVersions(name: string, call?: CallOptions): Promise<Json[]>;
}

/** What ReplayDeadLetter started: the new task and its output (mode step), or the new run (run, from_step). */
export interface ReplayResult {
  readonly taskId: string;
  readonly output: Json;
  readonly runId: string;
  /** from_step: the original run's steps the new run reused instead of running them again. */
  readonly reusedStepIds: readonly string[];
  /** from_step: the step the new run starts from (the one that failed). */
  readonly fromStepId: string;
}

/** The largest page the orchestrator answers. */
const MAX_RUNS_PAGE = 1000;

const structToJson = (s: Struct__Output | null | undefined): Json => (s ? fromValue({ structValue: s, kind: 'structValue' }) : null);

/** Builds the run methods over a raw grpc client. @internal */
export function runsClient(
  raw: OrchestratorServiceClient,
  unaryArgs: (call?: CallOptions) => GrpcCallArgs,
  streamArgs: (call?: CallOptions) => GrpcCallArgs,
): RunsClient {
  const listRunsPage: RunsClient['listRunsPage'] = async (filter = {}, pageToken = '', call) => {
    const request = {
      workflow: filter.workflow ?? '',
      status: filter.status ?? '',
      limit: filter.limit ?? 0,
      createdAfterMs: filter.createdAfterMs ?? 0,
      createdBeforeMs: filter.createdBeforeMs ?? 0,
      pageToken,
    };
    const res = await unaryCall<{ runs: Struct__Output[]; nextPageToken: string }>((md, o, cb) => raw.listRuns(request, md, o, cb), unaryArgs(call), call?.signal);
    return { runs: res.runs.map(structToJson), nextPageToken: res.nextPageToken };
  };
  return {
    listRunsPage,
    async registerWorkflow(definition, call) {
      const res = await unaryCall<{ name: string; version: number }>((md, o, cb) => raw.registerWorkflow({ definition }, md, o, cb), unaryArgs(call), call?.signal);
      return { name: res.name, version: res.version };
    },
    async listWorkflows(call) {
      const res = await unaryCall<{ workflows: Struct__Output[] }>((md, o, cb) => raw.listWorkflows({}, md, o, cb), unaryArgs(call), call?.signal);
      return res.workflows.map(structToJson);
    },
    async startRun(req, call) {
      const res = await unaryCall<StartedRun>((md, o, cb) => raw.startRun(wireStartRun(req), md, o, cb), unaryArgs(call), call?.signal);
      return { runId: res.runId, existing: res.existing, traceId: res.traceId };
    },
    async startRuns(requests, call) {
      const res = await unaryCall<{ results: WireStartRunsResult[] }>((md, o, cb) => raw.startRuns({ requests: requests.map(wireStartRun) }, md, o, cb), unaryArgs(call), call?.signal);
      return res.results.map((r): StartRunsResult =>
        r.run ? { run: { runId: r.run.runId, existing: r.run.existing, traceId: r.run.traceId } } : { error: { code: r.error?.code ?? 2, message: r.error?.message ?? 'no result for this item' } },
      );
    },
    async getRun(runId, call) {
      const res = await unaryCall<{ report: Struct__Output | null }>((md, o, cb) => raw.getRun({ runId }, md, o, cb), unaryArgs(call), call?.signal);
      return structToJson(res.report);
    },
    watchRun(runId, call) {
      return {
        [Symbol.asyncIterator]() {
          const { metadata, options } = streamArgs(call);
          return readServerStream(
            () => raw.watchRun({ runId, types: call?.types ? [...call.types] : [] }, metadata, options),
            (m: WatchRunResponse__Output): RunWatchEvent => ({
              type: m.type,
              stepId: m.stepId,
              detail: fromValue(m.detail),
              ...(m.chunk
                ? {
                    chunk: {
                      sequence: Number(m.chunk.sequence),
                      contentType: m.chunk.contentType,
                      data: m.chunk.data,
                      durationMs: m.chunk.durationMs,
                      traceparent: m.chunk.traceparent,
                    },
                  }
                : {}),
              ...(m.attempt ? { attempt: m.attempt } : {}),
              ...(m.restart
                ? {
                    restart: {
                      taskId: m.restart.taskId,
                      failedAttempt: m.restart.failedAttempt,
                      attempt: m.restart.attempt,
                      resumeFromSequence: Number(m.restart.resumeFromSequence),
                      mode: restartMode(m.restart.mode),
                      instanceId: m.restart.instanceId,
                    },
                  }
                : {}),
            }),
            call?.signal,
          );
        },
      };
    },
    async cancelRun(runId, reason = '', call) {
      const res = await unaryCall<{ status: string }>((md, o, cb) => raw.cancelRun({ runId, reason }, md, o, cb), unaryArgs(call), call?.signal);
      return { status: res.status };
    },
    async signalRun(runId, stepId, signal = {}, call) {
      const request = { runId, stepId, payload: toValue(signal.payload ?? null), reject: signal.reject ?? false };
      const res = await unaryCall<{ stepStatus: string; runStatus: string }>((md, o, cb) => raw.signalRun(request, md, o, cb), unaryArgs(call), call?.signal);
      return { stepStatus: res.stepStatus, runStatus: res.runStatus };
    },
    async listRuns(filter = {}, call) {
      const want = filter.limit ?? 100;
      const out: Json[] = [];
      let token = '';
      do {
        const page = await listRunsPage({ ...filter, limit: Math.min(MAX_RUNS_PAGE, want - out.length) }, token, call);
        out.push(...page.runs);
        token = page.nextPageToken;
      } while (token && out.length < want);
      return out;
    },
    async listDeadLetters(filter = {}, call) {
      const request = { runId: filter.runId ?? '', limit: filter.limit ?? 0 };
      const res = await unaryCall<{ records: Struct__Output[] }>((md, o, cb) => raw.listDeadLetters(request, md, o, cb), unaryArgs(call), call?.signal);
      return res.records.map(structToJson);
    },
    async replayDeadLetter(taskId, mode = 'step', call) {
      const request = { taskId, mode: mode === 'run' ? ('REPLAY_MODE_RUN' as const) : mode === 'from_step' ? ('REPLAY_MODE_FROM_STEP' as const) : ('REPLAY_MODE_STEP' as const) };
      const res = await unaryCall<{ taskId: string; output: Value__Output | null; runId: string; reusedStepIds: string[]; fromStepId: string }>((md, o, cb) => raw.replayDeadLetter(request, md, o, cb), unaryArgs(call), call?.signal);
      return { taskId: res.taskId, output: fromValue(res.output), runId: res.runId, reusedStepIds: res.reusedStepIds, fromStepId: res.fromStepId };
    },
    async discardDeadLetter(taskId, call) {
      const res = await unaryCall<{ record: Struct__Output | null }>((md, o, cb) => raw.discardDeadLetter({ taskId }, md, o, cb), unaryArgs(call), call?.signal);
      return structToJson(res.record);
    },
    async listWorkflowVersions(name, call) {
      const res = await unaryCall<{ versions: Struct__Output[] }>((md, o, cb) => raw.listWorkflowVersions({ name }, md, o, cb), unaryArgs(call), call?.signal);
      return res.versions.map(structToJson);
    },
  };
}

/** A StartRunsResult as decoded (the oneof's other member is null). */
interface WireStartRunsResult {
  run?: StartedRun | null;
  error?: { code: number; message: string } | null;
}

/** A StartRun request on the wire. */
function wireStartRun(req: StartRunRequest) {
  return {
    workflow: req.workflow,
    input: toValue(req.input ?? null),
    options: { idempotencyKey: req.idempotencyKey ?? '', priority: req.priority ?? 0, timeoutMs: req.timeoutMs ?? 0 },
    ...(req.callbackUrl ? { callbackUrl: req.callbackUrl } : {}),
    ...(req.callbackSecretId ? { callbackSecretId: req.callbackSecretId } : {}),
  };
}

/** `STREAM_RESTART_MODE_RESUMED` → `resumed`; unknown values (a newer server) → `spliced`, the cautious reading. */
function restartMode(mode: string): StreamRestartInfo['mode'] {
  const name = mode.replace(/^STREAM_RESTART_MODE_/, '').toLowerCase();
  return name === 'resumed' || name === 'deduplicated' ? name : 'spliced';
}
