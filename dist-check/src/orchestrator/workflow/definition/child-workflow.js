/**
 * A step that starts another workflow (a child run) and waits for it: the step's
 * output is the child's output, a failed or cancelled child fails the step (then its
 * `retry`, `on_failure` and `continue_on` apply as for any step).
 *
 * ```yaml
 * - id: episode
 *   depends_on: [plan]
 *   workflow: podcast                     # a workflow name, like capability: names a capability
 *   input: { topic: "${steps.plan.output.topic}" }   # the child's run input (a template)
 *   for_each: "${steps.plan.output.topics}"          # optional: one child per item
 *   timeout_ms: 600000                    # optional: each child's time budget (default: what is left of the parent's)
 * ```
 *
 * The child workflow need not be registered yet; a run whose child workflow is
 * missing fails the step with its NOT_FOUND message. A workflow that starts itself,
 * directly or through the workflows registered so far, is refused at registration
 * ({@link findChildCycle}); at run time nesting is bounded by {@link MAX_CHILD_DEPTH}.
 *
 * @packageDocumentation
 */
/** Deepest nesting of child runs (a top-level run is depth 0); a deeper child fails its step. */
export const MAX_CHILD_DEPTH = 8;
/**
 * Keys of a step that only mean something for a capability call; a `workflow`
 * step refuses them (`timeout_ms`, `retry`, `for_each`, `concurrency` and `input` apply to the child).
 */
export const CAPABILITY_ONLY_KEYS = ['fallback', 'stream'];
/** The child workflows a definition (as written) starts, deduplicated, in the order written. */
export function childWorkflowsOf(definition) {
    const steps = definition?.steps;
    if (!Array.isArray(steps))
        return [];
    const out = new Set();
    for (const step of steps) {
        const name = step?.workflow;
        if (typeof name === 'string')
            out.add(name);
    }
    return [...out];
}
/**
 * The cycle `name` would close among workflows that start each other, as the list
 * of names from `name` back to it (`['a', 'b', 'a']`), or undefined when there is none.
 * `childrenOf` gives the child workflows of each known workflow (`name`'s new ones included).
 */
export function findChildCycle(name, childrenOf) {
    const seen = new Set();
    const walk = (at, path) => {
        for (const child of childrenOf(at)) {
            if (child === name)
                return [...path, child];
            if (seen.has(child))
                continue;
            seen.add(child);
            const found = walk(child, [...path, child]);
            if (found)
                return found;
        }
        return undefined;
    };
    return walk(name, [name]);
}
/**
 * RegisterWorkflow's check of a definition (`raw`, as written) against the workflows
 * registered so far: the problem when `name` would start itself through them, naming
 * the cycle; undefined otherwise.
 */
export function childCycleProblem(name, raw, registered) {
    const calls = new Map(registered.map((w) => [w.name, childWorkflowsOf(w.source)]));
    calls.set(name, childWorkflowsOf(raw));
    const cycle = findChildCycle(name, (workflow) => calls.get(workflow) ?? []);
    return cycle && `steps: workflow ${name} would start itself through child runs (${cycle.join(' → ')}); runs would nest without end, so one of them must start another workflow`;
}
//# sourceMappingURL=child-workflow.js.map