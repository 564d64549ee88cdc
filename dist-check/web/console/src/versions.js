/**
 * The capability versions the console's "Versions & rollouts" view shows: from the agent
 * instances (`GET /api/agents`), each capability's versions and the instances serving each.
 */
/**
 * Every (capability, version) the instances serve, by capability then version (semver order,
 * numeric parts compared as numbers). A capability without its own version has its agent's
 * (as the registry has it, docs/rollouts.md); instances that left are not counted.
 */
export function capabilityVersions(instances) {
    const rows = new Map();
    for (const i of instances) {
        if (/LEFT$/i.test(i.state) || /^left$/i.test(i.state))
            continue;
        for (const c of i.agent.capabilities ?? []) {
            const version = c.version || i.agent.version || '';
            const key = `${c.name}\u0000${version}`;
            const row = rows.get(key) ?? { capability: c.name, version, instances: new Set(), agents: new Set() };
            row.instances.add(i.agent.instanceId);
            row.agents.add(i.agent.name);
            rows.set(key, row);
        }
    }
    return [...rows.values()]
        .map((r) => ({ capability: r.capability, version: r.version, instances: [...r.instances].sort(), agents: [...r.agents].sort() }))
        .sort((a, b) => a.capability.localeCompare(b.capability) || compareVersions(a.version, b.version));
}
/** Semver-ish order: `1.10.0` after `1.9.0`, a prerelease before its release; anything else by text. */
export function compareVersions(a, b) {
    const parse = (v) => {
        const m = /^(\d+)\.(\d+)\.(\d+)(?:-([^+]*))?(?:\+.*)?$/.exec(v);
        return m ? [[Number(m[1]), Number(m[2]), Number(m[3])], m[4] ?? ''] : undefined;
    };
    const pa = parse(a);
    const pb = parse(b);
    if (!pa || !pb)
        return pa ? -1 : pb ? 1 : a.localeCompare(b);
    for (let i = 0; i < 3; i++)
        if (pa[0][i] !== pb[0][i])
            return pa[0][i] - pb[0][i];
    if (pa[1] === pb[1])
        return 0;
    if (!pa[1])
        return 1;
    if (!pb[1])
        return -1;
    return pa[1].localeCompare(pb[1], undefined, { numeric: true });
}
//# sourceMappingURL=versions.js.map