import type { Rollout as _troupe_v1_Rollout, Rollout__Output as _troupe_v1_Rollout__Output } from '../../troupe/v1/Rollout.js';
/**
 * Response of OrchestratorService.PromoteRollout.
 */
export interface PromoteRolloutResponse {
    /**
     * The rollout after the change (state "promoted", weight 100).
     */
    'rollout'?: (_troupe_v1_Rollout | null);
}
/**
 * Response of OrchestratorService.PromoteRollout.
 */
export interface PromoteRolloutResponse__Output {
    /**
     * The rollout after the change (state "promoted", weight 100).
     */
    'rollout': (_troupe_v1_Rollout__Output | null);
}
