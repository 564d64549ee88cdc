/**
 * Types and vocabularies of the task machine (`task.machine.ts`, which
 * re-exports everything here). Times are ms on the actor's clock.
 */
/** gRPC status `CANCELLED`, recorded on an attempt ended by `CANCEL`. */
export const GRPC_CANCELLED = 1;
/** gRPC status `DEADLINE_EXCEEDED`, recorded on an attempt ended by `TIMEOUT`. */
export const GRPC_DEADLINE_EXCEEDED = 4;
/** Every event type the machine accepts somewhere. */
export const TASK_EVENTS = [
    'DISPATCH', 'STARTED', 'REASSIGN', 'SUCCEEDED', 'FAILED', 'TIMEOUT', 'RETRY_DUE', 'CANCEL',
];
/** States of `taskMachine`; `timed_out` is transient (it resolves at once), `completed` and `failed` are final. */
export const TASK_STATES = [
    'pending', 'dispatched', 'in_progress', 'retry_wait', 'timed_out', 'completed', 'failed',
];
//# sourceMappingURL=task.types.js.map