/**
 * One audit event: who did what to which target, when, and how it ended.
 */
export interface AuditEvent {
    /**
     * When, as an RFC 3339 timestamp in UTC.
     */
    'at'?: (string);
    /**
     * Who: the token subject, static token name, mTLS identity, or "anonymous" when API auth is off.
     */
    'actor'?: (string);
    /**
     * What: an RPC name such as "StartRun", an HTTP route such as "POST /api/runs", or "AgentAdmission".
     */
    'action'?: (string);
    /**
     * On what: a run id, "workflow/run id", a workflow name or an agent instance id; empty when none.
     */
    'target'?: (string);
    /**
     * How it ended: "ok", "error", "denied", "unauthenticated", "admitted" or "refused".
     */
    'outcome'?: (string);
    /**
     * Why, for any outcome but "ok"; never contains a credential.
     */
    'reason'?: (string);
    /**
     * The W3C trace id of the call that made the decision; empty when unknown.
     */
    'traceId'?: (string);
}
/**
 * One audit event: who did what to which target, when, and how it ended.
 */
export interface AuditEvent__Output {
    /**
     * When, as an RFC 3339 timestamp in UTC.
     */
    'at': (string);
    /**
     * Who: the token subject, static token name, mTLS identity, or "anonymous" when API auth is off.
     */
    'actor': (string);
    /**
     * What: an RPC name such as "StartRun", an HTTP route such as "POST /api/runs", or "AgentAdmission".
     */
    'action': (string);
    /**
     * On what: a run id, "workflow/run id", a workflow name or an agent instance id; empty when none.
     */
    'target': (string);
    /**
     * How it ended: "ok", "error", "denied", "unauthenticated", "admitted" or "refused".
     */
    'outcome': (string);
    /**
     * Why, for any outcome but "ok"; never contains a credential.
     */
    'reason': (string);
    /**
     * The W3C trace id of the call that made the decision; empty when unknown.
     */
    'traceId': (string);
}
