import { type CheckContext, type CheckResult } from './types.js';
/**
 * The resume contract (docs/streams.md), for each streaming capability that declares
 * it, with its `--sample` input or `{}`: a `deterministic` one streams the same chunks
 * twice; a `resumable` one, asked to start at the middle chunk, sends exactly the rest
 * of the uninterrupted stream, with its sequence numbers. Skipped when the input is
 * refused or the stream has fewer than two chunks.
 * @internal
 */
export declare function resumeChecks(ctx: CheckContext): Promise<CheckResult[]>;
