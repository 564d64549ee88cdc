import type { Long } from '@grpc/proto-loader';
/**
 * Request of OrchestratorService.ListAuditEvents. Filters combine with AND.
 */
export interface ListAuditEventsRequest {
    /**
     * Only events at or after this time, in milliseconds since the Unix epoch; 0 for all retained.
     */
    'sinceUnixMs'?: (number | string | Long);
    /**
     * Only events of this actor (token subject or static token name); empty for all.
     */
    'actor'?: (string);
    /**
     * Only events of this action, e.g. "CancelRun" or "StartRun"; empty for all.
     */
    'action'?: (string);
    /**
     * Most events to return, the newest; 0 means 1000.
     */
    'limit'?: (number);
}
/**
 * Request of OrchestratorService.ListAuditEvents. Filters combine with AND.
 */
export interface ListAuditEventsRequest__Output {
    /**
     * Only events at or after this time, in milliseconds since the Unix epoch; 0 for all retained.
     */
    'sinceUnixMs': (string);
    /**
     * Only events of this actor (token subject or static token name); empty for all.
     */
    'actor': (string);
    /**
     * Only events of this action, e.g. "CancelRun" or "StartRun"; empty for all.
     */
    'action': (string);
    /**
     * Most events to return, the newest; 0 means 1000.
     */
    'limit': (number);
}
