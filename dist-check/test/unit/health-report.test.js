import { describe, expect, it } from 'vitest';
import { healthReport } from '../../src/orchestrator/api/health-report.js';
const entry = (state, ...capabilities) => ({ state, capabilities: new Set(capabilities) });
function sources(entries, over = {}) {
    return {
        registry: { list: () => entries },
        ready: () => true,
        natsUp: () => true,
        durable: true,
        tasks: () => ({ inFlight: 2, queued: [0, 3, 1, 0, 0], capacity: 100 }),
        runsActive: () => 1,
        ...over,
    };
}
describe('healthReport', () => {
    it('is healthy when every offered capability has a serving instance; counts saturated as healthy', () => {
        const report = healthReport(sources([entry('active', 'a'), entry('saturated', 'b'), entry('unreachable', 'a')]));
        expect(report).toEqual({
            status: 'healthy',
            ready: true,
            agents: { healthy: 2, total: 3, unavailableCapabilities: [] },
            activeTasks: 2,
            activeRuns: 1,
            queue: { size: 4, capacity: 100, byPriority: { 1: 0, 2: 3, 3: 1, 4: 0, 5: 0 } },
            nats: { status: 'connected' },
            store: { kind: 'jetstream', status: 'ok' },
        });
    });
    it('is degraded, naming them, when capabilities have no serving instance', () => {
        const report = healthReport(sources([entry('active', 'a'), entry('suspect', 'c', 'b'), entry('maintenance', 'b')]));
        expect(report.status).toBe('degraded');
        expect(report.agents.unavailableCapabilities).toEqual(['b', 'c']);
    });
    it('is unhealthy when not ready or NATS is down; the JetStream store is then unavailable, a memory store is not', () => {
        expect(healthReport(sources([], { ready: () => false })).status).toBe('unhealthy');
        const down = healthReport(sources([entry('active', 'a')], { natsUp: () => false }));
        expect(down).toMatchObject({ status: 'unhealthy', nats: { status: 'disconnected' }, store: { kind: 'jetstream', status: 'unavailable' } });
        expect(healthReport(sources([], { natsUp: () => false, durable: false })).store).toEqual({ kind: 'memory', status: 'ok' });
    });
});
//# sourceMappingURL=health-report.test.js.map