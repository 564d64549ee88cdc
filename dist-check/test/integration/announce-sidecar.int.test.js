import * as grpc from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSidecar } from '../../src/sdk/discovery/sidecar.js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { startBrokenAgent } from '../fixtures/broken-agent.js';
import { startCluster, testLogger } from '../helpers/cluster.js';
import { waitFor } from '../helpers/wait-for.js';
const BEAT_MS = 200;
async function startPlainAgent(instanceId, options) {
    const server = new grpc.Server();
    server.addService(loadProtos().agent.troupe.v1.AgentService.service, {
        Describe: (_call, callback) => callback(null, { agent: { name: 'plain', version: '1.0.0', instanceId, capabilities: [{ name: 'plain.echo' }], maxConcurrency: 4 } }),
        Execute: (call, callback) => callback(null, { result: { output: call.request.task?.input } }),
    });
    const health = options.health ? new HealthImplementation({ '': 'SERVING' }) : undefined;
    health?.addToServer(server);
    const port = await new Promise((resolve, reject) => server.bindAsync(`127.0.0.1:${options.port ?? 0}`, grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound))));
    return { address: `127.0.0.1:${port}`, port, health, close: () => new Promise((resolve) => server.tryShutdown(() => resolve())) };
}
describe('startSidecar (troupe announce) mirrors an agent it cannot see inside', () => {
    let cluster;
    const sidecars = [];
    const agents = [];
    beforeAll(async () => {
        cluster = await startCluster({ heartbeatIntervalMs: BEAT_MS });
    });
    afterAll(async () => {
        await Promise.all(sidecars.map((s) => s.stop('test over')));
        await Promise.all(agents.map((a) => a.close()));
        await cluster?.close();
    });
    async function sidecarFor(agent, events = [], maxMissedProbes = 3) {
        const sidecar = await startSidecar({
            target: agent.address,
            nats: cluster.nats.url,
            heartbeatIntervalMs: BEAT_MS,
            maxMissedProbes,
            logger: testLogger,
            onEvent: (event) => events.push(event),
        });
        sidecars.push(sidecar);
        return sidecar;
    }
    it('takes a NOT_SERVING agent out of rotation and announces it afresh once it serves again', async () => {
        const agent = await startPlainAgent('plain-health', { health: true });
        agents.push(agent);
        const events = [];
        await sidecarFor(agent, events);
        await cluster.waitActive('plain-health');
        expect((await cluster.client.submitTask({ capability: 'plain.echo', input: { a: 1 } })).output).toEqual({ a: 1 });
        agent.health?.setStatus('', 'NOT_SERVING');
        await waitFor(() => cluster.stateOf('plain-health') === 'draining', { timeoutMs: 1000, what: 'the instance to drain' });
        agent.health?.setStatus('', 'SERVING');
        await waitFor(() => events.filter((e) => e.type === 'announced').length === 2, { timeoutMs: 2000, what: 'a fresh announcement' });
        await cluster.waitActive('plain-health');
        expect(events.map((e) => e.type)).toEqual(['announced', 'draining', 'withdrawn', 'announced']);
    });
    it('probes an agent without a health service with Describe, and re-announces it after a restart under its new id', async () => {
        const first = await startPlainAgent('plain-old', { health: false });
        const events = [];
        await sidecarFor(first, events, 50);
        await cluster.waitActive('plain-old');
        await first.close();
        await waitFor(() => cluster.stateOf('plain-old') === 'left', { timeoutMs: 2000, what: 'the stopped agent to be withdrawn' });
        const second = await startPlainAgent('plain-new', { health: false, port: first.port });
        agents.push(second);
        await cluster.waitActive('plain-new', 3000);
        expect(events.map((e) => e.type)).toEqual(['announced', 'withdrawn', 'announced']);
    });
    it('refuses to announce a descriptor that cannot be announced, naming the problem', async () => {
        const broken = await startBrokenAgent();
        try {
            await expect(startSidecar({ target: broken.address, nats: cluster.nats.url, logger: testLogger })).rejects.toThrow(/instance_id "broken\.1": "broken\.1" is not a valid NATS subject token/);
        }
        finally {
            await broken.close();
        }
    });
    it('gives up at start-up when no agent answers in time', async () => {
        await expect(startSidecar({ target: '127.0.0.1:1', nats: cluster.nats.url, startupTimeoutMs: 300, heartbeatIntervalMs: 100, logger: testLogger })).rejects.toThrow(/no agent became SERVING at 127\.0\.0\.1:1 within 300 ms/);
    });
});
//# sourceMappingURL=announce-sidecar.int.test.js.map