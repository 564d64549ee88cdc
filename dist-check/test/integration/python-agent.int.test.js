import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { startBrokenAgent } from '../fixtures/broken-agent.js';
import { assertPythonGrpc, spawnPythonAgent } from '../fixtures/python-agent.js';
import { startCluster } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
const BEAT_MS = 200;
const ANNOUNCED = /announcing python-text \((\S+)\) at (\S+)/;
describe('a Python agent announced by the troupe announce sidecar', () => {
    let nats;
    let cluster;
    let python;
    const pythons = [];
    const procs = [];
    beforeAll(async () => {
        assertPythonGrpc();
        nats = await startNatsServer();
        cluster = await startCluster({ heartbeatIntervalMs: BEAT_MS }, nats);
        python = await spawnPythonAgent();
        pythons.push(python);
    });
    afterAll(async () => {
        for (const p of [...procs, ...pythons])
            p.kill('SIGKILL');
        await Promise.all([...procs, ...pythons].map((p) => p.exited));
        await cluster?.close();
        await nats?.stop();
    });
    function announce(agent, ...extra) {
        const proc = spawnTroupe(['announce', '--grpc', agent.address, '--nats', nats.url, '--heartbeat-ms', String(BEAT_MS), ...extra]);
        procs.push(proc);
        return proc;
    }
    it('announces the agent on its behalf: it becomes active in the registry', async () => {
        const sidecar = announce(python);
        const [, instanceId, address] = await sidecar.waitForLine(ANNOUNCED);
        expect(instanceId).toBe(python.instanceId);
        expect(address).toBe(python.address);
        await cluster.waitActive(python.instanceId);
        const entry = cluster.orchestrator.registry.get(python.instanceId);
        expect(entry?.descriptor).toMatchObject({ name: 'python-text', version: '1.0.0', supportsChannel: false });
    });
    it('runs text.wordcount and streams text.shout through the orchestrator', async () => {
        const result = await cluster.client.submitTask({ capability: 'text.wordcount', input: { text: 'hello big world' } });
        expect(result.agentInstanceId).toBe(python.instanceId);
        expect(result.output).toEqual({ words: 3, characters: 15 });
        const events = [];
        for await (const event of cluster.client.streamTask({ capability: 'text.shout', input: { text: 'hello big world' } }))
            events.push(event);
        const chunks = events.flatMap((e) => (e.type === 'chunk' ? [e] : []));
        expect(chunks.map((c) => c.data.toString('utf8'))).toEqual(['HELLO', 'BIG', 'WORLD']);
        expect(chunks.map((c) => c.sequence)).toEqual([0, 1, 2]);
        expect(chunks[0]?.contentType).toBe('text/plain; charset=utf-8');
        expect(events.at(-1)).toMatchObject({ type: 'result', output: { words: 3 } });
        await expect(cluster.client.submitTask({ capability: 'text.wordcount', input: { nope: 1 } })).rejects.toMatchObject({
            message: expect.stringContaining('input.text is required'),
        });
    });
    it('passes `troupe conformance` against the Python agent and the echo agent', async () => {
        const py = spawnTroupe([
            'conformance',
            python.address,
            '--sample',
            'text.shout={"text":"one two three four five","delay_ms":50}',
            '--sample',
            'text.wordcount={"text":"a b"}',
        ]);
        expect(await py.exited, py.output()).toBe(0);
        expect(py.output()).toMatch(/^CHECK\s+RESULT\s+DETAIL$/m);
        expect(py.output()).toMatch(/^stream:text\.shout\s+PASS\s+5 chunks in order/m);
        expect(py.output()).toMatch(/^cancellation\s+PASS/m);
        expect(py.output()).toMatch(/^reflection\s+PASS/m);
        expect(py.output()).toMatch(/^19 passed, 0 failed, 0 skipped: conformant$/m);
        const echoAgent = await cluster.startAgent(echo);
        const ts = spawnTroupe(['conformance', echoAgent.address]);
        expect(await ts.exited, ts.output()).toBe(0);
        expect(ts.output()).toMatch(/0 failed, 0 skipped: conformant/);
    });
    it('fails a broken agent with a readable table and exit code 1', async () => {
        const broken = await startBrokenAgent();
        try {
            const proc = spawnTroupe(['conformance', broken.address, '--timeout', '2000']);
            expect(await proc.exited, proc.output()).toBe(1);
            const out = proc.output();
            expect(out).toMatch(/^CHECK\s+RESULT\s+DETAIL$/m);
            expect(out).toMatch(/^describe\.version\s+FAIL\s+AgentDescriptor\.version "latest" is not a semantic version/m);
            expect(out).toMatch(/^errors\.unknown_capability\s+FAIL\s+got UNKNOWN: boom; Execute of an unknown capability must answer NOT_FOUND$/m);
            expect(out).toMatch(/^stream:broken\.stream\s+FAIL\s+chunk sequence 2 at chunk #1/m);
            expect(out).toMatch(/^health\.check\s+FAIL/m);
            expect(out).toMatch(/^\d+ passed, \d+ failed, \d+ skipped: NOT conformant$/m);
        }
        finally {
            await broken.close();
        }
    });
    it('says goodbye on SIGTERM: the orchestrator sees the instance leave, the sidecar exits 0', async () => {
        const sidecar = procs[0];
        sidecar.kill('SIGTERM');
        await waitFor(() => cluster.stateOf(python.instanceId) === 'left', { timeoutMs: 1000, what: 'the instance to leave' });
        expect(await sidecar.exited).toBe(0);
    });
    it('honours an orchestrator drain request: draining, goodbye after the grace, exit 0', async () => {
        const sidecar = announce(python, '--drain-grace-ms', '300');
        await sidecar.waitForLine(ANNOUNCED);
        await cluster.waitActive(python.instanceId);
        await cluster.client.setAgentMode(python.instanceId, 'drain');
        await sidecar.waitForLine(/draining: drain requested/);
        await waitFor(() => cluster.stateOf(python.instanceId) === 'left', { timeoutMs: 2000, what: 'the drained instance to leave' });
        expect(await sidecar.exited).toBe(0);
    });
    it('mirrors the agent draining on SIGTERM (NOT_SERVING), then its goodbye; the sidecar exits 0', async () => {
        const sidecar = announce(python);
        await sidecar.waitForLine(ANNOUNCED);
        await cluster.waitActive(python.instanceId);
        const states = cluster.recordStates(python.instanceId);
        python.kill('SIGTERM');
        await waitFor(() => cluster.stateOf(python.instanceId) === 'left', { timeoutMs: 3000, what: 'the stopped agent to leave' });
        expect(states).toEqual(['draining', 'left']);
        expect(await python.exited).toBe(0);
        expect(await sidecar.exited, sidecar.output()).toBe(0);
        expect(sidecar.output()).toMatch(/draining: the agent reports NOT_SERVING/);
    });
    it('withdraws a killed agent at once and exits 1 after --max-missed failed probes', async () => {
        const victim = await spawnPythonAgent();
        pythons.push(victim);
        const sidecar = announce(victim, '--max-missed', '2');
        await sidecar.waitForLine(ANNOUNCED);
        await cluster.waitActive(victim.instanceId);
        victim.kill('SIGKILL');
        await waitFor(() => cluster.stateOf(victim.instanceId) === 'left', { timeoutMs: 1000, what: 'the killed agent to be withdrawn' });
        expect(await sidecar.exited, sidecar.output()).toBe(1);
        expect(sidecar.output()).toMatch(/withdrawn: the agent is unreachable/);
        expect(sidecar.output()).toMatch(/did not answer 2 probes in a row/);
    });
});
//# sourceMappingURL=python-agent.int.test.js.map