import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent, InvalidArgumentError } from '../../src/sdk/index.js';
import { startCluster, testLogger } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';
/**
 * A run replayed from its failed step keeps what it reuses across an orchestrator restart:
 * it waits behind `max_concurrent_runs` (not started, so its reused steps are not completed
 * yet), the orchestrator stops, another one adopts it, and once it starts its reused step
 * still completes with the original output instead of calling the agent.
 */
describe('replay from the failed step across a restart', () => {
    let nats;
    let cluster;
    let survivor;
    const aCalls = [];
    const holds = new Map();
    let bBroken = true;
    beforeAll(async () => {
        nats = await startNatsServer();
        cluster = await startCluster({ instanceId: 'rfr-a' }, nats);
        const agent = await cluster.startAgent(defineAgent({
            name: 'rfr-agent',
            version: '1.0.0',
            maxConcurrency: 8,
            capabilities: [{ name: 'rfr.a' }, { name: 'rfr.b' }],
            handlers: {
                'rfr.a': async (input) => {
                    const { id, hold } = input;
                    aCalls.push(id);
                    if (hold)
                        await new Promise((resolve) => holds.set(id, [...(holds.get(id) ?? []), resolve]));
                    return { id, nth: aCalls.length };
                },
                'rfr.b': (input) => {
                    if (bBroken)
                        throw new InvalidArgumentError('b is broken');
                    return { saw: input };
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
    it('a replay run waiting to start is adopted after a restart and still reuses the original output', async () => {
        const { client } = cluster;
        await client.registerWorkflow(`
name: rfr-capped
max_concurrent_runs: 1
steps:
  - { id: a, capability: rfr.a, input: { id: "\${input.id}", hold: "\${input.hold}" }, timeout_ms: 20000 }
  - { id: b, capability: rfr.b, depends_on: [a], input: { a: "\${steps.a.output}" } }
`.trim());
        const original = (await client.startRun({ workflow: 'rfr-capped', input: { id: 'one', hold: false } })).runId;
        const [dead] = await waitFor(async () => {
            const records = (await client.listDeadLetters({ runId: original }));
            return records.length > 0 && records;
        }, { timeoutMs: 10_000, what: 'the dead letter' });
        await waitFor(async () => (await client.getRun(original)).status === 'failed', { timeoutMs: 10_000, what: 'the run to fail' });
        const aOutput = (await client.getRun(original)).steps[0].output;
        // A run that holds the workflow's only slot, then the replay, which waits behind it.
        const blocker = (await client.startRun({ workflow: 'rfr-capped', input: { id: 'two', hold: true } })).runId;
        await waitFor(() => holds.has('two'), { timeoutMs: 5000, what: 'the blocker to reach the agent' });
        const { runId: replay } = await client.replayDeadLetter(dead.taskId, 'from_step');
        expect((await client.getRun(replay))).toMatchObject({ status: 'pending', waiting: expect.stringMatching(/max_concurrent_runs/) });
        const stored = await cluster.orchestrator.stores.runs.get(replay);
        expect(stored?.record.replay).toEqual({ runId: original, stepId: 'b', reused: ['a'], outputs: { a: aOutput } });
        await cluster.orchestrator.stop();
        survivor = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 300, logLevel: 'silent', instanceId: 'rfr-b' }, { logger: testLogger });
        const after = createOrchestratorClient(survivor.grpcAddress);
        try {
            // The survivor redoes the blocker's step (it was in flight); the replay still waits.
            await waitFor(() => (holds.get('two')?.length ?? 0) >= 2, { timeoutMs: 10_000, what: 'the survivor to resume the blocker' });
            expect((await after.getRun(replay)).status).toBe('pending');
            bBroken = false;
            holds.get('two')?.forEach((release) => release());
            const report = await waitFor(async () => {
                const r = (await after.getRun(replay));
                return r.status !== 'pending' && r.status !== 'running' && r;
            }, { timeoutMs: 10_000, what: 'the replay to end' });
            expect(report.status).toBe('completed');
            expect(report.replayOf).toEqual({ runId: original, stepId: 'b' });
            expect(report.steps[0]).toMatchObject({ id: 'a', status: 'succeeded', reused: true, reusedFrom: original, output: aOutput });
            expect(report.steps[1]).toMatchObject({ id: 'b', status: 'succeeded', output: { saw: { a: aOutput } } });
            expect(aCalls.filter((id) => id === 'one')).toEqual(['one']); // never called again for the replay
            expect((await after.getRun(blocker)).status).toBe('completed');
            // Once started, the record no longer carries the reused outputs (they are the run's own now).
            const final = await survivor.stores.runs.get(replay);
            expect(final?.record.replay).toEqual({ runId: original, stepId: 'b', reused: ['a'] });
        }
        finally {
            after.close();
        }
    }, 40_000);
});
//# sourceMappingURL=dead-letter-replay-restart.int.test.js.map