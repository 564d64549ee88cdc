import { Status } from '../../../sdk/errors.js';
/** Codes after which another attempt cannot help: the request itself is wrong. */
const PERMANENT = new Set([Status.INVALID_ARGUMENT, Status.NOT_FOUND, Status.FAILED_PRECONDITION, Status.PERMISSION_DENIED, Status.UNAUTHENTICATED, Status.UNIMPLEMENTED]);
/**
 * Whether a failed attempt goes through the step's retry policy. Transient failures
 * do: the error says so itself (`retryable`, e.g. "no instance of that capability is
 * registered yet" after an orchestrator restart), its code is not a permanent one, or
 * it is a CANCELLED that neither the run nor this runner asked for (the agent or the
 * connection gave up on the task). A permanent failure (a wrong input, a step whose
 * stream setting does not match its capability) ends the task at once.
 */
export function isRetryableFailure(err, cancelledHere) {
    if (err.code === Status.CANCELLED)
        return !cancelledHere;
    return err.retryable || !PERMANENT.has(err.code);
}
/**
 * The message recorded for a failed attempt: the agent's, plus what a workflow author
 * can change when the step and its capability disagree on streaming (the agent speaks
 * of RPCs — "call ExecuteStream" — which a definition does not name).
 */
export function failureMessage(err, step) {
    if (err.code !== Status.FAILED_PRECONDITION)
        return err.message;
    const fix = step.stream ? 'if the capability answers once, remove stream: true' : 'if the capability streams its output, set stream: true';
    return `${err.message} (step "${step.stepId}" has stream: ${step.stream}; ${fix})`;
}
//# sourceMappingURL=task-failure.js.map