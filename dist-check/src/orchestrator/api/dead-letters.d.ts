import type * as grpc from '@grpc/grpc-js';
import type { Context } from '@opentelemetry/api';
import { type Json } from '../../sdk/grpc/struct.js';
import { type Principal } from '../../sdk/security/scopes.js';
import type { DeadLetterRecord, DeadLetterStore } from '../scheduler/index.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { type ApiDeps } from './deps.js';
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
    readonly replayOf?: {
        readonly runId: string;
        readonly stepId: string;
    };
}
/** How one operation runs: the caller, its trace, and (replay) its cancellation. */
export interface DeadLetterCall {
    readonly principal: Principal;
    readonly traceContext: Context;
    readonly signal?: AbortSignal;
}
/**
 * Dead letters as the API offers them (ListDeadLetters, ReplayDeadLetter, DiscardDeadLetter and
 * their HTTP routes share this): a workflow-limited caller sees and acts on the records of its
 * workflows' runs only.
 */
export declare class DeadLetterOps {
    #private;
    private readonly deps;
    private readonly engine;
    private readonly store;
    constructor(deps: ApiDeps, engine: RunEngine, store: DeadLetterStore | undefined);
    /** Records, newest first; a workflow-limited caller gets those of its workflows' runs only. */
    list(principal: Principal, filter: {
        runId?: string;
        limit: number;
    }): Promise<Json[]>;
    /**
     * Re-drives a dead letter. `step`: its task again, alone (the run it belonged to stays as it
     * ended); `run`: a new run of its run's workflow with that run's input; `from_step`: such a run
     * of the same workflow version in which the steps that succeeded before the failed one keep
     * their outputs and do not run again (replay-from-step.ts). A replay that succeeds
     * removes the record; one that fails leaves it (the failure is the answer).
     */
    replay(id: string, mode: ReplayMode, call: DeadLetterCall): Promise<ReplayResult>;
    /** Forgets a dead letter (its task is given up for good); returns the record as it was. */
    discard(id: string, call: DeadLetterCall): Promise<DeadLetterRecord>;
}
/** The dead-letter methods of OrchestratorService. */
export declare function deadLetterHandlers(deps: ApiDeps, ops: DeadLetterOps): grpc.UntypedServiceImplementation;
