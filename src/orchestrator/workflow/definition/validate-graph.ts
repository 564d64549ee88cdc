import { didYouMean } from './did-you-mean.js';
import { findCycles, type StepGraph } from './graph.js';
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
export function checkGraph(steps: readonly IndexedStep[], allIds: ReadonlyMap<string, number>): { problems: string[]; graph: StepGraph } {
  const problems: string[] = [];
  const firstIndex = new Map<string, number>();
  const dependsOn = new Map<string, string[]>();
  for (const { index, def } of steps) {
    const where = `steps[${index}]`;
    const first = allIds.get(def.id);
    if (first !== undefined && first !== index) {
      problems.push(`${where}.id: duplicate step id "${def.id}" (first used by steps[${first}])`);
      continue;
    }
    firstIndex.set(def.id, index);
    const deps: string[] = [];
    const listed = new Set<string>();
    for (const dep of def.depends_on ?? []) {
      if (listed.has(dep)) {
        problems.push(`${where}.depends_on: "${dep}" is listed twice`);
        continue;
      }
      listed.add(dep);
      if (dep === def.id) problems.push(`${where}.depends_on: step "${dep}" depends on itself`);
      else if (!allIds.has(dep)) {
        const hint = didYouMean(dep, allIds.keys());
        problems.push(`${where}.depends_on: unknown step "${dep}"${hint ? ` (${hint})` : ''}`);
      } else deps.push(dep);
    }
    dependsOn.set(def.id, deps);
  }
  // Only edges between well-formed steps take part in the graph.
  for (const [id, deps] of dependsOn) dependsOn.set(id, deps.filter((d) => dependsOn.has(d)));
  const graph: StepGraph = { ids: [...firstIndex.keys()], dependsOn };
  for (const cycle of findCycles(graph)) problems.push(`cycle: ${cycle.join(' → ')}`);
  return { problems, graph };
}
