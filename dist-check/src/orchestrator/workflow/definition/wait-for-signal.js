/**
 * A step that waits for a human (or any caller) instead of calling a capability:
 * the run pauses at it (step status `waiting`) until `SignalRun(run, step, payload)`
 * approves it (its output is the payload) or rejects it (it fails, then its
 * `on_failure` applies), or until `timeout_ms` passes and `on_timeout` decides.
 *
 * ```yaml
 * - id: approve
 *   depends_on: [draft]
 *   wait_for_signal:
 *     timeout_ms: 3600000          # optional: without it the step waits until the run's deadline
 *     on_timeout: fail             # fail (default) | skip | { use: <data, a template> }
 * ```
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { didYouMean } from './did-you-mean.js';
import { isJson, preview } from './json-value.js';
/** Bounds of `wait_for_signal.timeout_ms`: 1 ms to 30 days. */
export const WAIT_TIMEOUT_MS = [1, 30 * 86_400_000];
/** Keys `wait_for_signal` accepts. */
export const WAIT_KEYS = ['timeout_ms', 'on_timeout'];
/**
 * Keys of a step that only mean something for a capability call; a
 * `wait_for_signal` step refuses them.
 */
export const TASK_ONLY_KEYS = ['capability', 'input', 'for_each', 'concurrency', 'timeout_ms', 'retry', 'fallback', 'stream'];
const SHAPES = '"fail", "skip" or { use: … }';
/** Problems with an `on_timeout` value, each as `[path inside on_timeout, message]`. */
function onTimeoutProblems(value) {
    if (typeof value === 'string') {
        if (value === 'fail' || value === 'skip')
            return [];
        if (value === 'use')
            return [[[], 'use needs the data to continue with, such as { use: { approved: false } }']];
        const hint = didYouMean(value, ['fail', 'skip', 'use']);
        return [[[], `unknown policy ${preview(value)} (${hint ? `${hint} ` : ''}must be ${SHAPES})`]];
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return [[[], `must be ${SHAPES} (got ${preview(value)})`]];
    const problems = [];
    for (const key of Object.keys(value)) {
        if (key !== 'use')
            problems.push([[key], `unknown key (${didYouMean(key, ['use']) ?? 'allowed: use'})`]);
    }
    if (!Object.hasOwn(value, 'use')) {
        if (problems.length === 0)
            problems.push([[], `must be ${SHAPES} (got an empty object)`]);
    }
    else if (!isJson(value.use)) {
        problems.push([['use'], 'must be JSON (null, true/false, a number, a string, a list or an object)']);
    }
    return problems;
}
/** Problems with a `wait_for_signal` value, each as `[path inside it, message]`. */
export function waitForSignalProblems(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return [[[], `must be an object such as { timeout_ms: 3600000, on_timeout: fail }, or {} to wait until the run's deadline (got ${preview(value)})`]];
    }
    const problems = [];
    for (const key of Object.keys(value)) {
        if (!WAIT_KEYS.includes(key))
            problems.push([[key], `unknown key (${didYouMean(key, WAIT_KEYS) ?? `allowed: ${WAIT_KEYS.join(', ')}`})`]);
    }
    const { timeout_ms: timeout, on_timeout: onTimeout } = value;
    const [min, max] = WAIT_TIMEOUT_MS;
    if (timeout !== undefined && (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < min || timeout > max)) {
        problems.push([['timeout_ms'], `must be a whole number from ${min} to ${max} (got ${preview(timeout)})`]);
    }
    if (onTimeout !== undefined)
        problems.push(...onTimeoutProblems(onTimeout).map(([path, message]) => [['on_timeout', ...path], message]));
    return problems;
}
/** The zod schema of `wait_for_signal`: every problem becomes an issue at its path. */
export const waitForSignalSchema = z
    .unknown()
    .superRefine((value, ctx) => {
    for (const [path, message] of waitForSignalProblems(value))
        ctx.addIssue({ code: 'custom', message, path });
})
    .transform((value) => value);
/** The timeout policy of a `wait_for_signal` value. */
export function timeoutPolicyOf(def) {
    const onTimeout = def.on_timeout ?? 'fail';
    if (onTimeout === 'fail' || onTimeout === 'skip')
        return { strategy: onTimeout };
    return { strategy: 'use', output: onTimeout.use };
}
//# sourceMappingURL=wait-for-signal.js.map