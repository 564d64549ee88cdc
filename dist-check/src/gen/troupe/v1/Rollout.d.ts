import type { RolloutPolicy as _troupe_v1_RolloutPolicy, RolloutPolicy__Output as _troupe_v1_RolloutPolicy__Output } from '../../troupe/v1/RolloutPolicy.js';
import type { RolloutSideStats as _troupe_v1_RolloutSideStats, RolloutSideStats__Output as _troupe_v1_RolloutSideStats__Output } from '../../troupe/v1/RolloutSideStats.js';
import type { RolloutDecision as _troupe_v1_RolloutDecision, RolloutDecision__Output as _troupe_v1_RolloutDecision__Output } from '../../troupe/v1/RolloutDecision.js';
/**
 * The canary rollout of one capability.
 */
export interface Rollout {
    /**
     * The capability, e.g. "tts.synthesize".
     */
    'capability'?: (string);
    /**
     * The canary: a version or range, e.g. "2.1.0".
     */
    'canary'?: (string);
    /**
     * The stable: a version or range; empty means every version the canary range does not match.
     */
    'stable'?: (string);
    /**
     * Percent (0..100) of the tasks that name no range sent to the canary.
     */
    'weight'?: (number);
    /**
     * "active", "promoted" (all traffic to the canary), "aborted" or "rolled_back" (none to it).
     */
    'state'?: (string);
    /**
     * Why it is in its state (the last decision's reason).
     */
    'reason'?: (string);
    /**
     * The rollback margins.
     */
    'policy'?: (_troupe_v1_RolloutPolicy | null);
    /**
     * This orchestrator's measurements of the canary since the rollout was last set.
     */
    'canaryStats'?: (_troupe_v1_RolloutSideStats | null);
    /**
     * This orchestrator's measurements of the stable since the rollout was last set.
     */
    'stableStats'?: (_troupe_v1_RolloutSideStats | null);
    /**
     * The decisions taken, oldest first (the last 20).
     */
    'decisions'?: (_troupe_v1_RolloutDecision)[];
    /**
     * When it was last changed, RFC 3339 in UTC.
     */
    'updatedAt'?: (string);
    /**
     * Who changed it last.
     */
    'updatedBy'?: (string);
}
/**
 * The canary rollout of one capability.
 */
export interface Rollout__Output {
    /**
     * The capability, e.g. "tts.synthesize".
     */
    'capability': (string);
    /**
     * The canary: a version or range, e.g. "2.1.0".
     */
    'canary': (string);
    /**
     * The stable: a version or range; empty means every version the canary range does not match.
     */
    'stable': (string);
    /**
     * Percent (0..100) of the tasks that name no range sent to the canary.
     */
    'weight': (number);
    /**
     * "active", "promoted" (all traffic to the canary), "aborted" or "rolled_back" (none to it).
     */
    'state': (string);
    /**
     * Why it is in its state (the last decision's reason).
     */
    'reason': (string);
    /**
     * The rollback margins.
     */
    'policy': (_troupe_v1_RolloutPolicy__Output | null);
    /**
     * This orchestrator's measurements of the canary since the rollout was last set.
     */
    'canaryStats': (_troupe_v1_RolloutSideStats__Output | null);
    /**
     * This orchestrator's measurements of the stable since the rollout was last set.
     */
    'stableStats': (_troupe_v1_RolloutSideStats__Output | null);
    /**
     * The decisions taken, oldest first (the last 20).
     */
    'decisions': (_troupe_v1_RolloutDecision__Output)[];
    /**
     * When it was last changed, RFC 3339 in UTC.
     */
    'updatedAt': (string);
    /**
     * Who changed it last.
     */
    'updatedBy': (string);
}
