/**
 * The layout of a workflow's steps as a layered DAG, pure: a step's layer is the length of the
 * longest `depends_on` chain before it; steps keep their written order within a layer. Cycles
 * (refused at registration anyway) and unknown dependencies are ignored rather than looping.
 */
/** Box size and gaps of the drawing, in SVG units. */
export const BOX = { width: 150, height: 40, gapX: 50, gapY: 18, pad: 10 };
/** The steps of a definition (`{ steps: [{ id, depends_on }] }`), in written order. */
export function stepsOf(definition) {
    const steps = definition?.steps;
    if (!Array.isArray(steps))
        return [];
    return steps.flatMap((s) => {
        const step = s;
        if (typeof step.id !== 'string')
            return [];
        const deps = Array.isArray(step.depends_on) ? step.depends_on.filter((d) => typeof d === 'string') : [];
        return [{ id: step.id, dependsOn: deps }];
    });
}
export function layout(steps) {
    const byId = new Map(steps.map((s) => [s.id, s]));
    const layers = new Map();
    const visiting = new Set();
    const layerOf = (id) => {
        const known = layers.get(id);
        if (known !== undefined)
            return known;
        if (visiting.has(id))
            return 0; // a cycle: cut it here
        visiting.add(id);
        const deps = (byId.get(id)?.dependsOn ?? []).filter((d) => byId.has(d) && d !== id);
        const layer = deps.length === 0 ? 0 : Math.max(...deps.map(layerOf)) + 1;
        visiting.delete(id);
        layers.set(id, layer);
        return layer;
    };
    const rows = new Map();
    const nodes = steps.map((s) => {
        const layer = layerOf(s.id);
        const row = rows.get(layer) ?? 0;
        rows.set(layer, row + 1);
        return { id: s.id, layer, row, x: BOX.pad + layer * (BOX.width + BOX.gapX), y: BOX.pad + row * (BOX.height + BOX.gapY) };
    });
    const edges = steps.flatMap((s) => s.dependsOn.filter((d) => byId.has(d) && d !== s.id).map((d) => ({ from: d, to: s.id })));
    const maxLayer = nodes.reduce((m, n) => Math.max(m, n.layer), 0);
    const maxRows = Math.max(1, ...rows.values());
    return {
        nodes,
        edges,
        width: nodes.length ? 2 * BOX.pad + (maxLayer + 1) * BOX.width + maxLayer * BOX.gapX : 0,
        height: nodes.length ? 2 * BOX.pad + maxRows * BOX.height + (maxRows - 1) * BOX.gapY : 0,
    };
}
//# sourceMappingURL=dag.js.map