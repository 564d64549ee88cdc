/**
 * The margins a canary must stay within, compared with the stable version over the
 * same window of tasks; a zero field takes its default.
 */
export interface RolloutPolicy {
    /**
     * Largest drop of the success rate (0..1) tolerated: the canary rolls back when its rate is
     * below the stable's minus this. Default 0.1 (10 points).
     */
    'maxSuccessDrop'?: (number | string);
    /**
     * Largest ratio of the canary's median latency to the stable's tolerated (> 1). Default 1.5.
     */
    'maxLatencyRatio'?: (number | string);
    /**
     * Finished tasks each side needs in its window before a decision is taken. Default 20.
     */
    'minSamples'?: (number);
    /**
     * Most recent tasks per side that are compared (>= min_samples). Default 100.
     */
    'window'?: (number);
}
/**
 * The margins a canary must stay within, compared with the stable version over the
 * same window of tasks; a zero field takes its default.
 */
export interface RolloutPolicy__Output {
    /**
     * Largest drop of the success rate (0..1) tolerated: the canary rolls back when its rate is
     * below the stable's minus this. Default 0.1 (10 points).
     */
    'maxSuccessDrop': (number);
    /**
     * Largest ratio of the canary's median latency to the stable's tolerated (> 1). Default 1.5.
     */
    'maxLatencyRatio': (number);
    /**
     * Finished tasks each side needs in its window before a decision is taken. Default 20.
     */
    'minSamples': (number);
    /**
     * Most recent tasks per side that are compared (>= min_samples). Default 100.
     */
    'window': (number);
}
