/**
 * What one orchestrator measured of one side of a rollout (its recent window).
 */
export interface RolloutSideStats {
    /**
     * Finished tasks in the window.
     */
    'samples'?: (number);
    /**
     * Share that succeeded, 0..1 (1 with no samples).
     */
    'successRate'?: (number | string);
    /**
     * Median latency of the successful ones in milliseconds; 0 with none.
     */
    'latencyP50Ms'?: (number | string);
}
/**
 * What one orchestrator measured of one side of a rollout (its recent window).
 */
export interface RolloutSideStats__Output {
    /**
     * Finished tasks in the window.
     */
    'samples': (number);
    /**
     * Share that succeeded, 0..1 (1 with no samples).
     */
    'successRate': (number);
    /**
     * Median latency of the successful ones in milliseconds; 0 with none.
     */
    'latencyP50Ms': (number);
}
