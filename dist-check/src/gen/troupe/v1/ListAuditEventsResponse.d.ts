import type { AuditEvent as _troupe_v1_AuditEvent, AuditEvent__Output as _troupe_v1_AuditEvent__Output } from '../../troupe/v1/AuditEvent.js';
/**
 * Response of OrchestratorService.ListAuditEvents.
 */
export interface ListAuditEventsResponse {
    /**
     * The matching events, oldest first.
     */
    'events'?: (_troupe_v1_AuditEvent)[];
}
/**
 * Response of OrchestratorService.ListAuditEvents.
 */
export interface ListAuditEventsResponse__Output {
    /**
     * The matching events, oldest first.
     */
    'events': (_troupe_v1_AuditEvent__Output)[];
}
