/**
 * One automatic or operator decision on a rollout.
 */
export interface RolloutDecision {
    /**
     * When, RFC 3339 in UTC.
     */
    'at'?: (string);
    /**
     * "set", "promoted", "aborted" or "rolled_back".
     */
    'decision'?: (string);
    /**
     * Why, e.g. "canary 2.1.0 success 60% < stable 98% - 10% over 20 tasks".
     */
    'reason'?: (string);
    /**
     * Who: "operator:<subject>" or "auto-rollback:<orchestrator instance>".
     */
    'actor'?: (string);
}
/**
 * One automatic or operator decision on a rollout.
 */
export interface RolloutDecision__Output {
    /**
     * When, RFC 3339 in UTC.
     */
    'at': (string);
    /**
     * "set", "promoted", "aborted" or "rolled_back".
     */
    'decision': (string);
    /**
     * Why, e.g. "canary 2.1.0 success 60% < stable 98% - 10% over 20 tasks".
     */
    'reason': (string);
    /**
     * Who: "operator:<subject>" or "auto-rollback:<orchestrator instance>".
     */
    'actor': (string);
}
