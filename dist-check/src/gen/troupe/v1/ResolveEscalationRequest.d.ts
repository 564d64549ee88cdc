/**
 * Request of OrchestratorService.ResolveEscalation.
 */
export interface ResolveEscalationRequest {
    /**
     * The escalation id (esc-<task id>).
     */
    'id'?: (string);
    /**
     * An optional note kept in its history (at most 1000 characters).
     */
    'note'?: (string);
}
/**
 * Request of OrchestratorService.ResolveEscalation.
 */
export interface ResolveEscalationRequest__Output {
    /**
     * The escalation id (esc-<task id>).
     */
    'id': (string);
    /**
     * An optional note kept in its history (at most 1000 characters).
     */
    'note': (string);
}
