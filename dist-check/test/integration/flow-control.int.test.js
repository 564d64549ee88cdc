import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asView } from '../../src/cli/format/run-types.js';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent, Status } from '../../src/sdk/index.js';
import { startCluster, testLogger } from '../helpers/cluster.js';
import { errorOf } from '../helpers/errors.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';
// Run-level flow control on a real orchestrator and agent: runs over
// max_concurrent_runs, or over the per-key concurrency limit, wait (pending, with
// the reason in their report) and start in arrival order as earlier runs end.
describe('run-level flow control', () => {
    let cluster;
    /** Run ids (from the task input) whose step has reached the agent, in order. */
    const reached = [];
    const holds = new Map();
    const finish = (id) => {
        const release = holds.get(id);
        if (!release)
            throw new Error(`${id} is not held`);
        release();
    };
    beforeAll(async () => {
        cluster = await startCluster();
        const agent = await cluster.startAgent(defineAgent({
            name: 'flow',
            version: '1.0.0',
            maxConcurrency: 32,
            capabilities: [{ name: 'fc.hold' }],
            handlers: {
                // Holds each run's step until the test lets it finish.
                'fc.hold': async (input) => {
                    const id = input.id;
                    await new Promise((resolve) => {
                        holds.set(id, resolve);
                        reached.push(id);
                    });
                    return { id };
                },
            },
        }));
        await cluster.waitActive(agent.instanceId);
    });
    afterAll(async () => {
        for (const release of holds.values())
            release();
        await cluster?.close();
    });
    const report = async (runId) => asView(await cluster.client.getRun(runId));
    const ended = (runId) => waitFor(async () => {
        const r = await report(runId);
        return r.status === 'completed' || r.status === 'failed' || r.status === 'cancelled' ? r : undefined;
    }, { timeoutMs: 5000, intervalMs: 20, what: `run ${runId} to end` });
    it('max_concurrent_runs: runs over the cap wait in order, a waiting run can be cancelled, none fails', async () => {
        await cluster.client.registerWorkflow(`
name: capped
max_concurrent_runs: 1
steps:
  - { id: work, capability: fc.hold, input: { id: "\${input.id}" } }
output: "\${steps.work.output.id}"
`.trim());
        const start = async (id) => (await cluster.client.startRun({ workflow: 'capped', input: { id } })).runId;
        const c1 = await start('c1');
        const c2 = await start('c2');
        const c3 = await start('c3');
        const c4 = await start('c4');
        await waitFor(() => reached.includes('c1'), { timeoutMs: 5000, what: 'c1 to reach the agent' });
        expect(await report(c2)).toMatchObject({ status: 'pending', waiting: 'max_concurrent_runs: 1 of 1 runs of capped going' });
        expect((await report(c3)).status).toBe('pending');
        expect(cluster.orchestrator.engine.runsWaiting).toBe(3); // the troupe.runs.waiting gauge
        const events = [];
        for await (const e of cluster.client.watchRun(c2)) {
            events.push(e.type);
            if (e.type === 'run.queued') {
                expect(e.detail).toMatchObject({ position: 1, reason: 'max_concurrent_runs: 1 of 1 runs of capped going' });
                break;
            }
        }
        expect(events).toEqual(['run.queued']);
        expect((await cluster.client.cancelRun(c3, 'not needed')).status).toBe('cancelled');
        finish('c1');
        expect((await ended(c1)).output).toBe('c1');
        await waitFor(() => reached.includes('c2'), { timeoutMs: 5000, what: 'c2 to start once c1 ended' });
        expect((await report(c4)).status).toBe('pending');
        finish('c2');
        await waitFor(() => reached.includes('c4'), { timeoutMs: 5000, what: 'c4 to start once c2 ended' });
        finish('c4');
        expect((await ended(c4)).status).toBe('completed');
        expect((await ended(c3)).status).toBe('cancelled');
        expect(reached.filter((id) => id.startsWith('c'))).toEqual(['c1', 'c2', 'c4']);
        expect(cluster.orchestrator.engine.runsWaiting).toBe(0);
    });
    it('per-key concurrency: one run per tenant at once, other tenants are not held', async () => {
        await cluster.client.registerWorkflow(`
name: per-tenant
concurrency: { key: "\${input.tenant}", limit: 1 }
steps:
  - { id: work, capability: fc.hold, input: { id: "\${input.id}" } }
`.trim());
        const start = async (id, tenant) => (await cluster.client.startRun({ workflow: 'per-tenant', input: { id, tenant } })).runId;
        await start('a1', 'acme');
        const a2 = await start('a2', 'acme');
        await start('b1', 'bolt');
        await waitFor(() => reached.includes('a1') && reached.includes('b1'), { timeoutMs: 5000, what: 'a1 and b1 to run side by side' });
        expect(await report(a2)).toMatchObject({ status: 'pending', waiting: 'concurrency: 1 run(s) going for key "acme"' });
        finish('b1');
        finish('a1');
        await waitFor(() => reached.includes('a2'), { timeoutMs: 5000, what: 'a2 to start once a1 ended' });
        finish('a2');
        expect((await ended(a2)).status).toBe('completed');
    });
    it('refuses a run whose concurrency key cannot be evaluated, with INVALID_ARGUMENT', async () => {
        await cluster.client.registerWorkflow(`
name: bad-key
concurrency: { key: "\${1 + input.tags}", limit: 1 }
steps:
  - { id: work, capability: fc.hold, input: { id: x } }
`.trim());
        const err = await errorOf(cluster.client.startRun({ workflow: 'bad-key', input: { tags: ['a'] } }));
        expect(err.code).toBe(Status.INVALID_ARGUMENT);
        expect(err.message).toContain('concurrency.key');
    });
});
describe('run-level flow control across a handover', () => {
    let nats;
    let cluster;
    let survivor;
    const reached = [];
    const holds = new Map();
    beforeAll(async () => {
        nats = await startNatsServer();
        cluster = await startCluster({ instanceId: 'flow-a' }, nats);
        const agent = await cluster.startAgent(defineAgent({
            name: 'flow-handover',
            version: '1.0.0',
            maxConcurrency: 32,
            capabilities: [{ name: 'fh.hold' }],
            handlers: {
                'fh.hold': async (input) => {
                    const id = input.id;
                    await new Promise((resolve) => {
                        holds.set(id, [...(holds.get(id) ?? []), resolve]);
                        reached.push(id);
                    });
                    return { id };
                },
            },
        }));
        await cluster.waitActive(agent.instanceId);
    });
    afterAll(async () => {
        for (const list of holds.values())
            list.forEach((release) => release());
        await survivor?.stop();
        await cluster?.close();
        await nats?.stop();
    });
    it('a run that waited keeps waiting on the instance that adopts it, behind the run that was going', async () => {
        await cluster.client.registerWorkflow(`
name: capped-durable
max_concurrent_runs: 1
steps:
  - { id: work, capability: fh.hold, input: { id: "\${input.id}" }, timeout_ms: 20000 }
`.trim());
        const first = (await cluster.client.startRun({ workflow: 'capped-durable', input: { id: 'd1' } })).runId;
        const second = (await cluster.client.startRun({ workflow: 'capped-durable', input: { id: 'd2' } })).runId;
        await waitFor(() => reached.includes('d1'), { timeoutMs: 5000, what: 'd1 to reach the agent' });
        await cluster.orchestrator.stop();
        survivor = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 300, logLevel: 'silent', instanceId: 'flow-b' }, { logger: testLogger });
        const client = createOrchestratorClient(survivor.grpcAddress);
        try {
            // The survivor redoes d1's step; d2, which never started, waits behind it again.
            await waitFor(() => reached.filter((id) => id === 'd1').length >= 2, { timeoutMs: 10_000, what: 'the survivor to resume d1' });
            const waiting = asView(await client.getRun(second));
            expect(waiting).toMatchObject({ status: 'pending', waiting: 'max_concurrent_runs: 1 of 1 runs of capped-durable going' });
            expect(reached).not.toContain('d2');
            holds.get('d1')?.forEach((release) => release());
            await waitFor(() => reached.includes('d2'), { timeoutMs: 10_000, what: 'd2 to start once d1 ended' });
            holds.get('d2')?.forEach((release) => release());
            const done = await waitFor(async () => {
                const r = asView(await client.getRun(second));
                return r.status === 'completed' || r.status === 'failed' ? r : undefined;
            }, { timeoutMs: 10_000, intervalMs: 50, what: 'd2 to finish' });
            expect(done.status).toBe('completed');
            expect(asView(await client.getRun(first)).status).toBe('completed');
        }
        finally {
            client.close();
        }
    }, 30_000);
});
//# sourceMappingURL=flow-control.int.test.js.map