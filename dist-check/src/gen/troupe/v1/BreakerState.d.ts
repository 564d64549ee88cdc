/**
 * State of a circuit breaker guarding an agent instance.
 */
export declare const BreakerState: {
    /**
     * Not set.
     */
    readonly BREAKER_STATE_UNSPECIFIED: "BREAKER_STATE_UNSPECIFIED";
    /**
     * Calls flow.
     */
    readonly BREAKER_STATE_CLOSED: "BREAKER_STATE_CLOSED";
    /**
     * Calls are refused after repeated failures.
     */
    readonly BREAKER_STATE_OPEN: "BREAKER_STATE_OPEN";
    /**
     * One trial call is allowed.
     */
    readonly BREAKER_STATE_HALF_OPEN: "BREAKER_STATE_HALF_OPEN";
};
/**
 * State of a circuit breaker guarding an agent instance.
 */
export type BreakerState = 
/**
 * Not set.
 */
'BREAKER_STATE_UNSPECIFIED' | 0
/**
 * Calls flow.
 */
 | 'BREAKER_STATE_CLOSED' | 1
/**
 * Calls are refused after repeated failures.
 */
 | 'BREAKER_STATE_OPEN' | 2
/**
 * One trial call is allowed.
 */
 | 'BREAKER_STATE_HALF_OPEN' | 3;
/**
 * State of a circuit breaker guarding an agent instance.
 */
export type BreakerState__Output = typeof BreakerState[keyof typeof BreakerState];
