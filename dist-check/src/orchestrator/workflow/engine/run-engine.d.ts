import { type Context } from '@opentelemetry/api';
import type { Json } from '../../../sdk/grpc/struct.js';
import type { Registry } from '../../registry/registry.js';
import { type CompiledWorkflow, type DefinitionLimits } from '../definition/index.js';
import { type RunCallback } from '../../store/run-record.js';
import { type RunPage, type RunPageFilter } from '../../store/run-page.js';
import type { WorkflowStore } from '../workflow-store.js';
import { RunAdmission } from './run-admission.js';
import { type RunDurability } from './run-durability.js';
import type { RunEvent } from './run-event-log.js';
import { type RunDeps, type SignalResult } from './run-executor.js';
import { type ParentRunLink } from './child-host.js';
import type { StepSignal } from './step-wait.js';
import type { RunReuse } from './run-reuse.js';
export type { RunDurability } from './run-durability.js';
/** Options of the {@link RunEngine}. */
export interface RunEngineOptions extends RunDeps {
    readonly registry: Registry;
    readonly workflows: WorkflowStore;
    /** Time budget of a run that sets none. @default 3600000 */
    readonly defaultRunTimeoutMs?: number;
    /** Finished runs kept for GetRun/ListRuns; the oldest are forgotten first. @default 1000 */
    readonly maxFinishedRuns?: number;
    /** Persist runs and resume them after a crash; in memory only when absent. */
    readonly durable?: RunDurability;
    /** Unfinished runs driven here at most; StartRun beyond it answers RESOURCE_EXHAUSTED at once. @default 5000 */
    readonly maxActiveRuns?: number;
    /** Bounds on definitions RegisterWorkflow accepts. @default DEFAULT_DEFINITION_LIMITS */
    readonly definitionLimits?: DefinitionLimits;
    /** Runs on a valid definition before it is stored (e.g. to check and bind its triggers); throwing refuses the registration. */
    readonly beforeRegister?: (workflow: CompiledWorkflow) => Promise<void>;
}
/** What StartRun asks for. */
export interface StartRunRequest {
    workflow: string;
    input: Json;
    idempotencyKey: string;
    priority: number;
    timeoutMs: number;
    traceContext: Context;
    /** Where to POST the run's result when it ends (kept in a durable run's record). */
    callback?: RunCallback | undefined;
    /** A child run (started by a `workflow` step): its parent run and step. */
    parentRun?: ParentRunLink | undefined;
    /** Run this version of the workflow (it must still be kept) rather than the latest. */
    workflowVersion?: number | undefined;
    /** A replay from a dead letter's failed step: steps completed with the original run's outputs (run-reuse.ts). */
    reuse?: RunReuse | undefined;
}
/**
 * Workflows and runs: registers definitions (validated against the capabilities the
 * registry has seen), starts runs (idempotently), and answers for them while they
 * run and after. With `durable` (see {@link DurableRuns}) every run is persisted as it goes and resumed after a crash.
 */
export declare class RunEngine {
    #private;
    private readonly options;
    /** Overload is refused at the door; admitted runs' steps wait for queue room instead of failing. */
    readonly admission: RunAdmission;
    constructor(options: RunEngineOptions);
    /**
     * Durable mode: resumes the unfinished runs this instance owned in an earlier life
     * (and any whose owner's lease expired), then keeps adopting the runs of dead
     * owners and sweeping retention. Call once agents are discoverable. Resolves after
     * the first adoption pass with the number of runs resumed.
     */
    startDurability(): Promise<number>;
    /** One adoption pass (durable mode); resolves with the number of runs resumed. */
    adoptRuns(): Promise<number>;
    /** One retention pass (durable mode): removes old finished runs from the store and memory. */
    sweepRetention(now?: number): Promise<string[]>;
    /** Called for each run resumed here (restart or adoption) that has a callback, so it is still sent. */
    onResumedCallback(listener: (runId: string, callback: RunCallback, traceId: string) => void): void;
    /** Resolves when the run `runId`, driven here, ends; undefined when it is not driven here. */
    whenFinished(runId: string): Promise<void> | undefined;
    /** Stops driving `runId` here without writing anything more (lease lost, fenced). */
    dropRun(runId: string, reason: string): void;
    /** Validates and stores a definition (JSON or YAML text); every problem is listed in one INVALID_ARGUMENT. */
    registerWorkflow(text: string): Promise<{
        name: string;
        version: number;
    }>;
    listWorkflows(): Promise<Json[]>;
    /** The versions of workflow `name` still kept, newest first; NOT_FOUND for a name never registered. */
    workflowVersions(name: string): Promise<Json[]>;
    /** Runs accepted here and held by their workflow's flow control (max_concurrent_runs, concurrency). */
    get runsWaiting(): number;
    /** Starts a run, or returns the run an earlier StartRun with the same idempotency key started. */
    startRun(req: StartRunRequest): Promise<{
        runId: string;
        existing: boolean;
        traceId: string;
    }>;
    /**
     * The run's report; a run not in memory (finished before a restart, owned elsewhere)
     * from the store. With `recommend`, a finished run's report also has
     * `recommendations`, drawn from it and the recent runs of its workflow held here.
     */
    getRun(runId: string, options?: {
        recommend?: boolean;
    }): Promise<Json>;
    /**
     * The run's events from the start, live until it ends. Durable, for a run driven by
     * another instance: what its stored record says, then each change of the record
     * (status events only, no chunks; see {@link followStoredRun}).
     */
    watchRun(runId: string, signal?: AbortSignal): AsyncIterable<RunEvent>;
    /**
     * Cancels a run; returns its status after the request. Durable: a run driven by
     * another instance is cancelled by that instance (or adopted here and cancelled
     * when its owner is gone); a finished stored run answers its status.
     */
    cancelRun(runId: string, reason: string): Promise<string>;
    /**
     * SignalRun: approves or rejects the waiting `wait_for_signal` step `stepId`.
     * Durable: a run driven by another instance is signalled by that instance (or
     * adopted here, still waiting, and signalled here when its owner is gone).
     * NOT_FOUND for an unknown run or step; FAILED_PRECONDITION when the step is not waiting.
     */
    signalRun(runId: string, stepId: string, signal: StepSignal): Promise<SignalResult>;
    /**
     * A page of run summaries, newest first. Durable: every stored run (all instances',
     * finished ones while retention keeps them) from the run list index, with this
     * instance's live view of the runs it drives; in memory: the runs kept here.
     */
    listRuns(filter: RunPageFilter): Promise<RunPage>;
    /** The input `runId` was started with (a dead letter's run replayed as a new run); NOT_FOUND when the run is not known. */
    runInput(runId: string): Promise<{
        workflow: string;
        input: Json;
        workflowVersion: number;
    }>;
    listDeadLetters(filter: {
        runId?: string;
        limit: number;
    }): Promise<Json[]>;
    /**
     * Orchestrator shutdown. In memory: cancels every unfinished run. Durable: the runs
     * are NOT cancelled; their latest state is written, they stop here, and their leases
     * are released so that a survivor (or this instance restarted) resumes them at once.
     */
    close(): Promise<void>;
    /** A version of `name` was registered (here or on another orchestrator): new runs use it, not a compiled older one. */
    workflowStored(name: string, version: number): void;
}
