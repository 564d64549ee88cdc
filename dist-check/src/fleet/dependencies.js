/**
 * Orders `agents` by their needs.
 *
 * @example
 * ```ts
 * checkDependencies(fleet.agents).waves; // [['topic-discovery', 'web-harvester'], ['script-weaver'], ['voice-forge']]
 * ```
 */
export function checkDependencies(agents) {
    const providers = new Map();
    for (const a of agents)
        for (const c of a.capabilities)
            providers.set(c, [...(providers.get(c) ?? []), a.name]);
    const deps = new Map();
    const external = new Map();
    const problems = [];
    for (const a of agents) {
        const on = new Set();
        for (const need of a.needs) {
            const by = providers.get(need);
            if (!by)
                external.set(a.name, [...(external.get(a.name) ?? []), need]);
            else if (by.includes(a.name))
                problems.push(`agents.${a.name}.needs: "${need}" is its own capability`);
            else
                for (const p of by)
                    on.add(p);
        }
        deps.set(a.name, on);
    }
    const waves = [];
    const placed = new Set();
    while (placed.size < agents.length) {
        const wave = agents.filter((a) => !placed.has(a.name) && [...(deps.get(a.name) ?? [])].every((d) => placed.has(d))).map((a) => a.name);
        if (wave.length === 0) {
            const left = agents.filter((a) => !placed.has(a.name)).map((a) => a.name);
            problems.push(`agents: dependency cycle: ${findCycle(left, deps).join(' → ')}`);
            break;
        }
        for (const n of wave)
            placed.add(n);
        waves.push(wave);
    }
    return { waves, external, problems };
}
/** One cycle among `left` (every one of them is on or behind a cycle), as a closed path. */
function findCycle(left, deps) {
    const path = [];
    let at = left[0] ?? '';
    while (!path.includes(at)) {
        path.push(at);
        at = [...(deps.get(at) ?? [])].find((d) => left.includes(d)) ?? at;
    }
    return [...path.slice(path.indexOf(at)), at];
}
/** `a, b → c → d`: the start order as one line. */
export function formatOrder(waves) {
    return waves.map((w) => w.join(', ')).join(' → ');
}
//# sourceMappingURL=dependencies.js.map