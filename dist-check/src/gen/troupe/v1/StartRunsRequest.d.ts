import type { StartRunRequest as _troupe_v1_StartRunRequest, StartRunRequest__Output as _troupe_v1_StartRunRequest__Output } from '../../troupe/v1/StartRunRequest.js';
/**
 * Request of OrchestratorService.StartRuns.
 */
export interface StartRunsRequest {
    /**
     * The runs to start, 1 to 1000; each is what StartRun takes (idempotency key, priority,
     * timeout and callback included). More than 1000 is refused as a whole (INVALID_ARGUMENT).
     */
    'requests'?: (_troupe_v1_StartRunRequest)[];
}
/**
 * Request of OrchestratorService.StartRuns.
 */
export interface StartRunsRequest__Output {
    /**
     * The runs to start, 1 to 1000; each is what StartRun takes (idempotency key, priority,
     * timeout and callback included). More than 1000 is refused as a whole (INVALID_ARGUMENT).
     */
    'requests': (_troupe_v1_StartRunRequest__Output)[];
}
