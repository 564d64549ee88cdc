import type { Context } from '@opentelemetry/api';
import { type Principal } from '../../sdk/security/scopes.js';
import type { DeadLetterRecord } from '../scheduler/index.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
/** What a replay from the failed step needs of the API. */
export interface FromStepDeps {
    readonly engine: RunEngine;
    /** Runs a store write the way the API does (UNAVAILABLE at once while NATS is down). */
    readonly write: <T>(fn: () => Promise<T>) => Promise<T>;
}
/** The new run, and which of the original run's steps it reused. */
export interface FromStepResult {
    readonly runId: string;
    readonly reused: readonly string[];
    readonly replayOf: {
        readonly runId: string;
        readonly stepId: string;
    };
}
/**
 * ReplayDeadLetter mode `from_step`: a new run of the dead letter's run's workflow, at the
 * version that run followed, with its input; the original run's steps that succeeded and do
 * not depend on the failed step complete at once with their outputs (run-reuse.ts), the
 * failed step and everything downstream of it run again. FAILED_PRECONDITION when the record
 * belongs to no run, the run is no longer kept, or its workflow version is gone.
 */
export declare function replayFromStep(record: DeadLetterRecord, call: {
    principal: Principal;
    traceContext: Context;
}, deps: FromStepDeps): Promise<FromStepResult>;
