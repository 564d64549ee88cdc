import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster, testLogger } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';
// In-process handover: an orchestrator stops gracefully in the middle of a
// for_each step (its state is flushed, its leases released), another instance
// adopts the run at once and resumes it from the stored snapshots: finished items
// keep their outputs, the ones in flight are redone with the same attempt.
describe('durable handover between orchestrator instances', () => {
    let nats;
    let cluster;
    let survivor;
    const completions = [];
    let itemsDone = 0;
    beforeAll(async () => {
        nats = await startNatsServer();
        cluster = await startCluster({ instanceId: 'handover-a' }, nats);
        await cluster.startAgent(defineAgent({
            name: 'handover',
            version: '1.0.0',
            maxConcurrency: 64,
            capabilities: [{ name: 'ho.list' }, { name: 'ho.item' }, { name: 'ho.sum' }],
            handlers: {
                'ho.list': () => Array.from({ length: 12 }, (_, i) => i),
                'ho.item': async (input, ctx) => {
                    await new Promise((resolve) => setTimeout(resolve, 60));
                    completions.push(`${ctx.taskId}#${ctx.attempt}`);
                    itemsDone++;
                    return input * 2;
                },
                'ho.sum': (input) => input.reduce((a, b) => a + b, 0),
            },
        }));
    });
    afterAll(async () => {
        await survivor?.stop();
        await cluster?.close();
        await nats?.stop();
    });
    it('resumes a for_each step on another instance without redoing finished items', async () => {
        await waitFor(() => cluster.orchestrator.registry.list({ capability: 'ho.item' }).some((e) => e.routable), { timeoutMs: 3000, what: 'the agent' });
        await cluster.client.registerWorkflow(`
name: handover
steps:
  - { id: list, capability: ho.list }
  - { id: each, capability: ho.item, depends_on: [list], for_each: "\${steps.list.output}", concurrency: 3, input: "\${item}" }
  - { id: sum, capability: ho.sum, depends_on: [each], input: "\${steps.each.output}" }
output: "\${steps.sum.output}"
`.trim());
        const { runId } = await cluster.client.startRun({ workflow: 'handover', input: {}, idempotencyKey: 'handover-1' });
        await waitFor(() => itemsDone >= 4, { timeoutMs: 5000, what: 'some items to finish' });
        await cluster.orchestrator.stop();
        survivor = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 300, logLevel: 'silent', instanceId: 'handover-b' }, { logger: testLogger });
        const client = createOrchestratorClient(survivor.grpcAddress);
        try {
            const report = await waitFor(async () => {
                const r = (await client.getRun(runId));
                return r.status === 'completed' || r.status === 'failed' ? r : undefined;
            }, { timeoutMs: 10_000, intervalMs: 100, what: 'the adopted run to finish' });
            expect(report.status).toBe('completed');
            expect(report.output).toBe(132); // 2 * (0 + … + 11)
            expect(report.steps.find((s) => s.id === 'each')?.items).toEqual({ total: 12, done: 12 });
            // Each item task completed under one attempt number only (a redo keeps its number).
            const byTask = new Map();
            for (const c of completions) {
                const [task] = c.split('#');
                byTask.set(task, (byTask.get(task) ?? new Set()).add(c));
            }
            expect(byTask.size).toBe(12);
            expect([...byTask.values()].filter((s) => s.size > 1)).toEqual([]);
            expect((await client.startRun({ workflow: 'handover', input: {}, idempotencyKey: 'handover-1' })).runId).toBe(runId);
        }
        finally {
            client.close();
        }
    }, 30_000);
    it('retention removes finished runs from the store and from memory', async () => {
        const client = createOrchestratorClient(survivor.grpcAddress);
        try {
            const runs = (await client.listRuns({ workflow: 'handover', limit: 10 }));
            expect(runs.length).toBe(1);
            const runId = runs[0].runId;
            expect(await survivor.engine.sweepRetention(Date.now())).toEqual([]); // not old enough yet
            // Eight days later, the default seven-day retention removes it.
            expect(await survivor.engine.sweepRetention(Date.now() + 8 * 86_400_000)).toContain(runId);
            expect(await survivor.stores.runs.get(runId)).toBeUndefined();
            await expect(client.getRun(runId)).rejects.toMatchObject({ code: 5 }); // NOT_FOUND
            expect(await client.listRuns({ workflow: 'handover', limit: 10 })).toEqual([]);
        }
        finally {
            client.close();
        }
    });
});
//# sourceMappingURL=durability-handover.int.test.js.map