/**
 * The retry arithmetic of the task machine (`task.machine.ts`): pure
 * functions of the context and the event, no XState.
 */
import { GRPC_DEADLINE_EXCEEDED } from './task.types.js';
/** The failure a branch is deciding on: the `FAILED` event's, else the one recorded (by `TIMEOUT`). */
export function failureOf(context, event) {
    if (event.type !== 'FAILED')
        return context.lastFailure;
    const { at, code, message, retryable, jitter } = event;
    return { at, code, message, retryable, jitter: clampJitter(jitter) };
}
/** A jitter forced into [0, 1]; not a finite number → 0. */
export const clampJitter = (jitter) => (Number.isFinite(jitter) ? Math.min(Math.max(jitter, 0), 1) : 0);
/**
 * Full-jitter backoff after the `n`th attempt of a capability failed, in whole
 * ms: `floor(jitter × min(maxBackoff, initial × multiplier^(n−1)))`.
 *
 * @example
 * ```ts
 * backoffMs({ initialBackoffMs: 100, maxBackoffMs: 1000, multiplier: 2 }, 3, 0.5); // 200
 * ```
 */
export function backoffMs(policy, n, jitter) {
    const grown = policy.initialBackoffMs * policy.multiplier ** Math.max(0, n - 1);
    const cap = Math.min(policy.maxBackoffMs, Number.isNaN(grown) ? 0 : grown); // 0 × ∞ after ~1000 attempts
    return Math.floor(clampJitter(jitter) * cap);
}
/** A jitter in [0, 1) derived from the task and attempt (FNV-1a), for a `TIMEOUT` that brings none. */
export function derivedJitter(taskId, attempt) {
    let hash = 0x811c9dc5;
    for (const ch of `${taskId}#${attempt}`)
        hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    return hash / 2 ** 32;
}
/** `attempts` with the last (open) attempt ended by `patch`. */
export function closeLast(attempts, patch) {
    const last = attempts.at(-1);
    if (last === undefined || last.endedAt !== undefined)
        return [...attempts];
    return [...attempts.slice(0, -1), { ...last, ...patch }];
}
/**
 * The failure a `TIMEOUT` stands for: retryable `DEADLINE_EXCEEDED`, with the
 * event's jitter or, when it brings none (a timer raised it), one derived from
 * the task id and attempt number so the machine stays deterministic.
 */
export function timeoutFailure(context, event) {
    return {
        at: event.at,
        code: GRPC_DEADLINE_EXCEEDED,
        message: `attempt timed out after ${context.policy.timeoutMs} ms`,
        retryable: true,
        jitter: event.jitter === undefined ? derivedJitter(context.taskId, context.attempts.length) : clampJitter(event.jitter),
    };
}
//# sourceMappingURL=task.policy.js.map