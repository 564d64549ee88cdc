import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { orchestratorAddress, spawnDurableOrchestrator, spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
// Effectively-once across an orchestrator crash: the orchestrator is kill -9ed with
// steps in flight and restarted with the same instance id; it redoes those steps with
// the same idempotency key, and the agent's cached capability answers the redo from
// troupe_agent_results: every handler ran exactly once per key.
const RUNS = 12;
// Under load an agent may miss heartbeats for a moment: retry (a retry is a new attempt, so a new key).
const RETRY = '{ max_attempts: 20, initial_backoff_ms: 200, max_backoff_ms: 2000, multiplier: 2 }';
const WORKFLOW = `
name: cached-chain
steps:
  - { id: one, capability: cached.step, input: { n: "\${input.n}" }, timeout_ms: 20000, retry: ${RETRY} }
  - { id: two, capability: cached.step, depends_on: [one], input: { n: "\${steps.one.output.n}" }, timeout_ms: 20000, retry: ${RETRY} }
output: "\${steps.two.output.n}"
`.trim();
function starts(agent) {
    return [...agent.output().matchAll(/^EXEC start (\S+)$/gm)].map((m) => m[1]);
}
function orchestrator(natsUrl) {
    return spawnDurableOrchestrator(natsUrl, 'orch-cached');
}
async function clientOf(proc) {
    return createOrchestratorClient(await orchestratorAddress(proc));
}
describe('cached capability across an orchestrator kill -9', () => {
    let nats;
    let agent;
    const procs = [];
    const clients = [];
    beforeAll(async () => {
        nats = await startNatsServer();
        agent = spawnTroupe(['agent', './test/fixtures/cached-durable-agent.mjs', '--nats', nats.url], { TROUPE_HEARTBEAT_MS: '200', TROUPE_LOG_LEVEL: 'info' });
        procs.push(agent);
        await agent.waitForLine(/agent listening|listening on/, 20_000);
    }, 30_000);
    afterAll(async () => {
        for (const c of clients)
            c.close();
        for (const p of procs)
            p.kill('SIGKILL');
        await Promise.all(procs.map((p) => p.exited));
        await nats?.stop();
    });
    it('runs the handler of the step in flight exactly once', async () => {
        const first = orchestrator(nats.url);
        procs.push(first);
        const client = await clientOf(first);
        clients.push(client);
        await waitFor(async () => (await client.listAgents()).some((a) => a.state === 'active'), { timeoutMs: 5000, what: 'the agent to be active' });
        await client.registerWorkflow(WORKFLOW);
        const runIds = [];
        for (let i = 0; i < RUNS; i++)
            runIds.push((await client.startRun({ workflow: 'cached-chain', input: { n: i * 10 } })).runId);
        // Kill while steps are in flight: every run has started its first step.
        await waitFor(() => starts(agent).length >= RUNS, { timeoutMs: 20_000, what: 'first steps to start' });
        first.kill('SIGKILL');
        await first.exited;
        const second = orchestrator(nats.url);
        procs.push(second);
        const client2 = await clientOf(second);
        clients.push(client2);
        let last = [];
        await waitFor(async () => {
            last = await Promise.all(runIds.map((id) => client2.getRun(id).catch((err) => ({ status: `error: ${err.message}` }))));
            return last.every((r) => r.status === 'completed');
        }, { timeoutMs: 40_000, intervalMs: 250, what: 'every run to complete after the restart' }).catch((err) => {
            const open = last.filter((r) => r.status !== 'completed');
            throw new Error(`${err.message}: ${JSON.stringify(open).slice(0, 3000)}\n${second.output().slice(-3000)}`);
        });
        for (const [i, runId] of runIds.entries())
            expect((await client2.getRun(runId))).toMatchObject({ output: i * 10 + 2 });
        // Each key's handler started once, and the redos of the attempts in flight were answered from the cache.
        const keys = starts(agent);
        expect(keys.length).toBe(new Set(keys).size);
        expect(new Set(keys.map((k) => k.split('/').slice(0, 2).join('/'))).size).toBe(RUNS * 2);
        expect(agent.output()).toMatch(/task answered from the result cache/);
        second.kill('SIGTERM');
        await second.exited;
    }, 90_000);
});
//# sourceMappingURL=durability-cached.int.test.js.map