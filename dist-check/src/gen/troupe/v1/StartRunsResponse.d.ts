import type { StartRunsResult as _troupe_v1_StartRunsResult, StartRunsResult__Output as _troupe_v1_StartRunsResult__Output } from '../../troupe/v1/StartRunsResult.js';
/**
 * Response of OrchestratorService.StartRuns.
 */
export interface StartRunsResponse {
    /**
     * One result per request item, in the same order.
     */
    'results'?: (_troupe_v1_StartRunsResult)[];
}
/**
 * Response of OrchestratorService.StartRuns.
 */
export interface StartRunsResponse__Output {
    /**
     * One result per request item, in the same order.
     */
    'results': (_troupe_v1_StartRunsResult__Output)[];
}
