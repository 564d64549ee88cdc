import { dependentsOf, topologicalOrder, type StepGraph } from './graph.js';
import { recoveryOf } from './on-failure.js';
import type { StepDefinition, WorkflowDefinition } from './schema.js';
import { compileTemplate, type CompiledTemplate } from './template.js';
import { compileTriggers, type CompiledTrigger } from './triggers.js';
import { timeoutPolicyOf } from './wait-for-signal.js';

/** A `wait_for_signal` step's wait, compiled. */
export interface CompiledWait {
  /** How long the step waits for a signal; undefined: until the run's deadline. */
  readonly timeoutMs: number | undefined;
  /** What the step does at the timeout: fail (then on_failure applies), skip, or use data (a template). */
  readonly onTimeout: { readonly strategy: 'fail' | 'skip' } | { readonly strategy: 'use'; readonly output: CompiledTemplate };
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
export const DEFAULT_RETRY: RetryPolicy = Object.freeze({ maxAttempts: 1, initialBackoffMs: 200, maxBackoffMs: 5000, multiplier: 2 });
/** Parallel items of a for_each step that sets no concurrency. */
export const DEFAULT_CONCURRENCY = 4;

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
  readonly fallback: { readonly capability: string; readonly input: CompiledTemplate } | undefined;
  /** 'any': the run goes on (with warnings) when this step fails. @default 'success' */
  readonly continueOn: 'success' | 'any';
  /** Relay the task's chunks to WatchRun consumers. @default false */
  readonly stream: boolean;
  /**
   * `on_failure`: once the step has failed for good (retries and fallback capability
   * spent), `skip` it or `use` data instead, continuing with `output` (evaluated in the
   * step's scope, without item/index). Undefined for `fail`, the default.
   */
  readonly recovery: { readonly strategy: 'skip' | 'use'; readonly output: CompiledTemplate } | undefined;
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
  readonly runConcurrency: { readonly key: CompiledTemplate; readonly limit: number } | undefined;
  /** `triggers`: NATS subjects whose messages start runs; [] when none. */
  readonly triggers: readonly CompiledTrigger[];
  /** The definition as written and validated, for storage and ListWorkflows. */
  readonly definition: WorkflowDefinition;
}

/** Builds the compiled form of a definition that validateDefinition has accepted. @internal */
export function compileWorkflow(definition: WorkflowDefinition): CompiledWorkflow {
  const graph: StepGraph = {
    ids: definition.steps.map((s) => s.id),
    dependsOn: new Map(definition.steps.map((s) => [s.id, unique(s.depends_on ?? [])])),
  };
  const byId = new Map<string, CompiledStep>();
  definition.steps.forEach((s, index) => byId.set(s.id, compileStep(s, index)));
  const steps = topologicalOrder(graph).map((id) => byId.get(id)!);
  return {
    name: definition.name,
    description: definition.description ?? '',
    requiredInput: definition.input?.required ?? [],
    steps,
    stepsById: byId,
    dependents: dependentsOf(graph),
    roots: steps.filter((s) => s.dependsOn.length === 0).map((s) => s.id),
    output: definition.output === undefined ? undefined : compileTemplate(definition.output),
    maxConcurrentRuns: definition.max_concurrent_runs,
    runConcurrency: definition.concurrency && { key: compileTemplate(definition.concurrency.key), limit: definition.concurrency.limit },
    triggers: compileTriggers(definition.triggers),
    definition,
  };
}

function compileStep(s: StepDefinition, index: number): CompiledStep {
  const input = compileTemplate(s.input ?? {});
  const when = s.when === undefined ? undefined : compileTemplate(s.when);
  return {
    id: s.id,
    index,
    capability: s.capability ?? '',
    childWorkflow: s.workflow,
    wait: compileWait(s.wait_for_signal),
    description: s.description,
    dependsOn: unique(s.depends_on ?? []),
    input,
    when,
    itemWhen: s.for_each !== undefined && when !== undefined && (when.names.has('item') || when.names.has('index')),
    forEach: s.for_each === undefined ? undefined : compileTemplate(s.for_each),
    concurrency: s.concurrency ?? DEFAULT_CONCURRENCY,
    timeoutMs: s.timeout_ms,
    retry: retryPolicy(s.retry),
    fallback: s.fallback && {
      capability: s.fallback.capability,
      input: s.fallback.input === undefined ? input : compileTemplate(s.fallback.input),
    },
    continueOn: s.continue_on ?? 'success',
    stream: s.stream ?? false,
    recovery: compileRecovery(s.on_failure),
  };
}

function compileRecovery(def: StepDefinition['on_failure']): CompiledStep['recovery'] {
  const recovery = recoveryOf(def);
  return recovery && { strategy: recovery.strategy, output: compileTemplate(recovery.output) };
}

function compileWait(def: StepDefinition['wait_for_signal']): CompiledWait | undefined {
  if (def === undefined) return undefined;
  const policy = timeoutPolicyOf(def);
  return {
    timeoutMs: def.timeout_ms,
    onTimeout: policy.strategy === 'use' ? { strategy: 'use', output: compileTemplate(policy.output) } : { strategy: policy.strategy },
  };
}

function retryPolicy(r: StepDefinition['retry']): RetryPolicy {
  if (!r) return DEFAULT_RETRY;
  const initial = r.initial_backoff_ms ?? Math.min(DEFAULT_RETRY.initialBackoffMs, r.max_backoff_ms ?? Infinity);
  return {
    maxAttempts: r.max_attempts ?? DEFAULT_RETRY.maxAttempts,
    initialBackoffMs: initial,
    maxBackoffMs: r.max_backoff_ms ?? Math.max(DEFAULT_RETRY.maxBackoffMs, initial),
    multiplier: r.multiplier ?? DEFAULT_RETRY.multiplier,
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
