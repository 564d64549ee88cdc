/**
 * One step of a planned chain.
 */
export interface PlannedStep {
    /**
     * The capability.
     */
    'capability'?: (string);
    /**
     * Its declared input type the previous step's output (or from_type) matched.
     */
    'inputType'?: (string);
    /**
     * Its declared output type the chain follows.
     */
    'outputType'?: (string);
    /**
     * Routable instances offering it now.
     */
    'instances'?: (number);
    /**
     * Mean latency EWMA of those instances, in milliseconds (0 until measured).
     */
    'latencyMs'?: (number | string);
    /**
     * Mean success rate of those instances, in [0, 1].
     */
    'successRate'?: (number | string);
    /**
     * True for a streaming capability (it ends a chain).
     */
    'streaming'?: (boolean);
}
/**
 * One step of a planned chain.
 */
export interface PlannedStep__Output {
    /**
     * The capability.
     */
    'capability': (string);
    /**
     * Its declared input type the previous step's output (or from_type) matched.
     */
    'inputType': (string);
    /**
     * Its declared output type the chain follows.
     */
    'outputType': (string);
    /**
     * Routable instances offering it now.
     */
    'instances': (number);
    /**
     * Mean latency EWMA of those instances, in milliseconds (0 until measured).
     */
    'latencyMs': (number);
    /**
     * Mean success rate of those instances, in [0, 1].
     */
    'successRate': (number);
    /**
     * True for a streaming capability (it ends a chain).
     */
    'streaming': (boolean);
}
