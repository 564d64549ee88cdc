/**
 * The workflow definition format (JSON or YAML; the full guide is docs/workflows.md).
 *
 * ```yaml
 * name: full-podcast              # [a-z0-9][a-z0-9._-]*
 * description: Harvest, weave, forge
 * input: { required: [topic] }    # optional: StartRun refuses a run input without these
 * steps:
 *   - id: harvest                 # [a-z][a-z0-9_-]*, unique
 *     capability: web.harvest     # a capability, never an agent instance
 *     input: { topic: "${input.topic}", pages: 3 }
 *     timeout_ms: 30000           # per attempt; default from the orchestrator
 *     retry: { max_attempts: 3, initial_backoff_ms: 200, max_backoff_ms: 5000, multiplier: 2 }
 *   - id: weave
 *     capability: script.weave
 *     depends_on: [harvest]
 *     input: { text: "${steps.harvest.output.text}" }
 *     fallback: { capability: script.simple }   # used once the primary has failed all attempts
 *   - id: snippets
 *     capability: snippet.craft
 *     depends_on: [weave]
 *     for_each: "${steps.weave.output.topics}"  # one task per item; item/index in input and when
 *     concurrency: 4
 *     input: { topic: "${item}" }
 *     continue_on: any                           # a failure here leaves the run going, with warnings
 *   - id: forge
 *     capability: tts.synthesize
 *     depends_on: [weave]
 *     when: "${length(steps.weave.output.segments) > 0}"   # falsy → skipped
 *     stream: true                                # chunks relayed to WatchRun
 *     input: { text: "${steps.weave.output.script}" }
 *     on_failure: { skip: { output: { audioMs: 0 } } }   # or fail (default), skip, { use: <data> }
 *   - id: approve                                 # waits for SignalRun (a human) instead of a capability
 *     depends_on: [forge]
 *     wait_for_signal: { timeout_ms: 3600000, on_timeout: fail }   # or skip, { use: <data> }
 *   - id: episodes                                # starts a child run per item and waits for them
 *     depends_on: [weave]
 *     workflow: full-podcast                      # output: the child runs' outputs (see child-workflow.ts)
 *     for_each: "${steps.weave.output.topics}"
 *     input: { topic: "${item}" }
 * max_concurrent_runs: 4                          # optional: more runs wait, in order
 * on_dead_letter: escalate                        # optional: dead letters raise escalations (troupe alerts)
 * concurrency: { key: "${input.tenant}", limit: 1 }  # optional: per key value
 * output: { audio_ms: "${steps.forge.output.audioMs}", snippets: "${steps.snippets.output}" }
 * triggers:                                       # optional: runs started by NATS messages (triggers.ts)
 *   - { subject: events.topics.new, input: { topic: "${event.data.topic}" }, idempotency_key: "${event.data.id}" }
 * ```
 *
 * Strings that are exactly `"${expr}"` take the expression's value (any type); other
 * strings interpolate `${expr}` as text; `$${` is a literal `${`. A step may read
 * `steps.<id>` only for its (transitive) dependencies. Unknown keys are refused.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import type { Json } from './expression-ast.js';
import { isJson } from './json-value.js';
export { isJson };
/** Workflow and capability names: `full-podcast`, `web.harvest`. */
export declare const NAME_PATTERN: RegExp;
/** Step ids: `harvest`, `weave_2`, `make-snippets`. */
export declare const STEP_ID_PATTERN: RegExp;
/** Limits on numeric settings, shared by the schema and the docs. */
export declare const LIMITS: {
    readonly timeoutMs: readonly [1, 86400000];
    readonly maxAttempts: readonly [1, 20];
    readonly backoffMs: readonly [0, 3600000];
    readonly multiplier: readonly [1, 10];
    readonly concurrency: readonly [1, 1000];
    readonly runs: readonly [1, 100000];
};
/** The schema of one step, as written. */
export declare const stepSchema: z.ZodObject<{
    id: z.ZodString;
    capability: z.ZodOptional<z.ZodString>;
    wait_for_signal: z.ZodOptional<z.ZodPipe<z.ZodUnknown, z.ZodTransform<import("./wait-for-signal.js").WaitForSignalDefinition, unknown>>>;
    workflow: z.ZodOptional<z.ZodString>;
    description: z.ZodOptional<z.ZodString>;
    depends_on: z.ZodOptional<z.ZodArray<z.ZodString>>;
    input: z.ZodOptional<z.ZodCustom<Json, Json>>;
    when: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodBoolean]>>;
    for_each: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodCustom<Json, Json>>]>>;
    concurrency: z.ZodOptional<z.ZodNumber>;
    timeout_ms: z.ZodOptional<z.ZodNumber>;
    retry: z.ZodOptional<z.ZodObject<{
        max_attempts: z.ZodOptional<z.ZodNumber>;
        initial_backoff_ms: z.ZodOptional<z.ZodNumber>;
        max_backoff_ms: z.ZodOptional<z.ZodNumber>;
        multiplier: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    fallback: z.ZodOptional<z.ZodObject<{
        capability: z.ZodString;
        input: z.ZodOptional<z.ZodCustom<Json, Json>>;
    }, z.core.$strict>>;
    continue_on: z.ZodOptional<z.ZodEnum<{
        any: "any";
        success: "success";
    }>>;
    stream: z.ZodOptional<z.ZodBoolean>;
    on_failure: z.ZodOptional<z.ZodPipe<z.ZodUnknown, z.ZodTransform<"fail" | "skip" | {
        readonly skip: {
            readonly output?: Json;
        } | null;
    } | {
        readonly use: Json;
    }, unknown>>>;
}, z.core.$strict>;
/** The schema of a workflow definition, as written (JSON or YAML). */
export declare const workflowSchema: z.ZodObject<{
    name: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    input: z.ZodOptional<z.ZodObject<{
        required: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    steps: z.ZodArray<z.ZodUnknown>;
    output: z.ZodOptional<z.ZodCustom<Json, Json>>;
    max_concurrent_runs: z.ZodOptional<z.ZodNumber>;
    on_dead_letter: z.ZodOptional<z.ZodEnum<{
        ignore: "ignore";
        escalate: "escalate";
    }>>;
    concurrency: z.ZodOptional<z.ZodObject<{
        key: z.ZodString;
        limit: z.ZodNumber;
    }, z.core.$strict>>;
    triggers: z.ZodOptional<z.ZodPipe<z.ZodUnknown, z.ZodTransform<import("./triggers.js").TriggerDefinition[], unknown>>>;
}, z.core.$strict>;
/** A step as written, after shape validation. */
export type StepDefinition = z.output<typeof stepSchema>;
/** A workflow definition as written, after shape validation (steps not yet checked). */
export type WorkflowDefinition = Omit<z.output<typeof workflowSchema>, 'steps'> & {
    steps: StepDefinition[];
};
/** Keys each object of the format accepts, for did-you-mean hints. @internal */
export declare const KNOWN_KEYS: {
    readonly workflow: string[];
    readonly step: string[];
    readonly retry: readonly ["max_attempts", "initial_backoff_ms", "max_backoff_ms", "multiplier"];
    readonly fallback: string[];
    readonly input: readonly ["required"];
    readonly runConcurrency: readonly ["key", "limit"];
    readonly waitForSignal: readonly ["timeout_ms", "on_timeout"];
};
