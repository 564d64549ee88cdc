/** One security-relevant fact: who did what to which target, and how it ended. */
export interface AuditEvent {
    /** ISO-8601 time of the decision. */
    at: string;
    /** Who: the token subject, the static token's name, an mTLS identity, or "anonymous" when auth is off. */
    actor: string;
    /** What, e.g. `StartRun`, `CancelRun`, `SignalRun`, `RegisterWorkflow`, `SetAgentMode`, `authenticate`, `AgentAdmission`. */
    action: string;
    /** On what: a run id, workflow name or agent instance id. */
    target?: string;
    /** How it ended. `admitted`/`refused` are agent admission decisions. */
    outcome: 'ok' | 'error' | 'denied' | 'unauthenticated' | 'admitted' | 'refused';
    /** Why, for anything but `ok` (never a credential). */
    reason?: string;
    /** The trace of the call that made the decision. */
    traceId?: string;
}
/** What an audit event is given as: `at` defaults to now. */
export type AuditInput = Omit<AuditEvent, 'at'> & {
    at?: string;
};
/** Where audit events go. `append` never blocks and never throws. */
export interface AuditSink {
    append(e: AuditInput): void;
}
/** Which events {@link AuditLog.list} returns. */
export interface AuditFilter {
    /** Only events at or after this time (epoch ms). @default all retained */
    sinceMs?: number;
    /** Only this actor. */
    actor?: string;
    /** Only this action. */
    action?: string;
    /** At most this many, the newest. @default 1000 */
    limit?: number;
}
/** A sink that can also be read back and closed (flushing what it holds). */
export interface AuditLog extends AuditSink {
    list(filter?: AuditFilter): Promise<AuditEvent[]>;
    close(): Promise<void>;
}
/** Fills in `at`. */
export declare function stamp(e: AuditInput): AuditEvent;
/** True when `e` passes `filter`. */
export declare function matches(e: AuditEvent, filter: AuditFilter): boolean;
/** The newest `limit` of `events` (oldest first). */
export declare function newest(events: AuditEvent[], limit?: number): AuditEvent[];
/**
 * A non-durable audit log: the last `capacity` events in memory (for tests and
 * `durable: false` orchestrators).
 */
export declare class InMemoryAuditLog implements AuditLog {
    #private;
    private readonly capacity;
    constructor(capacity?: number);
    append(e: AuditInput): void;
    list(filter?: AuditFilter): Promise<AuditEvent[]>;
    close(): Promise<void>;
}
/** Sends every event to each of `sinks` (e.g. the durable log and a test's in-memory one). */
export declare function teeAudit(...sinks: AuditSink[]): AuditSink;
