import { type NatsConnection } from 'nats';
import { Status } from '../../../sdk/errors.js';
import type { RunOwner } from '../../store/adopt.js';
import type { InstanceLease } from '../../store/leases.js';
import { type RunStore } from '../../store/run-record.js';
import type { SignalResult } from './run-executor.js';
import type { StepSignal } from './step-wait.js';
/** The subject an orchestrator instance answers SignalRun requests for its runs on. */
export declare function signalSubject(owner: string): string;
/** A SignalRun forwarded to the owner over NATS. */
export interface SignalRequest extends StepSignal {
    readonly runId: string;
    readonly stepId: string;
}
/** The owner's answer: the result, an error to pass on, or that it does not drive the run. */
export type SignalAnswer = {
    result: SignalResult;
} | {
    error: {
        code: Status;
        message: string;
    };
} | {
    notDriven: true;
};
/** Parses a forwarded SignalRun (another process's message: every field is checked). */
export declare function parseSignalRequest(data: unknown): SignalRequest | undefined;
/** Answers a forwarded SignalRun with what `here` did (a TroupeError is passed on with its code). */
export declare function answerSignal(request: SignalRequest | undefined, here: (request: SignalRequest) => SignalResult | undefined): SignalAnswer;
/** What {@link signalElsewhere} needs (the same as CancelRun of a run driven elsewhere). */
export interface SignalElsewhereDeps {
    readonly owner: string;
    readonly runs: RunStore;
    readonly lease: InstanceLease;
    readonly nc?: NatsConnection;
    /** How long the owner's answer is awaited. @default 5000 */
    readonly timeoutMs?: number;
    /** Signals a run driven here; `undefined` when it is not driven here. */
    signalHere(request: SignalRequest): SignalResult | undefined;
    /** Adopts a run from `from` and resumes it here; resolves true when it did. */
    adopt(runId: string, from: RunOwner): Promise<boolean>;
}
/**
 * SignalRun of a run not driven here, as CancelRun does it (see run-cancel.ts): a
 * finished run → FAILED_PRECONDITION; a run whose owner holds a live lease of the
 * record's epoch is signalled by that owner (a NATS request on its
 * {@link signalSubject}; its NOT_FOUND / FAILED_PRECONDITION come back as they are);
 * a run without a live owner is adopted here (it keeps waiting), then signalled here.
 * Resolves `undefined` if no such run is stored.
 */
export declare function signalElsewhere(request: SignalRequest, deps: SignalElsewhereDeps): Promise<SignalResult | undefined>;
