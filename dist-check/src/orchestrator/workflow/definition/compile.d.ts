import type { WorkflowDefinition } from './schema.js';
import { type CompiledTemplate } from './template.js';
import { type CompiledTrigger } from './triggers.js';
/** A `wait_for_signal` step's wait, compiled. */
export interface CompiledWait {
    /** How long the step waits for a signal; undefined: until the run's deadline. */
    readonly timeoutMs: number | undefined;
    /** What the step does at the timeout: fail (then on_failure applies), skip, or use data (a template). */
    readonly onTimeout: {
        readonly strategy: 'fail' | 'skip';
    } | {
        readonly strategy: 'use';
        readonly output: CompiledTemplate;
    };
}
/** How a failed attempt is retried: exponential backoff with full jitter between attempts. */
export interface RetryPolicy {
    /** Attempts in all, the first included. @default 1 */
    readonly maxAttempts: number;
    /** Backoff ceiling before the second attempt. @default 200 */
    readonly initialBackoffMs: number;
    /** Largest backoff ceiling. @default 5000 (or initialBackoffMs when larger) */
    readonly maxBackoffMs: number;
    /** Growth of the ceiling per attempt. @default 2 */
    readonly multiplier: number;
}
/** The retry policy of a step that sets none: one attempt. */
export declare const DEFAULT_RETRY: RetryPolicy;
/** Parallel items of a for_each step that sets no concurrency. */
export declare const DEFAULT_CONCURRENCY = 4;
/** A step ready to schedule: defaults resolved, templates compiled. */
export interface CompiledStep {
    readonly id: string;
    /** Position in the definition as written (for messages: `steps[2]`). */
    readonly index: number;
    /** The capability invoked; '' for a `wait_for_signal` or `workflow` step. */
    readonly capability: string;
    /** Set for a `workflow` step: the workflow of the child run it starts (input: the step's input) and waits for. */
    readonly childWorkflow: string | undefined;
    /** Set for a `wait_for_signal` step: it runs no task and waits for SignalRun or its timeout. */
    readonly wait: CompiledWait | undefined;
    readonly description: string | undefined;
    /** Direct dependencies, deduplicated, in the order written. */
    readonly dependsOn: readonly string[];
    /** The task input; `{}` when the step sets none. */
    readonly input: CompiledTemplate;
    /** Condition; the step is skipped when it evaluates falsy. */
    readonly when: CompiledTemplate | undefined;
    /**
     * True for a for_each step whose `when` reads `item` or `index`: it is evaluated per
     * item, and a falsy result skips that item only (its slot in the output is null).
     * Otherwise `when` is evaluated once, before the fan-out.
     */
    readonly itemWhen: boolean;
    /** The list to fan out over; one task per item. */
    readonly forEach: CompiledTemplate | undefined;
    /** Items run at once for a for_each step. @default 4 */
    readonly concurrency: number;
    /** Time budget per attempt; undefined means the orchestrator default. */
    readonly timeoutMs: number | undefined;
    readonly retry: RetryPolicy;
    /** Alternative capability used once the primary has failed all its attempts; input defaults to the step's. */
    readonly fallback: {
        readonly capability: string;
        readonly input: CompiledTemplate;
    } | undefined;
    /** 'any': the run goes on (with warnings) when this step fails. @default 'success' */
    readonly continueOn: 'success' | 'any';
    /** Relay the task's chunks to WatchRun consumers. @default false */
    readonly stream: boolean;
    /**
     * `on_failure`: once the step has failed for good (retries and fallback capability
     * spent), `skip` it or `use` data instead, continuing with `output` (evaluated in the
     * step's scope, without item/index). Undefined for `fail`, the default.
     */
    readonly recovery: {
        readonly strategy: 'skip' | 'use';
        readonly output: CompiledTemplate;
    } | undefined;
}
/** A validated workflow, compiled once at registration and shared by all its runs. */
export interface CompiledWorkflow {
    readonly name: string;
    readonly description: string;
    /** Top-level input fields StartRun must supply. */
    readonly requiredInput: readonly string[];
    /** Every step, each after its dependencies; ties keep the written order. */
    readonly steps: readonly CompiledStep[];
    readonly stepsById: ReadonlyMap<string, CompiledStep>;
    /** Direct dependents of each step. */
    readonly dependents: ReadonlyMap<string, readonly string[]>;
    /** Steps with no dependency: the first to run. */
    readonly roots: readonly string[];
    /** The run's output; undefined means the run has no output (null). */
    readonly output: CompiledTemplate | undefined;
    /** `max_concurrent_runs`: runs going at once on an orchestrator; undefined: no cap. */
    readonly maxConcurrentRuns: number | undefined;
    /** `concurrency`: at most `limit` runs going at once per value of `key` (evaluated over input and run at StartRun). */
    readonly runConcurrency: {
        readonly key: CompiledTemplate;
        readonly limit: number;
    } | undefined;
    /** `triggers`: NATS subjects whose messages start runs; [] when none. */
    readonly triggers: readonly CompiledTrigger[];
    /** The definition as written and validated, for storage and ListWorkflows. */
    readonly definition: WorkflowDefinition;
}
/** Builds the compiled form of a definition that validateDefinition has accepted. @internal */
export declare function compileWorkflow(definition: WorkflowDefinition): CompiledWorkflow;
