import { type CheckContext, type CheckResult } from './types.js';
/**
 * grpc.health.v1: Check("") answers SERVING (required); Check("troupe.v1.AgentService")
 * and Watch("") are optional (skipped when the agent lacks them).
 * @internal
 */
export declare function healthChecks(ctx: CheckContext): Promise<CheckResult[]>;
