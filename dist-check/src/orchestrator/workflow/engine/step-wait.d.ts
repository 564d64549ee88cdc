import type { Json } from '../../../sdk/grpc/struct.js';
import { type CompiledWait } from '../definition/index.js';
import type { StepResult, StepRun } from './step-runner.js';
/** A SignalRun as it reaches the waiting step. */
export interface StepSignal {
    /** False rejects the step. */
    readonly approved: boolean;
    /** The step's output when approved; the reason when rejected. */
    readonly payload: Json;
    /** Who signalled (the API principal's subject), for the event log and the report. */
    readonly actor: string;
}
/** Where a waiting step registers to receive its signal (the run executor keeps one per run). */
export interface SignalInbox {
    /** Registers the waiting step's `deliver`; returns the function that unregisters it. */
    listen(stepId: string, deliver: (signal: StepSignal) => void): () => void;
}
/** Reject and timeout: the step fails (then its on_failure applies), or is skipped. */
export interface WaitEnds {
    fail(error: string, recoverable?: boolean): StepResult;
    skip(reason: string): StepResult;
}
/**
 * A `wait_for_signal` step: it runs no task. It goes `waiting` (`STEP_WAITING`, with
 * its absolute timeout so a restored run keeps it), then costs one timer at most
 * until SignalRun approves it (it succeeds with the payload as its output), rejects it
 * (it fails; its `on_failure` applies), or its timeout applies `on_timeout`. A step
 * resumed after a restart or an adoption keeps waiting from its persisted state.
 * The wait is one `troupe.step.wait` span, child of the run's.
 */
export declare function waitForSignal(run: StepRun, wait: CompiledWait, inbox: SignalInbox, ends: WaitEnds, resumedUntil?: number): Promise<StepResult>;
