/**
 * Graph algorithms over steps, pure and deterministic: ties are always broken by
 * the order the steps were written in. Edges point from a step to its dependents
 * (the direction work flows). @internal
 */
/** Step ids in definition order, with each step's dependencies. @internal */
export interface StepGraph {
    readonly ids: readonly string[];
    readonly dependsOn: ReadonlyMap<string, readonly string[]>;
}
/** Dependents of each step, in definition order. @internal */
export declare function dependentsOf(graph: StepGraph): Map<string, string[]>;
/**
 * Distinct cycles, each in flow order starting from its earliest-written step and
 * ending where it began: `['a', 'b', 'c', 'a']`. One cycle per DFS back edge, so
 * every strongly connected tangle is reported at least once. Self-edges are ignored.
 * @internal
 */
export declare function findCycles(graph: StepGraph): string[][];
/** Every step `id` depends on, directly or not (itself excluded unless on a cycle). @internal */
export declare function ancestorsOf(graph: StepGraph, id: string): Set<string>;
/**
 * Steps in an order where each comes after all its dependencies; among steps that
 * are free at the same time, the earliest written goes first. Assumes no cycle.
 * @internal
 */
export declare function topologicalOrder(graph: StepGraph): string[];
