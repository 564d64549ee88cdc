/**
 * A step's recovery strategy, `on_failure`: what the run does once the step has
 * failed for good (every attempt of its capability and of its `fallback` capability).
 *
 * ```yaml
 * on_failure: fail                                   # the default: the step fails
 * on_failure: skip                                   # skipped, its output is null
 * on_failure: { skip: { output: { text: "" } } }     # skipped, with this default output (a template)
 * on_failure: { use: { segments: [] } }              # continue as if the step had produced this (a template)
 * ```
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import type { Json } from './expression-ast.js';
/** `on_failure` as written, after validation. */
export type OnFailureDefinition = 'fail' | 'skip' | {
    readonly skip: {
        readonly output?: Json;
    } | null;
} | {
    readonly use: Json;
};
/** The strategies, for messages and did-you-mean. */
export declare const ON_FAILURE_STRATEGIES: readonly ["fail", "skip", "use"];
/** Problems with an `on_failure` value, each as `[path inside on_failure, message]`. */
export declare function onFailureProblems(value: unknown): [PropertyKey[], string][];
/** The zod schema of `on_failure`: every problem becomes an issue at its path. */
export declare const onFailureSchema: z.ZodPipe<z.ZodUnknown, z.ZodTransform<"fail" | "skip" | {
    readonly skip: {
        readonly output?: Json;
    } | null;
} | {
    readonly use: Json;
}, unknown>>;
/** The strategy and the template of the output it continues with (null for `skip` without output); undefined for `fail`. */
export declare function recoveryOf(def: OnFailureDefinition | undefined): {
    strategy: 'skip' | 'use';
    output: Json;
} | undefined;
