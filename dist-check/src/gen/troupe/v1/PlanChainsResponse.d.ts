import type { PlannedChain as _troupe_v1_PlannedChain, PlannedChain__Output as _troupe_v1_PlannedChain__Output } from '../../troupe/v1/PlannedChain.js';
/**
 * Response of OrchestratorService.PlanChains.
 */
export interface PlanChainsResponse {
    /**
     * Chains, shortest first; chains of one length by success, then latency. Empty when none connects.
     */
    'chains'?: (_troupe_v1_PlannedChain)[];
}
/**
 * Response of OrchestratorService.PlanChains.
 */
export interface PlanChainsResponse__Output {
    /**
     * Chains, shortest first; chains of one length by success, then latency. Empty when none connects.
     */
    'chains': (_troupe_v1_PlannedChain__Output)[];
}
