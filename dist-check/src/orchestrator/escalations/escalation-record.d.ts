/** Where an escalation stands: raised, seen by a person, dealt with. */
export type EscalationState = 'open' | 'acknowledged' | 'resolved';
/** One change of an escalation's state, with who made it and why. */
export interface EscalationChange {
    readonly state: EscalationState;
    readonly at: number;
    /** `orchestrator` when raised; the caller's subject for ack and resolve. */
    readonly by: string;
    readonly note?: string;
}
/**
 * A dead letter of a run whose workflow says `on_dead_letter: escalate`, as kept in
 * `troupe_escalations` (one key per id) and POSTed, signed, to the escalation receiver
 * at each change of state. Times are ms since the epoch.
 */
export interface EscalationRecord {
    /** `esc-<task id>`: one escalation per dead-lettered task, however often it is raised. */
    readonly id: string;
    readonly state: EscalationState;
    readonly runId: string;
    readonly workflow: string;
    readonly stepId: string;
    readonly capability: string;
    /** The dead letter's task id (`troupe dlq`). */
    readonly taskId: string;
    readonly reason: string;
    readonly traceId?: string;
    readonly createdAt: number;
    readonly updatedAt: number;
    /** Every state change, oldest first. */
    readonly history: readonly EscalationChange[];
}
/** States an escalation may move to from each state. */
export declare const NEXT_STATES: Readonly<Record<EscalationState, readonly EscalationState[]>>;
/** The escalation id of a dead-lettered task. */
export declare function escalationId(taskId: string): string;
