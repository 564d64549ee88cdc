/**
 * The Python example agent announces itself on NATS with nats-py (no sidecar): the
 * orchestrator finds it through hello and `$SRV.INFO`, routes tasks to it, sees it drain on
 * SIGTERM and on an orchestrator's drain request, and the real `nats` CLI lists it.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Status } from '../../src/sdk/errors.js';
import { AGENT, PYTHON, assertPythonGrpc, spawnPythonAgent } from '../fixtures/python-agent.js';
import { startCluster } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { toolPath } from '../helpers/tools.js';
import { waitFor } from '../helpers/wait-for.js';
const BEAT_MS = 200;
describe('a Python agent that announces itself on NATS (nats-py, micro)', () => {
    let nats;
    let cluster;
    const pythons = [];
    async function spawnAnnounced() {
        const agent = await spawnPythonAgent(20_000, { NATS_URL: nats.url }, ['--heartbeat-ms', String(BEAT_MS)]);
        pythons.push(agent);
        return agent;
    }
    beforeAll(async () => {
        assertPythonGrpc();
        nats = await startNatsServer();
        cluster = await startCluster({ heartbeatIntervalMs: BEAT_MS }, nats);
    });
    afterAll(async () => {
        for (const p of pythons)
            p.kill('SIGKILL');
        await Promise.all(pythons.map((p) => p.exited));
        await cluster?.close();
        await nats?.stop();
    });
    it('becomes active in the registry and runs unary and streaming tasks through the orchestrator', async () => {
        const python = await spawnAnnounced();
        expect(python.output()).toMatch(/announced on NATS as 127\.0\.0\.1:\d+, instance /);
        await cluster.waitActive(python.instanceId);
        expect(cluster.orchestrator.registry.get(python.instanceId)?.descriptor).toMatchObject({ name: 'python-text', version: '1.0.0', supportsChannel: false });
        const result = await cluster.client.submitTask({ capability: 'text.wordcount', input: { text: 'hello big world' } });
        expect(result.agentInstanceId).toBe(python.instanceId);
        expect(result.output).toEqual({ words: 3, characters: 15 });
        const events = [];
        for await (const event of cluster.client.streamTask({ capability: 'text.shout', input: { text: 'hello big world' } }))
            events.push(event);
        expect(events.flatMap((e) => (e.type === 'chunk' ? [e.data.toString('utf8')] : []))).toEqual(['HELLO', 'BIG', 'WORLD']);
        expect(events.at(-1)).toMatchObject({ type: 'result', output: { words: 3 } });
    });
    it('is listed by the real nats CLI: micro ls shows the troupe metadata and the describe endpoint', () => {
        const python = pythons[0];
        const ls = spawnSync(toolPath('nats'), ['--server', nats.url, 'micro', 'ls', '--json'], { encoding: 'utf8', timeout: 20_000 });
        expect(ls.status, ls.stderr).toBe(0);
        const services = JSON.parse(ls.stdout);
        const mine = services.find((s) => s.metadata['troupe.instance_id'] === python.instanceId);
        expect(mine?.name).toBe('troupe-agent');
        expect(mine?.metadata).toMatchObject({
            'troupe.agent': 'python-text',
            'troupe.agent_version': '1.0.0',
            'troupe.grpc_address': python.address,
            'troupe.capabilities': 'text.wordcount,text.shout',
            'troupe.max_concurrency': '8',
        });
        expect(mine?.endpoints).toContainEqual(expect.objectContaining({ name: 'describe', subject: `troupe.agents.describe.${python.instanceId}` }));
    });
    it('has an endpoint per capability, like the TypeScript SDK: micro info lists them, micro stats counts the tasks each served', async () => {
        const python = await spawnAnnounced();
        await cluster.waitActive(python.instanceId);
        const natsCli = (args) => {
            const run = spawnSync(toolPath('nats'), ['--server', nats.url, ...args], { encoding: 'utf8', timeout: 20_000 });
            expect(run.status, run.stderr).toBe(0);
            return JSON.parse(run.stdout);
        };
        // NATS micro ids are the service's own; find ours by its troupe.instance_id.
        const listed = natsCli(['micro', 'ls', '--json']);
        const microId = listed.find((s) => s.metadata['troupe.instance_id'] === python.instanceId)?.id ?? '';
        const { info } = natsCli(['micro', 'info', 'troupe-agent', microId, '--json']);
        expect(info.endpoints.map((e) => [e.name, e.subject, e.metadata?.capability, e.metadata?.streaming])).toEqual([
            ['describe', `troupe.agents.describe.${python.instanceId}`, undefined, undefined],
            ['text_wordcount', `troupe.agents.capability.${python.instanceId}.text.wordcount`, 'text.wordcount', 'false'],
            ['text_shout', `troupe.agents.capability.${python.instanceId}.text.shout`, 'text.shout', 'true'],
        ]);
        // Tasks for this instance only: the first test's agent sits in maintenance meanwhile.
        const other = pythons[0].instanceId;
        await cluster.client.setAgentMode(other, 'maintenance');
        try {
            for (const text of ['one', 'two words', 'three more words'])
                await expect(cluster.client.submitTask({ capability: 'text.wordcount', input: { text } })).resolves.toMatchObject({ agentInstanceId: python.instanceId });
            await expect(cluster.client.submitTask({ capability: 'text.wordcount', input: { text: 7 } })).rejects.toMatchObject({ code: Status.INVALID_ARGUMENT });
            const shouted = [];
            for await (const event of cluster.client.streamTask({ capability: 'text.shout', input: { text: 'a b' } }))
                shouted.push(event);
            expect(shouted.filter((e) => e.type === 'chunk')).toHaveLength(2);
        }
        finally {
            await cluster.client.setAgentMode(other, 'active');
        }
        const all = natsCli(['micro', 'stats', 'troupe-agent', '--json']);
        const byName = new Map((all.find((s) => s.id === microId)?.endpoints ?? []).map((e) => [e.name, e]));
        const words = byName.get('text_wordcount');
        expect(words).toMatchObject({ num_requests: 4, num_errors: 1, last_error: 'INVALID_ARGUMENT' });
        expect(words.data).toEqual({ grpc_tasks: 4, grpc_errors: 1, grpc_errors_by_code: { INVALID_ARGUMENT: 1 } });
        expect(words.processing_time).toBeGreaterThan(0);
        expect(words.average_processing_time).toBe(Math.floor(words.processing_time / 4));
        expect(byName.get('text_shout')).toMatchObject({ num_requests: 1, num_errors: 0, data: { grpc_tasks: 1, grpc_errors: 0, grpc_errors_by_code: {} } });
        expect(byName.get('describe')).toMatchObject({ num_requests: 0 });
        // A request on the endpoint says what the capability is and how to call it.
        const reply = spawnSync(toolPath('nats'), ['--server', nats.url, 'request', `troupe.agents.capability.${python.instanceId}.text.shout`, '{}', '--raw'], { encoding: 'utf8', timeout: 20_000 });
        expect(reply.status, reply.stderr).toBe(0);
        expect(JSON.parse(reply.stdout)).toMatchObject({ capability: 'text.shout', agent: 'python-text', instance_id: python.instanceId, streaming: true, grpc: { address: python.address, method: 'troupe.v1.AgentService/ExecuteStream' } });
    });
    it('passes `troupe conformance`', () => {
        const python = pythons[0];
        const run = spawnSync(process.execPath, ['dist/cli/main.js', 'conformance', python.address, '--sample', 'text.shout={"text":"one two three four five","delay_ms":50}', '--sample', 'text.wordcount={"text":"a b"}'], { encoding: 'utf8', timeout: 60_000 });
        expect(run.status, run.stdout + run.stderr).toBe(0);
        expect(run.stdout).toMatch(/^reflection\s+PASS/m);
        expect(run.stdout).toMatch(/^health\.check\s+PASS/m);
        expect(run.stdout).toMatch(/^\d+ passed, 0 failed, 0 skipped: conformant$/m);
    });
    it('drains on an orchestrator drain request: draining, then goodbye, exit 0', async () => {
        const python = pythons[0];
        const states = cluster.recordStates(python.instanceId);
        await cluster.client.setAgentMode(python.instanceId, 'drain');
        await waitFor(() => cluster.stateOf(python.instanceId) === 'left', { timeoutMs: 5000, what: 'the drained agent to leave' });
        expect(states).toContain('left');
        expect(await python.exited, python.output()).toBe(0);
        expect(python.output()).toMatch(/python agent draining \(/);
    });
    it('says draining then goodbye on SIGTERM; a start-up with bad NATS settings fails naming the setting', async () => {
        const python = await spawnAnnounced();
        await cluster.waitActive(python.instanceId);
        const states = cluster.recordStates(python.instanceId);
        python.kill('SIGTERM');
        await waitFor(() => cluster.stateOf(python.instanceId) === 'left', { timeoutMs: 5000, what: 'the stopped agent to leave' });
        expect(states).toEqual(['draining', 'left']);
        expect(await python.exited).toBe(0);
        const bad = spawnSync(PYTHON, [AGENT, '--port', '0', '--nats', nats.url], {
            env: { ...process.env, NATS_USER: 'agent' },
            encoding: 'utf8',
            timeout: 20_000,
        });
        expect(bad.status).toBe(2);
        expect(bad.stderr).toMatch(/^error: NATS_USER: needs NATS_PASSWORD_FILE/m);
    });
});
//# sourceMappingURL=python-agent-nats.int.test.js.map