// Original file: /work/main/proto/troupe/v1/orchestrator.proto
/**
 * State of a circuit breaker guarding an agent instance.
 */
export const BreakerState = {
    /**
     * Not set.
     */
    BREAKER_STATE_UNSPECIFIED: 'BREAKER_STATE_UNSPECIFIED',
    /**
     * Calls flow.
     */
    BREAKER_STATE_CLOSED: 'BREAKER_STATE_CLOSED',
    /**
     * Calls are refused after repeated failures.
     */
    BREAKER_STATE_OPEN: 'BREAKER_STATE_OPEN',
    /**
     * One trial call is allowed.
     */
    BREAKER_STATE_HALF_OPEN: 'BREAKER_STATE_HALF_OPEN',
};
//# sourceMappingURL=BreakerState.js.map