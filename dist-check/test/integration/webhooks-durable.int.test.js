import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { verifySignature } from '../../src/orchestrator/webhooks/signature.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster, testLogger } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';
const SECRET = 'durable-webhook-secret-0123456789';
/**
 * A durable run's callback survives a handover: the run is started with a callback_url on
 * one orchestrator, which stops while the run's step is in flight; another instance
 * adopts the run, finishes it and sends the signed callback (the URL is in the run record).
 */
describe('run callbacks across a handover (durable runs)', () => {
    let nats;
    let cluster;
    let survivor;
    let receiver;
    let dir;
    const bodies = [];
    let calls = 0;
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-hooks-durable-'));
        await writeFile(join(dir, 'secret'), SECRET);
        receiver = createServer((req, res) => {
            const chunks = [];
            req.on('data', (c) => chunks.push(c)).on('end', () => {
                bodies.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers['troupe-signature'] });
                res.writeHead(204).end();
            });
        });
        await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
        nats = await startNatsServer();
        cluster = await startCluster({ instanceId: 'hooks-a', webhookSecretFile: join(dir, 'secret') }, nats);
        await cluster.startAgent(defineAgent({
            name: 'hooks-slow',
            version: '1.0.0',
            capabilities: [{ name: 'hooks.slow' }],
            handlers: {
                'hooks.slow': async (input) => {
                    calls++;
                    await gate;
                    return { done: input };
                },
            },
        }));
    }, 30_000);
    afterAll(async () => {
        release();
        await survivor?.stop();
        await cluster?.close();
        await nats?.stop();
        await new Promise((resolve) => receiver?.close(resolve));
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    it('is sent by the orchestrator that adopts and finishes the run', async () => {
        await waitFor(() => cluster.orchestrator.registry.list({ capability: 'hooks.slow' }).some((e) => e.routable), { timeoutMs: 3000, what: 'the agent' });
        await cluster.client.registerWorkflow(JSON.stringify({ name: 'hooks-slow', steps: [{ id: 'slow', capability: 'hooks.slow', input: '${input.n}' }], output: '${steps.slow.output}' }));
        const url = `http://127.0.0.1:${receiver.address().port}/done`;
        const { runId } = await cluster.client.startRun({ workflow: 'hooks-slow', input: { n: 5 }, callbackUrl: url });
        await waitFor(() => calls >= 1, { timeoutMs: 5000, what: 'the step to start' });
        await cluster.orchestrator.stop();
        survivor = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 300, logLevel: 'silent', instanceId: 'hooks-b', webhookSecretFile: join(dir, 'secret') }, { logger: testLogger });
        release();
        const client = createOrchestratorClient(survivor.grpcAddress);
        try {
            await waitFor(() => bodies.length >= 1, { timeoutMs: 15_000, intervalMs: 50, what: 'the callback from the adopting orchestrator' });
            const hit = bodies[0];
            expect(verifySignature(Buffer.from(SECRET), hit.body, hit.signature)).toBe(true);
            expect(JSON.parse(hit.body)).toMatchObject({ kind: 'run', runId, status: 'completed', output: { done: 5 } });
            const report = (await client.getRun(runId));
            expect(report.callback).toEqual({ url, attempts: 1, delivered: true, done: true });
            expect(bodies).toHaveLength(1); // the stopped orchestrator sent nothing
        }
        finally {
            client.close();
        }
    }, 40_000);
});
//# sourceMappingURL=webhooks-durable.int.test.js.map