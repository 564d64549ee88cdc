import { type CheckContext, type CheckResult } from './types.js';
/** A capability name no agent offers. */
export declare const UNKNOWN_CAPABILITY = "troupe.conformance.no-such-capability";
/**
 * The contract's error codes: NOT_FOUND for an unknown capability (Execute and
 * ExecuteStream), INVALID_ARGUMENT for a request without a task, FAILED_PRECONDITION
 * for the wrong RPC shape (skipped when the agent has no capability of that shape).
 * @internal
 */
export declare function errorChecks(ctx: CheckContext): Promise<CheckResult[]>;
