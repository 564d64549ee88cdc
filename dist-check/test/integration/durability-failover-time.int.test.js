import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { orchestratorAddress, spawnDurableOrchestrator, spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
// Failover time with the DEFAULT lease settings (instance lease TTL 4 s, renewed
// every 1 s): an orchestrator with runs in flight at a slow agent is killed with
// SIGKILL; the time from the kill to the survivor's "adopted run" log line of
// every one of its runs must stay within 5 s. Repeated with several victims.
const KILLS = 3;
const RUNS_PER_KILL = 10;
const LIMIT_MS = 5_000;
const FIXTURE = './test/fixtures/durable-agent.mjs';
const WORKFLOW = `
name: failover-timed
steps:
  - { id: one, capability: probe.step, input: { n: "\${input.n}" }, timeout_ms: 30000, retry: { max_attempts: 5, initial_backoff_ms: 200 } }
output: "\${steps.one.output.n}"
`.trim();
function startOrchestrator(natsUrl, instanceId) {
    // No TROUPE_LEASE_* here: the defaults are what is measured.
    return spawnDurableOrchestrator(natsUrl, instanceId, { TROUPE_LOG_LEVEL: 'info' });
}
describe('failover time after kill -9 (default lease settings)', () => {
    let nats;
    let agent;
    const procs = [];
    const clients = [];
    beforeAll(async () => {
        nats = await startNatsServer();
        // Slow enough that every run is still at the agent when its orchestrator dies.
        agent = spawnTroupe(['agent', FIXTURE, '--nats', nats.url], { TROUPE_HEARTBEAT_MS: '200', DURABLE_STEP_MIN_MS: '2500', DURABLE_STEP_MAX_MS: '3000' });
        procs.push(agent);
        await agent.waitForLine(/listening on/, 20_000);
    }, 30_000);
    afterAll(async () => {
        for (const c of clients)
            c.close();
        for (const p of procs)
            p.kill('SIGKILL');
        await Promise.all(procs.map((p) => p.exited));
        await nats?.stop();
    });
    it(`adopts every run of a kill -9ed orchestrator within ${LIMIT_MS} ms`, async () => {
        const survivor = startOrchestrator(nats.url, 'survivor');
        procs.push(survivor);
        const clientS = createOrchestratorClient(await orchestratorAddress(survivor));
        clients.push(clientS);
        await waitFor(async () => (await clientS.listAgents()).some((x) => x.state === 'active'), { timeoutMs: 5000, what: 'the agent to be active' });
        await clientS.registerWorkflow(WORKFLOW);
        const times = [];
        for (let k = 0; k < KILLS; k++) {
            const victim = startOrchestrator(nats.url, `victim-${k}`);
            procs.push(victim);
            const client = createOrchestratorClient(await orchestratorAddress(victim));
            clients.push(client);
            await waitFor(async () => (await client.listAgents()).some((x) => x.state === 'active'), { timeoutMs: 5000, what: 'the agent to be active' });
            const runIds = [];
            for (let i = 0; i < RUNS_PER_KILL; i++)
                runIds.push((await client.startRun({ workflow: 'failover-timed', input: { n: i } })).runId);
            await waitFor(() => runIds.every((id) => agent.output().includes(`EXEC start ${id}/one/`)), { timeoutMs: 10_000, what: 'every run to be at the agent' });
            const killedAt = Date.now();
            victim.kill('SIGKILL');
            const adoptedAt = await Promise.all(runIds.map(async (id) => {
                await survivor.waitForLine(new RegExp(`${id}[^\\n]*adopted run|adopted run[^\\n]*${id}`), 15_000);
                return Date.now();
            }));
            const took = Math.max(...adoptedAt) - killedAt;
            times.push(took);
            await waitFor(async () => (await Promise.all(runIds.map(async (id) => (await clientS.getRun(id)).status))).every((s) => s === 'completed'), {
                timeoutMs: 15_000,
                intervalMs: 200,
                what: 'the survivor to complete the adopted runs',
            });
        }
        console.log(`failover after kill -9: ${times.map((t) => `${t} ms`).join(', ')}`);
        for (const t of times)
            expect(t).toBeLessThanOrEqual(LIMIT_MS);
    }, 120_000);
});
//# sourceMappingURL=durability-failover-time.int.test.js.map