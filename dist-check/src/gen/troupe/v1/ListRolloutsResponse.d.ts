import type { Rollout as _troupe_v1_Rollout, Rollout__Output as _troupe_v1_Rollout__Output } from '../../troupe/v1/Rollout.js';
/**
 * Response of OrchestratorService.ListRollouts.
 */
export interface ListRolloutsResponse {
    /**
     * Every rollout, by capability.
     */
    'rollouts'?: (_troupe_v1_Rollout)[];
}
/**
 * Response of OrchestratorService.ListRollouts.
 */
export interface ListRolloutsResponse__Output {
    /**
     * Every rollout, by capability.
     */
    'rollouts': (_troupe_v1_Rollout__Output)[];
}
