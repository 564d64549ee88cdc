import type { EventObject } from 'xstate';
/** The part of an XState actor `sendChecked` needs. */
export interface CheckedActor<TEvent extends EventObject> {
    getSnapshot(): {
        can(event: TEvent): boolean;
        readonly value: unknown;
    };
    send(event: TEvent): void;
}
/** The part of a pino logger `sendChecked` needs. */
export interface WarnLogger {
    warn(obj: Record<string, unknown>, msg: string): void;
}
/** Who the actor is, for the log line and the metric. */
export interface CheckedSendContext {
    /** Machine name, e.g. `agent-lifecycle`; a metric attribute, so keep it low-cardinality. */
    readonly machine: string;
    /** The actor's identity, e.g. the agent instance id or run id; logged, never a metric attribute. */
    readonly id: string;
    readonly logger: WarnLogger;
}
/** Name of the counter of refused events. */
export declare const ILLEGAL_TRANSITIONS_METRIC: "troupe_machine_illegal_transitions_total";
/** Constant log message of a refused event. */
export declare const ILLEGAL_TRANSITION_MESSAGE = "illegal transition refused";
/**
 * Sends `event` to `actor` if its current state accepts it (`snapshot.can`,
 * guards included; in a parallel machine, any region accepting it is enough).
 * Otherwise does not send, logs `illegal transition refused` at warn with
 * `{ machine, id, state, event }`, increments `troupe_machine_illegal_transitions_total`
 * (`machine`, `event`) and returns false.
 *
 * @returns true when the event was sent.
 * @example
 * ```ts
 * const ok = sendChecked(actor, { type: 'RESUME' }, { machine: 'agent-lifecycle', id: instanceId, logger });
 * if (!ok) throw new FailedPreconditionError('agent is not in maintenance');
 * ```
 */
export declare function sendChecked<TEvent extends EventObject>(actor: CheckedActor<TEvent>, event: NoInfer<TEvent>, context: CheckedSendContext): boolean;
