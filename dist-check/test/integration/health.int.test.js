// /health of a real orchestrator process: JSON for humans, HTTP status for load balancers.
// Healthy with its agent; degraded (still 200) when the only instance of a capability is killed;
// unhealthy (503) while NATS is down, healthy again when it returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnAgent, spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
const HEARTBEAT = { TROUPE_HEARTBEAT_MS: '200' };
describe('/health', () => {
    let nats;
    let http;
    const procs = [];
    beforeAll(async () => {
        nats = await startNatsServer();
        const orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port', '0'], HEARTBEAT);
        procs.push(orchestrator);
        http = `http://${(await orchestrator.waitForLine(/orchestrator listening on \S+ \(http (\S+)\)/))[1] ?? ''}`;
    });
    afterAll(async () => {
        for (const p of procs)
            p.kill('SIGTERM');
        await Promise.all(procs.map((p) => p.exited));
        await nats?.stop();
    });
    async function health() {
        const res = await fetch(`${http}/health`);
        return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) };
    }
    const until = (what, ok) => waitFor(async () => {
        const h = await health();
        return ok(h) ? h : undefined;
    }, { timeoutMs: 15_000, what, intervalMs: 100 });
    it('answers 200 healthy with agents, tasks, queue, NATS and store status', async () => {
        const agent = await spawnAgent('echo', nats.url, HEARTBEAT);
        procs.push(agent);
        const h = await until('the agent to count as healthy', (x) => x.body.agents.healthy === 1);
        expect(h.status).toBe(200);
        expect(h.type).toBe('application/json');
        expect(h.body).toEqual({
            status: 'healthy',
            ready: true,
            agents: { healthy: 1, total: 1, unavailableCapabilities: [] },
            activeTasks: 0,
            activeRuns: 0,
            queue: { size: 0, capacity: 10_000, byPriority: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
            nats: { status: 'connected' },
            store: { kind: 'jetstream', status: 'ok' },
        });
        const head = await fetch(`${http}/health`, { method: 'HEAD' });
        expect(head.status).toBe(200);
        expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
        expect((await fetch(`${http}/health`, { method: 'POST' })).status).toBe(405);
        // The only instance dies: the orchestrator still serves (200), degraded, and says which capabilities have no instance.
        agent.kill('SIGKILL');
        const degraded = await until('degraded health', (x) => x.body.status === 'degraded');
        expect(degraded.status).toBe(200);
        expect(degraded.body.agents).toEqual({ healthy: 0, total: 1, unavailableCapabilities: ['echo.say', 'echo.stream'] });
    });
    it('answers 503 unhealthy while NATS is down, and 200 again when it returns', async () => {
        await nats.kill();
        const down = await until('unhealthy health', (x) => x.status === 503);
        expect(down.body).toMatchObject({ status: 'unhealthy', nats: { status: 'disconnected' }, store: { kind: 'jetstream', status: 'unavailable' } });
        await nats.restart();
        const back = await until('health after NATS returned', (x) => x.status === 200);
        expect(back.body.nats.status).toBe('connected');
    });
});
//# sourceMappingURL=health.int.test.js.map