import { dependentsOf, topologicalOrder } from './graph.js';
import { recoveryOf } from './on-failure.js';
import { compileTemplate } from './template.js';
import { compileTriggers } from './triggers.js';
import { timeoutPolicyOf } from './wait-for-signal.js';
/** The retry policy of a step that sets none: one attempt. */
export const DEFAULT_RETRY = Object.freeze({ maxAttempts: 1, initialBackoffMs: 200, maxBackoffMs: 5000, multiplier: 2 });
/** Parallel items of a for_each step that sets no concurrency. */
export const DEFAULT_CONCURRENCY = 4;
/** Builds the compiled form of a definition that validateDefinition has accepted. @internal */
export function compileWorkflow(definition) {
    const graph = {
        ids: definition.steps.map((s) => s.id),
        dependsOn: new Map(definition.steps.map((s) => [s.id, unique(s.depends_on ?? [])])),
    };
    const byId = new Map();
    definition.steps.forEach((s, index) => byId.set(s.id, compileStep(s, index)));
    const steps = topologicalOrder(graph).map((id) => byId.get(id));
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
function compileStep(s, index) {
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
function compileRecovery(def) {
    const recovery = recoveryOf(def);
    return recovery && { strategy: recovery.strategy, output: compileTemplate(recovery.output) };
}
function compileWait(def) {
    if (def === undefined)
        return undefined;
    const policy = timeoutPolicyOf(def);
    return {
        timeoutMs: def.timeout_ms,
        onTimeout: policy.strategy === 'use' ? { strategy: 'use', output: compileTemplate(policy.output) } : { strategy: policy.strategy },
    };
}
function retryPolicy(r) {
    if (!r)
        return DEFAULT_RETRY;
    const initial = r.initial_backoff_ms ?? Math.min(DEFAULT_RETRY.initialBackoffMs, r.max_backoff_ms ?? Infinity);
    return {
        maxAttempts: r.max_attempts ?? DEFAULT_RETRY.maxAttempts,
        initialBackoffMs: initial,
        maxBackoffMs: r.max_backoff_ms ?? Math.max(DEFAULT_RETRY.maxBackoffMs, initial),
        multiplier: r.multiplier ?? DEFAULT_RETRY.multiplier,
    };
}
function unique(ids) {
    return [...new Set(ids)];
}
//# sourceMappingURL=compile.js.map