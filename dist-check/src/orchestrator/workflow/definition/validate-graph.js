import { didYouMean } from './did-you-mean.js';
import { findCycles } from './graph.js';
/**
 * Checks the dependency graph: duplicate ids, unknown or repeated dependencies,
 * self-dependencies and cycles. `allIds` holds the ids of every step written, valid
 * or not, so a step with a shape error does not also show up as "unknown".
 * Returns the problems and the graph of the well-formed steps. @internal
 */
export function checkGraph(steps, allIds) {
    const problems = [];
    const firstIndex = new Map();
    const dependsOn = new Map();
    for (const { index, def } of steps) {
        const where = `steps[${index}]`;
        const first = allIds.get(def.id);
        if (first !== undefined && first !== index) {
            problems.push(`${where}.id: duplicate step id "${def.id}" (first used by steps[${first}])`);
            continue;
        }
        firstIndex.set(def.id, index);
        const deps = [];
        const listed = new Set();
        for (const dep of def.depends_on ?? []) {
            if (listed.has(dep)) {
                problems.push(`${where}.depends_on: "${dep}" is listed twice`);
                continue;
            }
            listed.add(dep);
            if (dep === def.id)
                problems.push(`${where}.depends_on: step "${dep}" depends on itself`);
            else if (!allIds.has(dep)) {
                const hint = didYouMean(dep, allIds.keys());
                problems.push(`${where}.depends_on: unknown step "${dep}"${hint ? ` (${hint})` : ''}`);
            }
            else
                deps.push(dep);
        }
        dependsOn.set(def.id, deps);
    }
    // Only edges between well-formed steps take part in the graph.
    for (const [id, deps] of dependsOn)
        dependsOn.set(id, deps.filter((d) => dependsOn.has(d)));
    const graph = { ids: [...firstIndex.keys()], dependsOn };
    for (const cycle of findCycles(graph))
        problems.push(`cycle: ${cycle.join(' → ')}`);
    return { problems, graph };
}
//# sourceMappingURL=validate-graph.js.map