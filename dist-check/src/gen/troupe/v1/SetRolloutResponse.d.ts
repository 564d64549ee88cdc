import type { Rollout as _troupe_v1_Rollout, Rollout__Output as _troupe_v1_Rollout__Output } from '../../troupe/v1/Rollout.js';
/**
 * Response of OrchestratorService.SetRollout.
 */
export interface SetRolloutResponse {
    /**
     * The rollout as stored (state "active").
     */
    'rollout'?: (_troupe_v1_Rollout | null);
}
/**
 * Response of OrchestratorService.SetRollout.
 */
export interface SetRolloutResponse__Output {
    /**
     * The rollout as stored (state "active").
     */
    'rollout': (_troupe_v1_Rollout__Output | null);
}
