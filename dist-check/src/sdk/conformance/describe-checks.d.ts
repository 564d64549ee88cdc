import { type CheckContext, type CheckResult } from './types.js';
/**
 * `Describe` and the descriptor it returns: name, semver version, an instance id
 * usable as a NATS subject token, at least one capability with a valid, unique
 * name, and max_concurrency. Stores the descriptor in `ctx` for later groups.
 * @internal
 */
export declare function describeChecks(ctx: CheckContext): Promise<CheckResult[]>;
