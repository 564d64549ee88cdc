import { type CheckContext, type CheckResult } from './types.js';
/**
 * One Execute per unary capability, with its `--sample` input or `{}`. Without a
 * sample both OK (with a result) and INVALID_ARGUMENT are conformant; with a sample
 * the call must succeed. Anything else fails.
 * @internal
 */
export declare function unaryChecks(ctx: CheckContext): Promise<CheckResult[]>;
