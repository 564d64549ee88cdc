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
export declare const MAX_CHILD_DEPTH = 8;
/**
 * Keys of a step that only mean something for a capability call; a `workflow`
 * step refuses them (`timeout_ms`, `retry`, `for_each`, `concurrency` and `input` apply to the child).
 */
export declare const CAPABILITY_ONLY_KEYS: readonly ["fallback", "stream"];
/** The child workflows a definition (as written) starts, deduplicated, in the order written. */
export declare function childWorkflowsOf(definition: unknown): string[];
/**
 * The cycle `name` would close among workflows that start each other, as the list
 * of names from `name` back to it (`['a', 'b', 'a']`), or undefined when there is none.
 * `childrenOf` gives the child workflows of each known workflow (`name`'s new ones included).
 */
export declare function findChildCycle(name: string, childrenOf: (workflow: string) => readonly string[]): string[] | undefined;
/**
 * RegisterWorkflow's check of a definition (`raw`, as written) against the workflows
 * registered so far: the problem when `name` would start itself through them, naming
 * the cycle; undefined otherwise.
 */
export declare function childCycleProblem(name: string, raw: unknown, registered: readonly {
    readonly name: string;
    readonly source: unknown;
}[]): string | undefined;
