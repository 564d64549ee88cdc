import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
/**
 * Response of OrchestratorService.ListRuns.
 */
export interface ListRunsResponse {
    /**
     * Run summaries as JSON, newest first.
     */
    'runs'?: (_google_protobuf_Struct)[];
    /**
     * Pass as page_token for the next page; empty on the last page.
     */
    'nextPageToken'?: (string);
}
/**
 * Response of OrchestratorService.ListRuns.
 */
export interface ListRunsResponse__Output {
    /**
     * Run summaries as JSON, newest first.
     */
    'runs': (_google_protobuf_Struct__Output)[];
    /**
     * Pass as page_token for the next page; empty on the last page.
     */
    'nextPageToken': (string);
}
