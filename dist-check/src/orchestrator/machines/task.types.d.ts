/**
 * Types and vocabularies of the task machine (`task.machine.ts`, which
 * re-exports everything here). Times are ms on the actor's clock.
 */
/** gRPC status `CANCELLED`, recorded on an attempt ended by `CANCEL`. */
export declare const GRPC_CANCELLED = 1;
/** gRPC status `DEADLINE_EXCEEDED`, recorded on an attempt ended by `TIMEOUT`. */
export declare const GRPC_DEADLINE_EXCEEDED = 4;
/** Input of `taskMachine`: one step invocation or one `for_each` item, with its retry policy. */
export interface TaskInput {
    readonly taskId: string;
    readonly runId?: string;
    readonly stepId?: string;
    /** The capability to invoke (never an agent instance). */
    readonly capability: string;
    /** Attempts per capability, the first included; at least 1. The fallback gets as many again. */
    readonly maxAttempts: number;
    /** Backoff cap before jitter for the first retry. */
    readonly initialBackoffMs: number;
    /** Most backoff before jitter; at most `MAX_TIMER_MS`. */
    readonly maxBackoffMs: number;
    /** Growth of the backoff cap per attempt; at least 1. */
    readonly multiplier: number;
    /** Budget of one attempt, from `DISPATCH` to the result; at most `MAX_TIMER_MS`. */
    readonly timeoutMs: number;
    /** Capability to switch to once when the first one cannot succeed (e.g. a simpler voice). */
    readonly fallbackCapability?: string;
}
/** How an attempt ended. */
export type TaskAttemptOutcome = 'succeeded' | 'failed' | 'timed_out' | 'cancelled';
/** One attempt: the agent instance chosen, timings and how it ended. */
export interface TaskAttempt {
    /** 1-based and unique across the task, fallback included: with `runId/stepId` the idempotency key. */
    readonly attempt: number;
    readonly instanceId: string;
    readonly capability: string;
    /** `at` of `DISPATCH`. */
    readonly startedAt: number;
    /** `at` of `STARTED` (first response or chunk), if any. */
    readonly respondedAt?: number;
    readonly endedAt?: number;
    readonly outcome?: TaskAttemptOutcome;
    /** gRPC status of a failed, timed-out or cancelled attempt. */
    readonly code?: number;
    readonly message?: string;
}
/** The failure being handled: from `FAILED`, or synthesised by `TIMEOUT`. */
export interface TaskFailure {
    readonly at: number;
    readonly code: number;
    readonly message: string;
    readonly retryable: boolean;
    /** Uniform random number in [0, 1) that scales the backoff (full jitter). */
    readonly jitter: number;
}
/**
 * The task's retry policy, from its input (clamped), fixed for the task's life. One nested
 * object rather than seven context fields: XState copies the context with
 * `Object.assign({}, context, update)` on every `assign`, and V8 turns an object built that
 * way with 20 or more properties into a slow dictionary-mode object (measured: ~18 µs per
 * copy instead of ~1 µs, and every later read slower). Keep `TaskContext` under 20 keys
 * (a unit test checks it).
 */
export interface TaskPolicy {
    readonly primaryCapability: string;
    readonly fallbackCapability: string | null;
    readonly maxAttempts: number;
    readonly initialBackoffMs: number;
    readonly maxBackoffMs: number;
    readonly multiplier: number;
    readonly timeoutMs: number;
}
/** Context of `taskMachine`; JSON-serialisable (absent values are null). */
export interface TaskContext {
    readonly taskId: string;
    readonly runId: string | null;
    readonly stepId: string | null;
    /** The capability now in use: the input's, or the fallback after the switch. */
    readonly capability: string;
    readonly usedFallback: boolean;
    /** What the input fixed: never changes after the task starts. */
    readonly policy: TaskPolicy;
    /** Every attempt so far, in order; only the last can be open (no `endedAt`). */
    readonly attempts: readonly TaskAttempt[];
    /** Attempts with the current capability; reset by the fallback switch. */
    readonly capabilityAttempts: number;
    /** When the open attempt times out (dispatched, in_progress); else null. */
    readonly deadlineAt: number | null;
    /** When the next attempt may be dispatched (retry_wait); else null. */
    readonly retryAt: number | null;
    readonly lastFailure: TaskFailure | null;
    readonly cancelled: boolean;
    readonly cancelReason: string | null;
    readonly output: unknown;
    /** What the agent's result said beside its output (`TaskResult.warnings`); absent when none (and in snapshots from before it was kept). */
    readonly warnings?: readonly string[];
    readonly endedAt: number | null;
}
/**
 * Events of `taskMachine`; the engine sends them (the `after` timers raise
 * `TIMEOUT` and `RETRY_DUE` themselves while the actor lives). The optional
 * `attempt` on `STARTED` / `SUCCEEDED` / `FAILED` names the attempt the news
 * is about; news about an earlier attempt is refused.
 */
export type TaskEvent = {
    readonly type: 'DISPATCH';
    readonly at: number;
    readonly instanceId: string;
    readonly attempt: number;
} | {
    readonly type: 'STARTED';
    readonly at: number;
    readonly attempt?: number;
}
/**
 * The open attempt moved to another instance before any started it: the one chosen
 * refused it as full (RESOURCE_EXHAUSTED: another orchestrator's tasks fill it), and
 * dispatch waited for capacity and chose again. Not a new attempt: no retry is spent.
 */
 | {
    readonly type: 'REASSIGN';
    readonly at: number;
    readonly instanceId: string;
    readonly attempt?: number;
} | {
    readonly type: 'SUCCEEDED';
    readonly at: number;
    readonly output?: unknown;
    readonly attempt?: number;
    readonly warnings?: readonly string[];
} | {
    readonly type: 'FAILED';
    readonly at: number;
    /** gRPC status code. */
    readonly code: number;
    readonly message: string;
    readonly retryable: boolean;
    /** Uniform random number in [0, 1) for the backoff; the engine draws it so the machine stays deterministic. */
    readonly jitter: number;
    readonly attempt?: number;
} | {
    readonly type: 'TIMEOUT';
    readonly at: number;
    /** As on `FAILED`; when absent, a number derived from the task id and attempt (so timers need none). */
    readonly jitter?: number;
} | {
    readonly type: 'RETRY_DUE';
    readonly at: number;
} | {
    readonly type: 'CANCEL';
    readonly at: number;
    readonly reason: string;
};
/** Every event type the machine accepts somewhere. */
export declare const TASK_EVENTS: readonly ["DISPATCH", "STARTED", "REASSIGN", "SUCCEEDED", "FAILED", "TIMEOUT", "RETRY_DUE", "CANCEL"];
/** States of `taskMachine`; `timed_out` is transient (it resolves at once), `completed` and `failed` are final. */
export declare const TASK_STATES: readonly ["pending", "dispatched", "in_progress", "retry_wait", "timed_out", "completed", "failed"];
export type TaskState = (typeof TASK_STATES)[number];
/** How a finished task ended, for the run and the dead-letter record. */
export type TaskOutcome = {
    readonly taskId: string;
    /** The capability of the last attempt. */
    readonly capability: string;
    readonly usedFallback: boolean;
    /** Attempts made, fallback included. */
    readonly attempts: number;
    readonly endedAt: number;
} & ({
    readonly status: 'completed';
    readonly output: unknown;
    readonly warnings: readonly string[];
} | {
    readonly status: 'failed';
    readonly code: number;
    readonly message: string;
} | {
    readonly status: 'cancelled';
    readonly reason: string;
});
