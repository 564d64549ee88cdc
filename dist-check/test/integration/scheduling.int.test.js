import { afterEach, describe, expect, it } from 'vitest';
import { asView } from '../../src/cli/format/run-types.js';
import { defineAgent, Status, TroupeError } from '../../src/sdk/index.js';
import { errorOf } from '../helpers/errors.js';
import { startCluster } from '../helpers/cluster.js';
import { waitFor } from '../helpers/wait-for.js';
/** An agent whose `gate.pass` tasks wait until released, recording the order they ran in. */
function gatedAgent(order, gates) {
    return defineAgent({
        name: 'gate',
        version: '1.0.0',
        maxConcurrency: 64,
        capabilities: [{ name: 'gate.pass' }],
        handlers: {
            'gate.pass': async (input) => {
                order.push(input.tag);
                await new Promise((resolve) => gates.push(resolve));
                return input;
            },
        },
    });
}
describe('scheduling and failure policy', () => {
    let cluster;
    afterEach(async () => {
        await cluster?.close();
        cluster = undefined;
    });
    it('lets priority 1 work overtake queued priority 5 work', async () => {
        const order = [];
        const gates = [];
        cluster = await startCluster({ capabilityConcurrency: { 'gate.pass': 1 } });
        const agent = await cluster.startAgent(gatedAgent(order, gates));
        await cluster.waitActive(agent.instanceId);
        const c = cluster.client;
        const calls = [c.submitTask({ capability: 'gate.pass', input: { tag: 'first' }, priority: 3 })];
        await waitFor(() => order.length === 1, { timeoutMs: 2000, what: 'the first task to hold the only slot' });
        for (const tag of ['low-1', 'low-2', 'low-3'])
            calls.push(c.submitTask({ capability: 'gate.pass', input: { tag }, priority: 5 }));
        await waitFor(() => cluster.orchestrator.scheduler.stats().queued[4] === 3, { timeoutMs: 2000, what: 'three priority-5 tasks to be queued' });
        calls.push(c.submitTask({ capability: 'gate.pass', input: { tag: 'urgent' }, priority: 1 }));
        await waitFor(() => cluster.orchestrator.scheduler.stats().queued[0] === 1, { timeoutMs: 2000, what: 'the priority-1 task to be queued' });
        // Release one task at a time; each release lets the next queued task in.
        while (order.length < 5 || gates.length > 0) {
            await waitFor(() => gates.length > 0, { timeoutMs: 2000, what: 'a task to be running' });
            gates.shift()();
        }
        await Promise.all(calls);
        expect(order).toEqual(['first', 'urgent', 'low-1', 'low-2', 'low-3']);
    });
    it('answers RESOURCE_EXHAUSTED when the queue is full, and keeps serving', async () => {
        const order = [];
        const gates = [];
        cluster = await startCluster({ capabilityConcurrency: { 'gate.pass': 1 }, queueCapacity: 2 });
        const agent = await cluster.startAgent(gatedAgent(order, gates));
        await cluster.waitActive(agent.instanceId);
        const c = cluster.client;
        const running = c.submitTask({ capability: 'gate.pass', input: { tag: 'running' } });
        await waitFor(() => order.length === 1, { timeoutMs: 2000, what: 'the slot to be taken' });
        const queued = [c.submitTask({ capability: 'gate.pass', input: { tag: 'q1' } }), c.submitTask({ capability: 'gate.pass', input: { tag: 'q2' } })];
        await waitFor(() => cluster.orchestrator.scheduler.size === 2, { timeoutMs: 2000, what: 'two tasks to be queued' });
        const err = await errorOf(c.submitTask({ capability: 'gate.pass', input: { tag: 'q3' } }));
        expect(err.code).toBe(Status.RESOURCE_EXHAUSTED);
        expect(err.message).toContain('queue is full');
        while (gates.length > 0 || order.length < 3) {
            await waitFor(() => gates.length > 0, { timeoutMs: 2000, what: 'a task to be running' });
            gates.shift()();
        }
        await Promise.all([running, ...queued]);
    });
    it('opens the breaker of an always-failing instance, routes around it, and tries it again when half-open', async () => {
        cluster = await startCluster({ breakerFailureThreshold: 2, breakerOpenMs: 400 });
        let failing = true;
        const bad = await cluster.startAgent(defineAgent({
            name: 'shaky',
            version: '1.0.0',
            capabilities: [{ name: 'shaky.work' }],
            handlers: {
                'shaky.work': () => {
                    if (failing)
                        throw new Error('internal trouble');
                    return 'bad-instance-recovered';
                },
            },
        }));
        const good = await cluster.startAgent(defineAgent({ name: 'shaky', version: '1.0.0', capabilities: [{ name: 'shaky.work' }], handlers: { 'shaky.work': () => 'good' } }));
        await cluster.waitActive(bad.instanceId);
        await cluster.waitActive(good.instanceId);
        const c = cluster.client;
        let failures = 0;
        while (failures < 2) {
            const r = await c.submitTask({ capability: 'shaky.work', input: null }).catch((e) => e);
            if (TroupeError.is(r))
                failures++;
        }
        const entry = cluster.orchestrator.registry.get(bad.instanceId);
        expect(entry.breaker).toBe('open');
        expect((await c.listAgents()).find((a) => a.instanceId === bad.instanceId)?.breaker).toBe('open');
        for (let i = 0; i < 6; i++)
            expect((await c.submitTask({ capability: 'shaky.work', input: null })).output).toBe('good');
        failing = false;
        await waitFor(() => entry.breaker === 'halfOpen', { timeoutMs: 2000, what: 'the breaker to go half-open' });
        const outputs = new Set();
        for (let i = 0; i < 6; i++)
            outputs.add((await c.submitTask({ capability: 'shaky.work', input: null })).output);
        expect(outputs.has('bad-instance-recovered')).toBe(true);
        expect(entry.breaker).toBe('closed');
    });
    it('reassigns a run task when its instance goes away mid-task, and the run completes', async () => {
        cluster = await startCluster({});
        let started;
        const firstStarted = new Promise((resolve) => (started = resolve));
        const doomed = await cluster.startAgent(defineAgent({
            name: 'worker',
            version: '1.0.0',
            capabilities: [{ name: 'worker.job' }],
            handlers: {
                'worker.job': async (_input, ctx) => {
                    started();
                    await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
                    throw ctx.signal.reason;
                },
            },
        }), { drainTimeoutMs: 0 });
        await cluster.waitActive(doomed.instanceId);
        await cluster.client.registerWorkflow('name: one-job\nsteps:\n  - { id: job, capability: worker.job, retry: { max_attempts: 3, initial_backoff_ms: 10 } }\n');
        const { runId } = await cluster.client.startRun({ workflow: 'one-job', input: {} });
        await firstStarted;
        const survivor = await cluster.startAgent(defineAgent({ name: 'worker', version: '1.0.0', capabilities: [{ name: 'worker.job' }], handlers: { 'worker.job': () => 'done elsewhere' } }));
        await cluster.waitActive(survivor.instanceId);
        await doomed.drain('killed by the test');
        for await (const e of cluster.client.watchRun(runId))
            if (e.type === 'run.completed' || e.type === 'run.failed')
                break;
        const report = asView(await cluster.client.getRun(runId));
        expect(report.status).toBe('completed');
        const attempts = report.steps[0]?.tasks?.[0]?.attempts ?? [];
        expect(attempts[0]).toMatchObject({ instanceId: doomed.instanceId, outcome: 'failed' });
        expect(attempts.at(-1)).toMatchObject({ instanceId: survivor.instanceId, outcome: 'succeeded' });
    });
});
//# sourceMappingURL=scheduling.int.test.js.map