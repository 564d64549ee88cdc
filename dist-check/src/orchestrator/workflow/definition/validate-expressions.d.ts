import { type Json } from './expression-ast.js';
import { type StepGraph } from './graph.js';
import type { IndexedStep } from './validate-graph.js';
/**
 * Checks every template of the definition: expressions parse, names are known,
 * `steps.X` references reach only (transitive) dependencies, `item`/`index` appear
 * only in for_each steps. @internal
 */
export declare function checkExpressions(steps: readonly IndexedStep[], graph: StepGraph, allIds: ReadonlyMap<string, number>, output: Json | undefined): string[];
