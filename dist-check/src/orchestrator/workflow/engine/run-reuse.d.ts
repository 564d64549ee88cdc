import type { Json } from '../../../sdk/grpc/struct.js';
import type { RunEvent as RunMachineEvent } from '../../machines/run.machine.js';
import type { RunReplay } from '../../store/run-record.js';
import type { CompiledStep } from '../definition/index.js';
import type { RunEventLog } from './run-event-log.js';
/**
 * A run replayed "from the failed step" of a dead letter (ReplayDeadLetter, mode
 * `from_step`): the run it replays, the step that failed there, and the outputs of
 * the original run's steps that are not run again.
 */
export interface RunReuse {
    readonly fromRunId: string;
    readonly stepId: string;
    readonly outputs: Readonly<Record<string, Json>>;
}
/** One step of the original run, as its report gives it. */
export interface OriginalStep {
    readonly id: string;
    readonly status: string;
    readonly output?: unknown;
}
/**
 * The outputs of the original run's steps a replay from `failedStepId` reuses, by step id.
 * A step is reused when it succeeded (not skipped, not recovered by `on_failure`, not failed
 * with `continue_on: any`), is not the failed step, and every step it depends on is reused
 * too: so the failed step and everything downstream of it run again, and so does a step
 * downstream of one that runs again (its output could change). `steps` come in dependency
 * order (as {@link CompiledWorkflow.steps} do).
 *
 * @example
 * reusableOutputs([{ id: 'a', dependsOn: [] }, { id: 'b', dependsOn: ['a'] }], [{ id: 'a', status: 'succeeded', output: 1 }, { id: 'b', status: 'failed' }], 'b') // { a: 1 }
 */
export declare function reusableOutputs(steps: readonly Pick<CompiledStep, 'id' | 'dependsOn'>[], original: readonly OriginalStep[], failedStepId: string): Record<string, Json>;
/** What a {@link StepReuser} drives: the run's actor, log, and where finished outputs go. */
export interface ReuseTarget {
    readonly runId: string;
    readonly send: (event: RunMachineEvent) => boolean;
    readonly log: RunEventLog;
    readonly done: (stepId: string, output: Json) => void;
}
/**
 * The run-side half of a replay from a failed step: completes each reused step at once
 * with the original run's output (through the run machine's ordinary `STEP_STARTED` /
 * `STEP_SUCCEEDED`, so later steps' expressions see it exactly as in the original run),
 * logs `step.reused`, and says what the run record keeps of it.
 */
export declare class StepReuser {
    #private;
    private constructor();
    /** For a new replay run (`reuse`) or one restored from its record (`replay`); undefined for any other run. */
    static of(reuse: RunReuse | undefined, replay: RunReplay | undefined): StepReuser | undefined;
    get fromRunId(): string;
    /**
     * Completes the `ready` steps that are reused; true when it completed any (the caller
     * then looks again for ready steps: their dependents may be reused too). The run must be running.
     */
    completeReady(ready: readonly CompiledStep[], target: ReuseTarget): boolean;
    /**
     * The record's `replay`: the reused outputs are kept only while the run has not started
     * (it may wait behind flow control, across a restart); once it starts they are in the
     * run's own outputs, completed in the same tick as `START`.
     */
    forRecord(status: string): RunReplay;
    /** `report` (a run report) with `replayOf` and its reused steps marked `reused` / `reusedFrom` (and no placeholder task). */
    static mark(report: Record<string, unknown>, replay: RunReplay | undefined): Record<string, unknown>;
}
