import type { Rollout as _troupe_v1_Rollout, Rollout__Output as _troupe_v1_Rollout__Output } from '../../troupe/v1/Rollout.js';
/**
 * Response of OrchestratorService.GetRollout.
 */
export interface GetRolloutResponse {
    /**
     * The rollout; NOT_FOUND when the capability has none.
     */
    'rollout'?: (_troupe_v1_Rollout | null);
}
/**
 * Response of OrchestratorService.GetRollout.
 */
export interface GetRolloutResponse__Output {
    /**
     * The rollout; NOT_FOUND when the capability has none.
     */
    'rollout': (_troupe_v1_Rollout__Output | null);
}
