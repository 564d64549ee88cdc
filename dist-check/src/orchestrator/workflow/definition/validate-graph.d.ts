import { type StepGraph } from './graph.js';
import type { StepDefinition } from './schema.js';
/** A step that passed shape validation, with its position as written. @internal */
export interface IndexedStep {
    readonly index: number;
    readonly def: StepDefinition;
}
/**
 * Checks the dependency graph: duplicate ids, unknown or repeated dependencies,
 * self-dependencies and cycles. `allIds` holds the ids of every step written, valid
 * or not, so a step with a shape error does not also show up as "unknown".
 * Returns the problems and the graph of the well-formed steps. @internal
 */
export declare function checkGraph(steps: readonly IndexedStep[], allIds: ReadonlyMap<string, number>): {
    problems: string[];
    graph: StepGraph;
};
