import { type CheckContext, type CheckResult } from './types.js';
/**
 * Server reflection (optional; grpcurl needs it): lists services including
 * troupe.v1.AgentService and returns the file that defines it. Tries v1, then v1alpha;
 * skipped when the agent serves neither.
 * @internal
 */
export declare function reflectionChecks(ctx: CheckContext): Promise<CheckResult[]>;
