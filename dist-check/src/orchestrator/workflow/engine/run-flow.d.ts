import type { Logger } from 'pino';
import type { Json } from '../../../sdk/grpc/struct.js';
import { type CompiledWorkflow } from '../definition/index.js';
import { type GateEntry } from './run-gate.js';
import type { RunExecutor } from './run-executor.js';
/**
 * Run-level flow control of this orchestrator's runs: a run of a workflow with
 * `max_concurrent_runs` or `concurrency` starts only when it fits, else waits
 * (`pending`, with `waiting` in its report and a `run.queued` event) and starts, in
 * order, when runs before it end. The counts are this instance's: several
 * orchestrators each apply the caps to the runs they drive.
 */
export declare class RunFlow {
    #private;
    private readonly runOf;
    private readonly logger;
    constructor(runOf: (runId: string) => RunExecutor | undefined, logger: Logger);
    /**
     * The run's place in flow control; undefined for a workflow without caps. Throws
     * INVALID_ARGUMENT when its `concurrency.key` cannot be evaluated on the input.
     */
    entry(workflow: CompiledWorkflow, input: Json, runId: string): GateEntry | undefined;
    /** Begins a new run now, or makes it wait its turn. */
    begin(run: RunExecutor, entry: GateEntry | undefined): void;
    /**
     * Resumes a stored run: one that was running counts as going whatever the caps (it
     * cannot be paused); one that never started waits again, at its place by creation
     * time, until {@link settle} (after the adoption pass, once the runs it waited
     * behind are back too).
     */
    resume(run: RunExecutor, workflow: CompiledWorkflow, started: boolean, createdAt: number): void;
    /** Starts the held runs that fit (after an adoption pass); the others learn why they still wait. */
    settle(): void;
    /** A run ended or is no longer driven here: its place goes to the runs waiting for it. */
    leave(runId: string): void;
    /** Runs going and waiting under flow control here. */
    get size(): {
        active: number;
        waiting: number;
    };
}
