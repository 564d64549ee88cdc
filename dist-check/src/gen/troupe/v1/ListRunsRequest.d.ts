import type { Long } from '@grpc/proto-loader';
/**
 * Request of OrchestratorService.ListRuns.
 */
export interface ListRunsRequest {
    /**
     * Only runs of this workflow; empty for all.
     */
    'workflow'?: (string);
    /**
     * Only runs in this status; empty for all.
     */
    'status'?: (string);
    /**
     * Most runs to return (a page); 0 means 100, at most 1000.
     */
    'limit'?: (number);
    /**
     * Only runs created at or after this time (ms since the epoch); 0 for no bound.
     */
    'createdAfterMs'?: (number | string | Long);
    /**
     * Only runs created before this time (ms since the epoch); 0 for no bound.
     */
    'createdBeforeMs'?: (number | string | Long);
    /**
     * The next_page_token of the previous page (with the same filters); empty for the first page.
     */
    'pageToken'?: (string);
}
/**
 * Request of OrchestratorService.ListRuns.
 */
export interface ListRunsRequest__Output {
    /**
     * Only runs of this workflow; empty for all.
     */
    'workflow': (string);
    /**
     * Only runs in this status; empty for all.
     */
    'status': (string);
    /**
     * Most runs to return (a page); 0 means 100, at most 1000.
     */
    'limit': (number);
    /**
     * Only runs created at or after this time (ms since the epoch); 0 for no bound.
     */
    'createdAfterMs': (string);
    /**
     * Only runs created before this time (ms since the epoch); 0 for no bound.
     */
    'createdBeforeMs': (string);
    /**
     * The next_page_token of the previous page (with the same filters); empty for the first page.
     */
    'pageToken': (string);
}
