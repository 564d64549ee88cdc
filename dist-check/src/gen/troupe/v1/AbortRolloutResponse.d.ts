import type { Rollout as _troupe_v1_Rollout, Rollout__Output as _troupe_v1_Rollout__Output } from '../../troupe/v1/Rollout.js';
/**
 * Response of OrchestratorService.AbortRollout.
 */
export interface AbortRolloutResponse {
    /**
     * The rollout after the change (state "aborted", weight 0).
     */
    'rollout'?: (_troupe_v1_Rollout | null);
}
/**
 * Response of OrchestratorService.AbortRollout.
 */
export interface AbortRolloutResponse__Output {
    /**
     * The rollout after the change (state "aborted", weight 0).
     */
    'rollout': (_troupe_v1_Rollout__Output | null);
}
