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
import type { Json } from './expression-ast.js';
/** Bounds of `wait_for_signal.timeout_ms`: 1 ms to 30 days. */
export declare const WAIT_TIMEOUT_MS: readonly [1, number];
/** `on_timeout` as written, after validation. */
export type OnTimeoutDefinition = 'fail' | 'skip' | {
    readonly use: Json;
};
/** `wait_for_signal` as written, after validation (a type, not an interface, so that it is JSON-assignable). */
export type WaitForSignalDefinition = {
    readonly timeout_ms?: number;
    readonly on_timeout?: OnTimeoutDefinition;
};
/** Keys `wait_for_signal` accepts. */
export declare const WAIT_KEYS: readonly ["timeout_ms", "on_timeout"];
/**
 * Keys of a step that only mean something for a capability call; a
 * `wait_for_signal` step refuses them.
 */
export declare const TASK_ONLY_KEYS: readonly ["capability", "input", "for_each", "concurrency", "timeout_ms", "retry", "fallback", "stream"];
/** Problems with a `wait_for_signal` value, each as `[path inside it, message]`. */
export declare function waitForSignalProblems(value: unknown): [PropertyKey[], string][];
/** The zod schema of `wait_for_signal`: every problem becomes an issue at its path. */
export declare const waitForSignalSchema: z.ZodPipe<z.ZodUnknown, z.ZodTransform<WaitForSignalDefinition, unknown>>;
/** What happens at the timeout, with the template of `use`'s data. */
export type TimeoutPolicy = {
    readonly strategy: 'fail' | 'skip';
} | {
    readonly strategy: 'use';
    readonly output: Json;
};
/** The timeout policy of a `wait_for_signal` value. */
export declare function timeoutPolicyOf(def: WaitForSignalDefinition): TimeoutPolicy;
