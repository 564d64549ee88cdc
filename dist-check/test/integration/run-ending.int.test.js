import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ILLEGAL_TRANSITION_MESSAGE } from '../../src/orchestrator/machines/checked-send.js';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster } from '../helpers/cluster.js';
import { waitFor } from '../helpers/wait-for.js';
/** A pino logger that keeps every line, parsed. */
function capturingLogger() {
    const lines = [];
    const logger = pino({ level: 'debug' }, { write: (line) => void lines.push(JSON.parse(line)) });
    return { logger, lines };
}
// A run that ends while a step is still in flight (cancelled, or the orchestrator
// stopping) hears from that step afterwards. That is expected: it must not be
// refused and logged as an illegal transition, which is reserved for real races and bugs.
describe('a run ending with a step in flight', () => {
    let cluster;
    afterEach(async () => {
        await cluster?.close();
        cluster = undefined;
    });
    async function runWithStepInFlight() {
        const { logger, lines } = capturingLogger();
        cluster = await startCluster({ durable: false }, undefined, { logger });
        let started;
        const stepStarted = new Promise((resolve) => (started = resolve));
        const agent = await cluster.startAgent(defineAgent({
            name: 'hang',
            version: '1.0.0',
            capabilities: [{ name: 'hang.wait' }],
            handlers: {
                'hang.wait': async (_input, ctx) => {
                    started();
                    await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
                    return null;
                },
            },
        }));
        await cluster.waitActive(agent.instanceId);
        await cluster.client.registerWorkflow('name: hangs\nsteps:\n  - { id: a, capability: hang.wait }\n  - { id: b, capability: hang.wait, depends_on: [a] }\n');
        const { runId } = await cluster.client.startRun({ workflow: 'hangs', input: {} });
        await stepStarted;
        return { runId, lines };
    }
    const illegal = (lines) => lines.filter((l) => l.msg === ILLEGAL_TRANSITION_MESSAGE);
    const ignored = (lines) => lines.filter((l) => l.msg === 'step outcome after the run ended; ignored');
    it('CancelRun: the step is aborted and its late failure is ignored quietly', async () => {
        const { runId, lines } = await runWithStepInFlight();
        expect((await cluster.client.cancelRun(runId, 'test')).status).toBe('cancelled');
        await waitFor(() => ignored(lines).length > 0, { timeoutMs: 5000, what: "the aborted step's outcome" });
        expect(illegal(lines)).toEqual([]);
        expect((await cluster.client.getRun(runId)).status).toBe('cancelled');
    });
    it('orchestrator stop (not durable): runs are cancelled without illegal transitions', async () => {
        const { lines } = await runWithStepInFlight();
        await cluster.orchestrator.stop();
        expect(lines.some((l) => l.msg === 'run finished' && l.status === 'cancelled')).toBe(true);
        expect(illegal(lines)).toEqual([]);
    });
});
describe('finished runs kept in memory', () => {
    it('keeps the newest maxFinishedRuns and forgets the oldest (not durable)', async () => {
        const cluster = await startCluster({ durable: false, maxFinishedRuns: 3 });
        try {
            const agent = await cluster.startAgent(defineAgent({ name: 'quick', version: '1.0.0', capabilities: [{ name: 'quick.echo' }], handlers: { 'quick.echo': (input) => input } }));
            await cluster.waitActive(agent.instanceId);
            await cluster.client.registerWorkflow('name: quick\nsteps:\n  - { id: a, capability: quick.echo, input: "${input}" }\n');
            const ids = [];
            for (let i = 0; i < 5; i++) {
                const { runId } = await cluster.client.startRun({ workflow: 'quick', input: { i } });
                for await (const event of cluster.client.watchRun(runId))
                    if (event.type === 'run.completed')
                        break;
                ids.push(runId);
            }
            // The last run is pruned after its final event reached watchers: wait for the count to settle.
            await waitFor(async () => (await cluster.client.listRuns({})).length === 3, { timeoutMs: 5000, what: 'three runs to be kept' });
            for (const id of ids.slice(0, 2))
                await expect(cluster.client.getRun(id)).rejects.toMatchObject({ code: 5 });
            for (const id of ids.slice(2))
                expect((await cluster.client.getRun(id)).status).toBe('completed');
        }
        finally {
            await cluster.close();
        }
    });
});
//# sourceMappingURL=run-ending.int.test.js.map