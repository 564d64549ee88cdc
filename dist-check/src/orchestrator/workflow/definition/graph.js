/**
 * Graph algorithms over steps, pure and deterministic: ties are always broken by
 * the order the steps were written in. Edges point from a step to its dependents
 * (the direction work flows). @internal
 */
/** Dependents of each step, in definition order. @internal */
export function dependentsOf(graph) {
    const dependents = new Map(graph.ids.map((id) => [id, []]));
    for (const id of graph.ids) {
        for (const dep of graph.dependsOn.get(id) ?? []) {
            const list = dependents.get(dep);
            if (list && !list.includes(id))
                list.push(id);
        }
    }
    return dependents;
}
/**
 * Distinct cycles, each in flow order starting from its earliest-written step and
 * ending where it began: `['a', 'b', 'c', 'a']`. One cycle per DFS back edge, so
 * every strongly connected tangle is reported at least once. Self-edges are ignored.
 * @internal
 */
export function findCycles(graph) {
    const order = new Map(graph.ids.map((id, i) => [id, i]));
    const dependents = dependentsOf(graph);
    const state = new Map();
    const stack = [];
    const seen = new Set();
    const cycles = [];
    const visit = (id) => {
        state.set(id, 'open');
        stack.push(id);
        for (const next of dependents.get(id) ?? []) {
            if (next === id)
                continue;
            const s = state.get(next);
            if (s === undefined)
                visit(next);
            else if (s === 'open') {
                const loop = stack.slice(stack.indexOf(next));
                const start = loop.reduce((best, x, i) => ((order.get(x) ?? 0) < (order.get(loop[best]) ?? 0) ? i : best), 0);
                const rotated = [...loop.slice(start), ...loop.slice(0, start)];
                const key = rotated.join('\u0000');
                if (!seen.has(key)) {
                    seen.add(key);
                    cycles.push([...rotated, rotated[0]]);
                }
            }
        }
        stack.pop();
        state.set(id, 'done');
    };
    for (const id of graph.ids)
        if (!state.has(id))
            visit(id);
    return cycles;
}
/** Every step `id` depends on, directly or not (itself excluded unless on a cycle). @internal */
export function ancestorsOf(graph, id) {
    const found = new Set();
    const pending = [...(graph.dependsOn.get(id) ?? [])];
    for (let dep = pending.pop(); dep !== undefined; dep = pending.pop()) {
        if (found.has(dep))
            continue;
        found.add(dep);
        pending.push(...(graph.dependsOn.get(dep) ?? []));
    }
    return found;
}
/**
 * Steps in an order where each comes after all its dependencies; among steps that
 * are free at the same time, the earliest written goes first. Assumes no cycle.
 * @internal
 */
export function topologicalOrder(graph) {
    const dependents = dependentsOf(graph);
    const waiting = new Map(graph.ids.map((id) => [id, new Set(graph.dependsOn.get(id) ?? []).size]));
    const order = [];
    const free = graph.ids.filter((id) => waiting.get(id) === 0);
    const position = new Map(graph.ids.map((id, i) => [id, i]));
    while (free.length > 0) {
        free.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
        const id = free.shift();
        order.push(id);
        for (const next of dependents.get(id) ?? []) {
            const left = (waiting.get(next) ?? 0) - 1;
            waiting.set(next, left);
            if (left === 0)
                free.push(next);
        }
    }
    return order;
}
//# sourceMappingURL=graph.js.map