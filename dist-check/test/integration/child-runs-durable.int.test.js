import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { orchestratorAddress, spawnDurableOrchestrator, spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
// Child runs across a crash: the orchestrator (a child process) is killed with SIGKILL
// while parents wait for their children, and restarted with the same instance id. Each
// parent must re-attach to the child it had started (found by the child link in its
// record, or by the child's idempotency key) and complete; no second child may start.
const PARENTS = 6;
const CHILD = `
name: dc-child
steps:
  - { id: work, capability: probe.step, input: { n: "\${input.n}" }, timeout_ms: 20000, retry: { max_attempts: 10, initial_backoff_ms: 100, max_backoff_ms: 1000 } }
output: "\${steps.work.output.n}"
`;
const PARENT = `
name: dc-parent
steps:
  - id: kid
    workflow: dc-child
    input: { n: "\${input.n}" }
  - { id: after, capability: probe.step, depends_on: [kid], input: { n: "\${steps.kid.output}" }, timeout_ms: 20000, retry: { max_attempts: 10, initial_backoff_ms: 100, max_backoff_ms: 1000 } }
output: "\${steps.after.output.n}"
`;
describe('child runs across an orchestrator crash (processes)', () => {
    let nats;
    let agent;
    const procs = [];
    const clients = [];
    beforeAll(async () => {
        nats = await startNatsServer();
        // Each step takes 1.5 s: the kill lands while the children are at work.
        agent = spawnTroupe(['agent', './test/fixtures/durable-agent.mjs', '--nats', nats.url], { TROUPE_HEARTBEAT_MS: '200', DURABLE_STEP_MIN_MS: '1500', DURABLE_STEP_MAX_MS: '1600' });
        procs.push(agent);
        await agent.waitForLine(/agent \S+ \((\S+)\) listening on/, 20_000);
    }, 30_000);
    afterAll(async () => {
        for (const c of clients)
            c.close();
        for (const p of procs)
            p.kill('SIGKILL');
        await Promise.all(procs.map((p) => p.exited));
        await nats?.stop();
    });
    it('after a kill -9 mid-child every parent re-attaches to its one child and completes', async () => {
        const first = spawnDurableOrchestrator(nats.url, 'dc-orch');
        procs.push(first);
        const client = createOrchestratorClient(await orchestratorAddress(first));
        clients.push(client);
        await waitFor(async () => (await client.listAgents()).some((a) => a.state === 'active'), { timeoutMs: 5000, what: 'the agent to be active' });
        await client.registerWorkflow(CHILD);
        await client.registerWorkflow(PARENT);
        const parents = [];
        for (let n = 0; n < PARENTS; n++)
            parents.push((await client.startRun({ workflow: 'dc-parent', input: { n: n * 10 } })).runId);
        // Every child started and is at work (its step's task began on the agent): kill now.
        const children = async (c) => (await c.listRuns({ workflow: 'dc-child', limit: 1000 }));
        await waitFor(async () => (await children(client)).length === PARENTS, { timeoutMs: 10_000, intervalMs: 50, what: 'every child to start' });
        const childIds = (await children(client)).map((r) => r.runId);
        await waitFor(() => childIds.every((id) => agent.output().includes(`EXEC start ${id}/work/`)), { timeoutMs: 10_000, intervalMs: 25, what: 'every child to be at work' });
        first.kill('SIGKILL');
        await first.exited;
        const second = spawnDurableOrchestrator(nats.url, 'dc-orch');
        procs.push(second);
        const client2 = createOrchestratorClient(await orchestratorAddress(second));
        clients.push(client2);
        await waitFor(async () => (await Promise.all(parents.map(async (id) => (await client2.getRun(id)).status))).every((s) => s === 'completed'), { timeoutMs: 40_000, intervalMs: 250, what: 'every parent to complete after the restart' });
        for (const [n, id] of parents.entries()) {
            const report = (await client2.getRun(id));
            expect(report.output).toBe(n * 10 + 2);
            expect(report.steps.find((s) => s.id === 'kid')?.childRunIds).toHaveLength(1);
        }
        // Exactly one child per parent, each completed, each linked to its parent.
        const after = (await children(client2));
        expect(after).toHaveLength(PARENTS);
        expect(new Set(after.map((r) => r.parentRunId))).toEqual(new Set(parents));
        expect(after.every((r) => r.status === 'completed')).toBe(true);
        expect(second.output()).not.toMatch(/illegal transition/);
        second.kill('SIGTERM');
        await second.exited;
    }, 90_000);
});
//# sourceMappingURL=child-runs-durable.int.test.js.map