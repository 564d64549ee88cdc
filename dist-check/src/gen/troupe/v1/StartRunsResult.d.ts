import type { StartRunResponse as _troupe_v1_StartRunResponse, StartRunResponse__Output as _troupe_v1_StartRunResponse__Output } from '../../troupe/v1/StartRunResponse.js';
import type { StartRunError as _troupe_v1_StartRunError, StartRunError__Output as _troupe_v1_StartRunError__Output } from '../../troupe/v1/StartRunError.js';
/**
 * How one item of StartRuns ended.
 */
export interface StartRunsResult {
    /**
     * The run started (or, for a reused idempotency key, the run it names), as StartRun answers.
     */
    'run'?: (_troupe_v1_StartRunResponse | null);
    /**
     * Why the item did not start.
     */
    'error'?: (_troupe_v1_StartRunError | null);
    /**
     * The item's outcome.
     */
    'outcome'?: "run" | "error";
}
/**
 * How one item of StartRuns ended.
 */
export interface StartRunsResult__Output {
    /**
     * The run started (or, for a reused idempotency key, the run it names), as StartRun answers.
     */
    'run'?: (_troupe_v1_StartRunResponse__Output | null);
    /**
     * Why the item did not start.
     */
    'error'?: (_troupe_v1_StartRunError__Output | null);
    /**
     * The item's outcome.
     */
    'outcome'?: "run" | "error";
}
