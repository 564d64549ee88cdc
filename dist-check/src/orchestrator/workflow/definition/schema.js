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
import { isJson, preview } from './json-value.js';
import { onFailureSchema } from './on-failure.js';
import { triggersSchema } from './triggers.js';
import { capabilityRefProblem } from '../../versions/capability-ref.js';
import { WAIT_KEYS, waitForSignalSchema } from './wait-for-signal.js';
export { isJson };
/** Workflow and capability names: `full-podcast`, `web.harvest`. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;
/** Step ids: `harvest`, `weave_2`, `make-snippets`. */
export const STEP_ID_PATTERN = /^[a-z][a-z0-9_-]{0,62}$/;
/** Limits on numeric settings, shared by the schema and the docs. */
export const LIMITS = {
    timeoutMs: [1, 86_400_000],
    maxAttempts: [1, 20],
    backoffMs: [0, 3_600_000],
    multiplier: [1, 10],
    concurrency: [1, 1000],
    runs: [1, 100_000],
};
const int = ([min, max]) => {
    const error = `must be a whole number from ${min} to ${max}`;
    return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};
const number = ([min, max]) => {
    const error = `must be a number from ${min} to ${max}`;
    return z.number({ error }).min(min, { error }).max(max, { error });
};
const json = z.custom(isJson, { error: 'must be JSON (null, true/false, a number, a string, a list or an object)' });
/** A capability name, optionally with a version range: `tts.synthesize`, `tts.synthesize@^2` (versions/capability-ref.ts). */
const capability = z.string({ error: 'must be a capability name' }).superRefine((text, ctx) => {
    const problem = capabilityRefProblem(text, NAME_PATTERN);
    if (problem)
        ctx.addIssue({ code: 'custom', message: `${problem} (got ${preview(text)})` });
});
const retrySchema = z
    .strictObject({
    /** Attempts in all, the first included. @default 1 */
    max_attempts: int(LIMITS.maxAttempts).optional(),
    /** Backoff ceiling before the second attempt. @default 200 */
    initial_backoff_ms: int(LIMITS.backoffMs).optional(),
    /** Largest backoff ceiling. @default 5000, or initial_backoff_ms when larger */
    max_backoff_ms: int(LIMITS.backoffMs).optional(),
    /** Growth of the ceiling per attempt. @default 2 */
    multiplier: number(LIMITS.multiplier).optional(),
}, { error: 'must be an object such as { max_attempts: 3 }' })
    .refine((r) => r.initial_backoff_ms === undefined || r.max_backoff_ms === undefined || r.initial_backoff_ms <= r.max_backoff_ms, {
    error: 'max_backoff_ms must not be less than initial_backoff_ms',
    path: ['max_backoff_ms'],
});
const fallbackSchema = z.strictObject({
    /** The alternative capability used once the primary has failed all its attempts. */
    capability,
    /** Input for the alternative. @default the step's own input */
    input: json.optional(),
}, { error: 'must be an object such as { capability: script.simple }' });
const expressionHint = 'must be an expression such as "${exists(input.topic)}", or true/false';
const listHint = 'must be an expression giving a list, such as "${steps.a.output.items}", or a list';
/** The schema of one step, as written. */
export const stepSchema = z.strictObject({
    /** Unique id, used in depends_on and `${steps.<id>.output}`. */
    id: z.string({ error: 'must be a step id' }).regex(STEP_ID_PATTERN, { error: `must match ${STEP_ID_PATTERN.source}` }),
    /** The capability invoked; any active agent offering it may run the task. Required unless the step is a `wait_for_signal` step. */
    capability: capability.optional(),
    /** Instead of a capability: the run waits here for `SignalRun` (approve/reject) or the timeout (see wait-for-signal.ts). */
    wait_for_signal: waitForSignalSchema.optional(),
    /** Instead of a capability: starts a run of this workflow (input: the step's input) and waits for it; its output is the step's (see child-workflow.ts). */
    workflow: z.string({ error: 'must be a workflow name' }).regex(NAME_PATTERN, { error: `must match ${NAME_PATTERN.source}` }).optional(),
    /** Free text. */
    description: z.string({ error: 'must be text' }).optional(),
    /** Steps that must finish first. @default [] */
    depends_on: z.array(z.string({ error: 'must be a step id' }), { error: 'must be a list of step ids' }).optional(),
    /** The task input, a template. @default {} */
    input: json.optional(),
    /** Condition; falsy → the step is skipped. */
    when: z.union([z.string(), z.boolean()], { error: expressionHint }).optional(),
    /** The list to fan out over, one task per item. */
    for_each: z.union([z.string(), z.array(json)], { error: listHint }).optional(),
    /** Items of a for_each step run at once. @default 4 */
    concurrency: int(LIMITS.concurrency).optional(),
    /** Time budget per attempt. @default the orchestrator's */
    timeout_ms: int(LIMITS.timeoutMs).optional(),
    /** Retry policy. @default one attempt */
    retry: retrySchema.optional(),
    /** Alternative capability once the primary has failed. */
    fallback: fallbackSchema.optional(),
    /** 'any': a failure leaves the run going, with warnings. @default 'success' */
    continue_on: z.enum(['success', 'any'], { error: 'must be "success" or "any"' }).optional(),
    /** Relay the task's chunks to WatchRun consumers. @default false */
    stream: z.boolean({ error: 'must be true or false' }).optional(),
    /** What the run does once the step has failed for good: fail, skip (with a default output) or use data. @default 'fail' */
    on_failure: onFailureSchema.optional(),
}, { error: 'must be a step: an object with id and capability (or wait_for_signal, or workflow)' });
/** The schema of a workflow definition, as written (JSON or YAML). */
export const workflowSchema = z.strictObject({
    /** The workflow's name; registering it again makes a new version. */
    name: z.string({ error: 'must be a workflow name' }).regex(NAME_PATTERN, { error: `must match ${NAME_PATTERN.source}` }),
    /** Free text. */
    description: z.string({ error: 'must be text' }).optional(),
    /** Top-level run input fields StartRun requires. */
    input: z
        .strictObject({ required: z.array(z.string({ error: 'must be a field name' }).min(1), { error: 'must be a list of field names' }).optional() }, { error: 'must be an object such as { required: [topic] }' })
        .optional(),
    /** The steps, each checked by stepSchema. */
    steps: z.array(z.unknown(), { error: 'must be a list of steps' }).min(1, { error: 'must have at least one step' }),
    /** The run's output, a template. */
    output: json.optional(),
    /** Runs of this workflow going at once on an orchestrator; the others wait in order. @default no cap */
    max_concurrent_runs: int(LIMITS.runs).optional(),
    /** `escalate`: each dead letter of its runs raises an escalation, POSTed to the escalation receiver. @default ignore */
    on_dead_letter: z.enum(['escalate', 'ignore'], { error: 'must be escalate or ignore' }).optional(),
    /** At most `limit` runs going at once per value of `key` (an expression over the input); the others wait in order. */
    concurrency: z
        .strictObject({
        /** A template over `input` and `run`, such as "${input.tenant}". */
        key: z.string({ error: 'must be an expression over the input, such as "${input.tenant}"' }),
        limit: int(LIMITS.runs),
    }, { error: 'must be an object such as { key: "${input.tenant}", limit: 2 }' })
        .optional(),
    /** NATS subjects whose messages start runs (see triggers.ts, docs/triggers.md). */
    triggers: triggersSchema.optional(),
}, { error: 'must be an object with name and steps' });
/** Keys each object of the format accepts, for did-you-mean hints. @internal */
export const KNOWN_KEYS = {
    workflow: Object.keys(workflowSchema.shape),
    step: Object.keys(stepSchema.shape),
    retry: ['max_attempts', 'initial_backoff_ms', 'max_backoff_ms', 'multiplier'],
    fallback: Object.keys(fallbackSchema.shape),
    input: ['required'],
    runConcurrency: ['key', 'limit'],
    waitForSignal: WAIT_KEYS,
};
//# sourceMappingURL=schema.js.map