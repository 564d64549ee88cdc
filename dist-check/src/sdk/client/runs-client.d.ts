import type { OrchestratorServiceClient } from '../../gen/troupe/v1/OrchestratorService.js';
import { type Json } from '../grpc/struct.js';
import { type GrpcCallArgs } from './calls.js';
import type { ListRunsFilter, RunsPage, RunWatchEvent, StartedRun, StartRunRequest, StartRunsResult } from './run-types.js';
import type { CallOptions } from './types.js';
/** Workflow and run methods of the orchestrator client. */
export interface RunsClient {
    /** Registers (or replaces) a workflow from its JSON or YAML text. */
    registerWorkflow(definition: string, call?: CallOptions): Promise<{
        name: string;
        version: number;
    }>;
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
    /** A run's events from its start, live until it ends (replayed for late watchers). */
    watchRun(runId: string, call?: CallOptions): AsyncIterable<RunWatchEvent>;
    /** Cancels a run and its in-flight tasks. */
    cancelRun(runId: string, reason?: string, call?: CallOptions): Promise<{
        status: string;
    }>;
    /**
     * Approves (or with `reject: true` rejects) a run's `wait_for_signal` step that is
     * waiting; an approved step's output is `payload`. NOT_FOUND for an unknown run or
     * step, FAILED_PRECONDITION when the step is not waiting.
     * @example await client.signalRun(runId, 'approve', { payload: { comment: 'ship it' } });
     */
    signalRun(runId: string, stepId: string, signal?: {
        payload?: Json;
        reject?: boolean;
    }, call?: CallOptions): Promise<{
        stepStatus: string;
        runStatus: string;
    }>;
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
    listDeadLetters(filter?: {
        runId?: string;
        limit?: number;
    }, call?: CallOptions): Promise<Json[]>;
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
/** Builds the run methods over a raw grpc client. @internal */
export declare function runsClient(raw: OrchestratorServiceClient, unaryArgs: (call?: CallOptions) => GrpcCallArgs, streamArgs: (call?: CallOptions) => GrpcCallArgs): RunsClient;
