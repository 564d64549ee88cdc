import { typeMatches } from './plan.js';
/**
 * The planner's view of the registry: one line per capability that routable instances
 * offer, with the union of their declared types and the mean of their measurements.
 */
export function plannableCapabilities(entries) {
    const byName = new Map();
    for (const entry of entries) {
        if (!entry.routable)
            continue;
        for (const c of entry.descriptor.capabilities ?? []) {
            const name = c.name ?? '';
            if (!name)
                continue;
            const line = byName.get(name) ?? { inputTypes: new Set(), outputTypes: new Set(), streaming: false, latencies: [], successes: [] };
            for (const t of c.inputTypes ?? [])
                line.inputTypes.add(t);
            for (const t of c.outputTypes ?? [])
                line.outputTypes.add(t);
            line.streaming ||= c.streaming ?? false;
            if (entry.latencyEwmaMs > 0)
                line.latencies.push(entry.latencyEwmaMs);
            line.successes.push(entry.successRate);
            byName.set(name, line);
        }
    }
    const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    return [...byName].map(([name, l]) => ({
        name,
        inputTypes: [...l.inputTypes],
        outputTypes: [...l.outputTypes],
        streaming: l.streaming,
        instances: l.successes.length,
        latencyMs: mean(l.latencies),
        successRate: mean(l.successes),
    }));
}
/** Whether an instance has a capability accepting `inputType` and one producing `outputType` (each when given). */
export function offersTypes(entry, filter) {
    const caps = entry.descriptor.capabilities ?? [];
    const accepts = !filter.inputType || caps.some((c) => (c.inputTypes ?? []).some((t) => t === filter.inputType || typeMatches(filter.inputType, t)));
    const produces = !filter.outputType || caps.some((c) => (c.outputTypes ?? []).some((t) => t === filter.outputType || typeMatches(t, filter.outputType)));
    return accepts && produces;
}
//# sourceMappingURL=plannable.js.map