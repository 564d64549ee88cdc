/**
 * The retry arithmetic of the task machine (`task.machine.ts`): pure
 * functions of the context and the event, no XState.
 */
import { type TaskAttempt, type TaskContext, type TaskEvent, type TaskFailure, type TaskPolicy } from './task.types.js';
/** The failure a branch is deciding on: the `FAILED` event's, else the one recorded (by `TIMEOUT`). */
export declare function failureOf(context: TaskContext, event: TaskEvent): TaskFailure | null;
/** A jitter forced into [0, 1]; not a finite number → 0. */
export declare const clampJitter: (jitter: number) => number;
/**
 * Full-jitter backoff after the `n`th attempt of a capability failed, in whole
 * ms: `floor(jitter × min(maxBackoff, initial × multiplier^(n−1)))`.
 *
 * @example
 * ```ts
 * backoffMs({ initialBackoffMs: 100, maxBackoffMs: 1000, multiplier: 2 }, 3, 0.5); // 200
 * ```
 */
export declare function backoffMs(policy: Pick<TaskPolicy, 'initialBackoffMs' | 'maxBackoffMs' | 'multiplier'>, n: number, jitter: number): number;
/** A jitter in [0, 1) derived from the task and attempt (FNV-1a), for a `TIMEOUT` that brings none. */
export declare function derivedJitter(taskId: string, attempt: number): number;
/** `attempts` with the last (open) attempt ended by `patch`. */
export declare function closeLast(attempts: readonly TaskAttempt[], patch: Partial<TaskAttempt>): TaskAttempt[];
/**
 * The failure a `TIMEOUT` stands for: retryable `DEADLINE_EXCEEDED`, with the
 * event's jitter or, when it brings none (a timer raised it), one derived from
 * the task id and attempt number so the machine stays deterministic.
 */
export declare function timeoutFailure(context: TaskContext, event: Extract<TaskEvent, {
    type: 'TIMEOUT';
}>): TaskFailure;
