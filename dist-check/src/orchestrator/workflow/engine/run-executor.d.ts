import { type Context, type Span } from '@opentelemetry/api';
import type { Actor } from 'xstate';
import type { Logger } from 'pino';
import type { Json } from '../../../sdk/grpc/struct.js';
import type { StepDispatcher } from './run-admission.js';
import { runMachine } from '../../machines/run.machine.js';
import type { RunCallback, RunRecord } from '../../store/run-record.js';
import type { DeadLetterRecord, DeadLetterStore } from '../../scheduler/index.js';
import { type CompiledWorkflow } from '../definition/index.js';
import { RunEventLog } from './run-event-log.js';
import type { StepSignal } from './step-wait.js';
import type { ChildRunHost, ParentRunLink } from './child-host.js';
import { type RunReuse } from './run-reuse.js';
/** What SignalRun answers: the step's and the run's status after the signal. */
export interface SignalResult {
    readonly stepStatus: string;
    readonly runStatus: string;
}
/** What every run of an orchestrator shares. */
export interface RunDeps {
    readonly dispatcher: StepDispatcher;
    readonly deadLetters: DeadLetterStore;
    readonly logger: Logger;
    readonly defaultTimeoutMs: number;
    /** Source of backoff jitter in [0, 1). @default Math.random */
    readonly random?: () => number;
    /** Largest step output accepted (bytes of the agent's result message); over it the attempt fails with RESOURCE_EXHAUSTED. @default 67108864 */
    readonly maxPayloadBytes?: number;
    /** Raises escalations of dead letters for workflows with `on_dead_letter: escalate`. */
    readonly escalations?: {
        raise(record: DeadLetterRecord, workflow: string, traceId?: string): Promise<void>;
    } | undefined;
    /** Starts and follows the child runs of `workflow` steps; without it such a step fails. */
    readonly children?: ChildRunHost;
}
/** How a run is started. */
export interface RunStart {
    readonly runId: string;
    readonly workflow: CompiledWorkflow;
    readonly input: Json;
    readonly priority: number;
    readonly deadlineAt: number;
    /** Trace context of StartRun: the run span is its child. */
    readonly parent: Context;
    /** Version of the workflow definition the run follows (kept in its record). @default 0 */
    readonly workflowVersion?: number;
    /** When the run was accepted. @default now */
    readonly createdAt?: number;
    /** Resume from this stored record (restart or adoption) instead of starting afresh. */
    readonly restore?: RunRecord;
    /** StartRun's callback, kept in the record so that whoever finishes the run sends it. */
    readonly callback?: RunCallback | undefined;
    /** A child run: the run and step that started it. */
    readonly parentRun?: ParentRunLink | undefined;
    /** A replay from a dead letter's failed step: steps completed at once with the original run's outputs (run-reuse.ts). */
    readonly reuse?: RunReuse | undefined;
}
/** How a run tells its owner that its persisted state changed. */
export interface RunHooks {
    /** The run actor or one of its task actors changed: persist (coalesced by the caller). */
    readonly onChange?: (run: RunExecutor) => void;
}
/**
 * One run: its XState actor (the bookkeeping and the rules: what may happen in
 * which state), its event log, its span, and the graph logic that decides which
 * steps start when. Steps without a dependency between them run in parallel.
 */
export declare class RunExecutor {
    #private;
    readonly start: RunStart;
    private readonly deps;
    readonly log: RunEventLog;
    readonly actor: Actor<typeof runMachine>;
    readonly span: Span;
    readonly done: Promise<void>;
    constructor(start: RunStart, deps: RunDeps, hooks?: RunHooks);
    /** False once the run was detached (another owner drives it now, or shutdown). */
    get attached(): boolean;
    /**
     * The run as a store record: the run actor's and every task actor's persisted
     * snapshot, step outputs, input and what is needed to resume it.
     */
    toRecord(owner: string, epoch: number): RunRecord;
    /**
     * Stops driving the run here WITHOUT recording anything more: its tasks in flight
     * are aborted, no event reaches the run actor, nothing is persisted. For a run
     * whose lease was lost or whose write was fenced, and at shutdown (after flushing).
     */
    detach(reason: string): void;
    /** Freezes persistence (nothing more is reported to the hooks) but keeps running; for shutdown before `detach`. */
    freeze(): void;
    get runId(): string;
    /** StartRun's callback (from the start, or the stored record of a resumed run). */
    get callback(): RunCallback | undefined;
    /** A child run's parent (from the start, or the stored record of a resumed run). */
    get parentRun(): ParentRunLink | undefined;
    get traceId(): string;
    /**
     * Continues a restored run: re-arms its deadline (XState does not re-arm `after`
     * timers on restore), resumes every step that was running from its tasks'
     * snapshots (a completed step is never run again), then starts the ready steps.
     */
    resume(hold?: {
        reason: string;
        position: number;
    }): void;
    /**
     * Holds the run in `pending` behind its workflow's run-level flow control
     * (`max_concurrent_runs`, per-key `concurrency`) until {@link begin}: its deadline
     * runs, it can be cancelled, and its report says why it waits.
     */
    wait(reason: string, position: number): void;
    /** Why the run waits before starting (flow control), while it does. */
    get waiting(): string | undefined;
    /** Starts the run's first steps (also after waiting, see {@link wait}). */
    begin(): void;
    /** Cancels the run and every task in flight. Returns the status after the request. */
    cancel(reason: string): string;
    /**
     * SignalRun of a step driven here: delivers the signal to the waiting
     * `wait_for_signal` step (approve: it succeeds with the payload as its output;
     * reject: it fails, then its on_failure applies). NOT_FOUND for a step the
     * workflow does not have; FAILED_PRECONDITION when the step is not waiting.
     */
    signal(stepId: string, signal: StepSignal): SignalResult;
    /** The run's report, with every task attempt (agent instance, timings, outcome). */
    report(): Json;
    /** A line for ListRuns. */
    summary(): Json;
}
