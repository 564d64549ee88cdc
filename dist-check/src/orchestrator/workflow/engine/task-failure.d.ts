import { type TroupeError } from '../../../sdk/errors.js';
/**
 * Whether a failed attempt goes through the step's retry policy. Transient failures
 * do: the error says so itself (`retryable`, e.g. "no instance of that capability is
 * registered yet" after an orchestrator restart), its code is not a permanent one, or
 * it is a CANCELLED that neither the run nor this runner asked for (the agent or the
 * connection gave up on the task). A permanent failure (a wrong input, a step whose
 * stream setting does not match its capability) ends the task at once.
 */
export declare function isRetryableFailure(err: TroupeError, cancelledHere: boolean): boolean;
/**
 * The message recorded for a failed attempt: the agent's, plus what a workflow author
 * can change when the step and its capability disagree on streaming (the agent speaks
 * of RPCs — "call ExecuteStream" — which a definition does not name).
 */
export declare function failureMessage(err: TroupeError, step: {
    stepId: string;
    stream: boolean;
}): string;
