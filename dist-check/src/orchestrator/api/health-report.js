const SERVING = new Set(['active', 'saturated']);
/**
 * The orchestrator's health for humans and load balancers: agents healthy (active or
 * saturated) out of those registered, tasks in flight and queued, NATS and store status.
 * A load balancer reads only the HTTP status: 503 when `unhealthy` (not ready, or NATS
 * unreachable), else 200; a down agent degrades the answer but does not take the
 * orchestrator out of rotation, since another orchestrator would not do better.
 */
export function healthReport(sources) {
    const entries = sources.registry.list();
    const healthy = entries.filter((e) => SERVING.has(e.state));
    const offered = new Set(entries.flatMap((e) => [...e.capabilities]));
    const served = new Set(healthy.flatMap((e) => [...e.capabilities]));
    const unavailableCapabilities = [...offered].filter((c) => !served.has(c)).sort();
    const natsUp = sources.natsUp();
    const ready = sources.ready();
    const tasks = sources.tasks();
    const byPriority = Object.fromEntries(tasks.queued.map((n, i) => [String(i + 1), n]));
    const status = !ready || !natsUp ? 'unhealthy' : unavailableCapabilities.length > 0 ? 'degraded' : 'healthy';
    return {
        status,
        ready,
        agents: { healthy: healthy.length, total: entries.length, unavailableCapabilities },
        activeTasks: tasks.inFlight,
        activeRuns: sources.runsActive(),
        queue: { size: tasks.queued.reduce((a, b) => a + b, 0), capacity: tasks.capacity, byPriority },
        nats: { status: natsUp ? 'connected' : 'disconnected' },
        // The store is JetStream: it is reachable exactly when NATS is (an election in a cluster
        // shows as retried writes, not here).
        store: { kind: sources.durable ? 'jetstream' : 'memory', status: !sources.durable || natsUp ? 'ok' : 'unavailable' },
    };
}
//# sourceMappingURL=health-report.js.map