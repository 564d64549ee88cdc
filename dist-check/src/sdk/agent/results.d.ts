import type { TaskResult } from '../../gen/troupe/v1/TaskResult.js';
/** Turns what a handler returned into the wire TaskResult. @internal */
export declare function toWireResult(value: unknown): TaskResult;
/**
 * The error to report for a failed handler: when the task's signal was aborted
 * (cancel, deadline, shutdown) its reason wins over whatever the handler threw.
 * @internal
 */
export declare function failureOf(err: unknown, signal: AbortSignal): unknown;
