import { type CheckContext, type CheckResult } from './types.js';
/**
 * Cancellation: a streaming call (one the stream checks exercised) is cancelled
 * after its first message and must end with CANCELLED within `cancelWithinMs`,
 * after which the agent still answers. Skipped without an exercised stream, or when
 * the stream had already finished.
 *
 * A client only sees its own side: whether the agent's handler stopped working is
 * not observable over gRPC, so agents should also test that themselves.
 * @internal
 */
export declare function cancellationCheck(ctx: CheckContext): Promise<CheckResult>;
/**
 * Deadlines: a call with a 1 ms deadline ends with DEADLINE_EXCEEDED (or, if the
 * agent was that fast, with the answer it gave the same input without one: OK, or
 * INVALID_ARGUMENT for an input it rejects) and never hangs; the agent then still answers.
 * @internal
 */
export declare function deadlineCheck(ctx: CheckContext): Promise<CheckResult>;
