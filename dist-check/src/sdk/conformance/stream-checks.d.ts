import type { ExecuteStreamResponse__Output } from '../../gen/troupe/v1/ExecuteStreamResponse.js';
import { type CheckContext, type CheckResult } from './types.js';
/**
 * What is wrong with a successful stream's messages, per the contract: chunk
 * sequences start at 0 and grow by 1, a chunk with data names its content type,
 * progress fractions are at most 1, and exactly one result comes, last. Empty when
 * nothing is wrong.
 */
export declare function streamProblems(messages: readonly ExecuteStreamResponse__Output[]): string[];
/**
 * One ExecuteStream per streaming capability, with its `--sample` input or `{}`:
 * the stream must end OK with well-formed messages ({@link streamProblems}). Without
 * a sample, INVALID_ARGUMENT means "not exercised" (skip, with a hint).
 * @internal
 */
export declare function streamChecks(ctx: CheckContext): Promise<CheckResult[]>;
