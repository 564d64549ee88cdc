import { ATTR, METRIC, observeGauge } from '../../sdk/telemetry/index.js';
/** Every lifecycle state, so each agent's series exist at 0 (docs/metrics.md). */
const LIFECYCLE_STATES = ['joining', 'active', 'saturated', 'maintenance', 'draining', 'suspect', 'unreachable', 'left', 'refused'];
/** Every breaker state. */
const BREAKER_STATES = ['closed', 'open', 'halfOpen'];
/** States in which an instance takes tasks. */
const SERVING = new Set(['active', 'saturated']);
/**
 * Prometheus gauges of agent health, observed on scrape (they cost nothing between scrapes):
 * - `troupe_agents{troupe_agent_name, state}`: instances per agent and lifecycle state;
 * - `troupe_breakers{troupe_agent_name, state}`: instances per agent and breaker state;
 * - `troupe_capability_instances{troupe_capability}`: instances serving (active or saturated) each capability.
 *
 * An agent or capability seen once keeps its series, at 0, for the life of the process,
 * even after its last instance is forgotten: "no instance of X" is then a value an alert
 * can see, not a missing series. Returns a stop function.
 */
export function observeRegistry(registry) {
    const agents = new Set();
    const capabilities = new Set();
    const entries = () => {
        const all = registry.list({ includeLeft: true });
        for (const e of all) {
            if (e.descriptor.name)
                agents.add(e.descriptor.name);
            for (const c of e.capabilities)
                capabilities.add(c);
        }
        return all;
    };
    const stopAgents = observeGauge(METRIC.AGENTS, 'Agent instances by agent and lifecycle state', (record) => {
        const counts = zeroes(agents, entries(), LIFECYCLE_STATES, (e) => e.state);
        for (const [agent, byState] of counts)
            for (const [state, n] of byState)
                record(n, { [ATTR.AGENT_NAME]: agent, state });
    });
    const stopBreakers = observeGauge(METRIC.BREAKERS, 'Agent instances (not left) by agent and circuit-breaker state', (record) => {
        const live = entries().filter((e) => e.state !== 'left' && e.state !== 'refused');
        const counts = zeroes(agents, live, BREAKER_STATES, (e) => e.breaker);
        for (const [agent, byState] of counts)
            for (const [state, n] of byState)
                record(n, { [ATTR.AGENT_NAME]: agent, state });
    });
    const stopCapabilities = observeGauge(METRIC.CAPABILITY_INSTANCES, 'Agent instances serving each capability (active or saturated)', (record) => {
        const counts = new Map();
        for (const e of entries())
            for (const c of e.capabilities)
                counts.set(c, (counts.get(c) ?? 0) + (SERVING.has(e.state) ? 1 : 0));
        for (const c of capabilities)
            record(counts.get(c) ?? 0, { [ATTR.CAPABILITY]: c });
    });
    return () => {
        stopAgents();
        stopBreakers();
        stopCapabilities();
    };
}
/** Counts per agent name and state, with every known agent and every state present (0 when none). */
function zeroes(agents, entries, states, stateOf) {
    const counts = new Map();
    for (const agent of agents)
        counts.set(agent, new Map(states.map((s) => [s, 0])));
    for (const e of entries) {
        const byState = counts.get(e.descriptor.name ?? '');
        if (byState)
            byState.set(stateOf(e), (byState.get(stateOf(e)) ?? 0) + 1);
    }
    return counts;
}
//# sourceMappingURL=registry-metrics.js.map