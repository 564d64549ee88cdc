import type { RolloutPolicy as _troupe_v1_RolloutPolicy, RolloutPolicy__Output as _troupe_v1_RolloutPolicy__Output } from '../../troupe/v1/RolloutPolicy.js';
/**
 * Request of OrchestratorService.SetRollout.
 */
export interface SetRolloutRequest {
    /**
     * The capability, e.g. "tts.synthesize" (no range).
     */
    'capability'?: (string);
    /**
     * The canary version or range, e.g. "2.1.0"; must be a valid semver range.
     */
    'canary'?: (string);
    /**
     * The stable version or range; empty means every version the canary does not match.
     */
    'stable'?: (string);
    /**
     * Percent of the tasks naming no range sent to the canary, 0..100.
     */
    'weight'?: (number);
    /**
     * The rollback margins; unset or zero fields take their defaults.
     */
    'policy'?: (_troupe_v1_RolloutPolicy | null);
}
/**
 * Request of OrchestratorService.SetRollout.
 */
export interface SetRolloutRequest__Output {
    /**
     * The capability, e.g. "tts.synthesize" (no range).
     */
    'capability': (string);
    /**
     * The canary version or range, e.g. "2.1.0"; must be a valid semver range.
     */
    'canary': (string);
    /**
     * The stable version or range; empty means every version the canary does not match.
     */
    'stable': (string);
    /**
     * Percent of the tasks naming no range sent to the canary, 0..100.
     */
    'weight': (number);
    /**
     * The rollback margins; unset or zero fields take their defaults.
     */
    'policy': (_troupe_v1_RolloutPolicy__Output | null);
}
