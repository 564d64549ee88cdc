import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent, startAgent } from '../../src/sdk/index.js';
import { testLogger } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';
// Two orchestrators share one agent. Each counts only the tasks IT has in flight there, so
// together they can send more than the agent's maxConcurrency; the agent refuses the excess
// with RESOURCE_EXHAUSTED before running it. A refusal is not a failure of the step: the
// task waits for capacity (the deadline bounds it), so a burst that was accepted completes,
// even with the default of one attempt per step.
const RUNS = 24;
const WORKFLOW = `
name: shared-capacity
steps:
  - { id: only, capability: slow.echo, input: "\${input}" }
output: "\${steps.only.output}"
`.trim();
describe('an agent at its max concurrency, shared by one or two orchestrators', () => {
    let nats;
    const orchestrators = [];
    const clients = [];
    let agent;
    let running = 0;
    let most = 0;
    beforeAll(async () => {
        nats = await startNatsServer();
        for (const id of ['cap-a', 'cap-b']) {
            const o = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 200, logLevel: 'silent', instanceId: id }, { logger: testLogger });
            orchestrators.push(o);
            clients.push(createOrchestratorClient(o.grpcAddress));
        }
        const slow = defineAgent({
            name: 'slow-echo',
            version: '1.0.0',
            maxConcurrency: 2,
            capabilities: [{ name: 'slow.echo' }],
            handlers: {
                'slow.echo': async (input) => {
                    most = Math.max(most, ++running);
                    await new Promise((resolve) => setTimeout(resolve, 60)); // the work
                    running--;
                    return input;
                },
            },
        });
        agent = await startAgent(slow, { nats: nats.url, heartbeatIntervalMs: 200, logger: testLogger });
        for (const o of orchestrators) {
            await waitFor(() => o.registry.list({ capability: 'slow.echo' }).some((e) => e.routable), { timeoutMs: 5000, what: 'the agent routable' });
        }
        await clients[0].registerWorkflow(WORKFLOW);
    }, 30_000);
    afterAll(async () => {
        for (const c of clients)
            c.close();
        await agent?.drain('test over');
        await Promise.all(orchestrators.map((o) => o.stop()));
        await nats?.stop();
    });
    /** Starts RUNS runs, run i through `via(i)`, and waits until every one has finished. */
    async function burst(via) {
        const runIds = await Promise.all(Array.from({ length: RUNS }, async (_, i) => (await via(i).startRun({ workflow: 'shared-capacity', input: { n: i } })).runId));
        return waitFor(async () => {
            const all = await Promise.all(runIds.map(async (id, i) => (await via(i).getRun(id))));
            return all.every((r) => r.status !== 'running' && r.status !== 'pending') && all;
        }, { timeoutMs: 30_000, intervalMs: 100, what: `all ${RUNS} runs to finish` });
    }
    it('one orchestrator: a burst over the agent\'s limit waits for capacity and completes (one attempt per step)', async () => {
        most = 0;
        const reports = await burst(() => clients[0]);
        reports.forEach((r, i) => {
            expect(r.status, JSON.stringify(r).slice(0, 800)).toBe('completed');
            expect(r.output).toEqual({ n: i });
            expect(r.steps[0]?.attempts, 'a refusal spends no attempt').toBe(1);
        });
        expect(most).toBeLessThanOrEqual(2);
    });
    it('two orchestrators: the agent refuses what the other one filled; the task waits and completes, never over the limit', async () => {
        most = 0;
        const reports = await burst((i) => clients[i % 2]);
        reports.forEach((r, i) => {
            expect(r.status, JSON.stringify(r).slice(0, 800)).toBe('completed');
            expect(r.output).toEqual({ n: i });
            expect(r.steps[0]?.attempts, 'a refusal spends no attempt').toBe(1);
        });
        expect(most).toBeLessThanOrEqual(2);
    });
});
//# sourceMappingURL=shared-agent-capacity.int.test.js.map