/**
 * The Go example agent (examples/go-agent: google.golang.org/grpc, nats.go micro, OTel Go), built
 * here with the Go toolchain (`go run ./internal/protogen` from proto/, then `go build`): it announces itself on
 * NATS, an orchestrator process routes unary and streaming tasks to it, the real `nats` CLI lists
 * it, it passes `troupe conformance`, its spans join the orchestrator's trace (read back from the
 * in-process OTLP receiver), and it drains on an orchestrator's request.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { buildGoAgent, spawnGoAgent } from '../fixtures/go-agent.js';
import { issueCert, makeCa, makeTempDir, removeDir, writePem } from '../helpers/certs.js';
import { startCluster } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { startOtlpReceiver } from '../helpers/otlp-receiver.js';
import { spawnTroupe } from '../helpers/processes.js';
import { toolPath } from '../helpers/tools.js';
import { waitFor } from '../helpers/wait-for.js';
let built = false;
/** Builds the agent once per test file (both blocks below share the binary). */
function ensureBuilt() {
    if (built)
        return;
    const seconds = buildGoAgent();
    console.info(`go run ./internal/protogen + go build of examples/go-agent took ${seconds.toFixed(1)} s`);
    built = true;
}
describe('the Go example agent', () => {
    let nats;
    let receiver;
    let client;
    let orchestrator;
    let agent;
    const agents = [];
    const stateOf = async (instanceId) => (await client.listAgents()).find((a) => a.instanceId === instanceId)?.state;
    beforeAll(async () => {
        ensureBuilt();
        [nats, receiver] = await Promise.all([startNatsServer(), startOtlpReceiver()]);
        const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '50' };
        orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port=-1'], { ...otel, TROUPE_HEARTBEAT_MS: '200' });
        agent = await spawnGoAgent({ ...otel, NATS_URL: nats.url, TROUPE_HEARTBEAT_MS: '200' });
        agents.push(agent);
        const [, address] = await orchestrator.waitForLine(/orchestrator listening on (\S+)/);
        client = createOrchestratorClient(address ?? '');
        await waitFor(async () => (await stateOf(agent.instanceId)) === 'active', { timeoutMs: 10_000, what: 'the Go agent to be active' });
    }, 600_000);
    afterAll(async () => {
        client?.close();
        for (const p of [...agents, orchestrator])
            p?.kill('SIGKILL');
        await Promise.all([...agents, orchestrator].map((p) => p?.exited));
        await receiver?.close();
        await nats?.stop();
    });
    it('runs a unary and a streaming task through the orchestrator', async () => {
        const result = await client.submitTask({ capability: 'text.reverse', input: { text: 'héllo' } });
        expect(result.agentInstanceId).toBe(agent.instanceId);
        expect(result.output).toEqual({ reversed: 'olléh', runes: 5 });
        await expect(client.submitTask({ capability: 'text.reverse', input: { nope: 1 } })).rejects.toMatchObject({
            message: expect.stringContaining('input.text is required'),
        });
        const events = [];
        for await (const event of client.streamTask({ capability: 'text.spell', input: { text: 'go on' } }))
            events.push(event);
        const chunks = events.flatMap((e) => (e.type === 'chunk' ? [e] : []));
        expect(chunks.map((c) => c.data.toString('utf8'))).toEqual(['G', 'O', 'O', 'N']);
        expect(chunks.map((c) => c.sequence)).toEqual([0, 1, 2, 3]);
        expect(events.at(-1)).toMatchObject({ type: 'result', output: { letters: 4 } });
    });
    it('is one trace with the orchestrator: its SERVER span is the child of the orchestrator call, one event per chunk', async () => {
        const events = [];
        for await (const event of client.streamTask({ capability: 'text.spell', input: { text: 'abc' } }))
            events.push(event);
        const started = events[0];
        if (started?.type !== 'started')
            throw new Error(`expected a started event first, got ${JSON.stringify(started)}`);
        const mine = (s) => s.traceId === started.traceId && s.serviceName === 'go-text' && s.name === 'troupe.v1.AgentService/ExecuteStream';
        const spans = await receiver.waitForSpans((all) => all.some(mine), { timeoutMs: 10_000 });
        const span = spans.find(mine);
        const withParent = await receiver.waitForSpans((all) => all.some((s) => s.spanId === span.parentSpanId), { timeoutMs: 10_000 });
        expect(withParent.find((s) => s.spanId === span.parentSpanId)).toMatchObject({
            kind: 'CLIENT',
            serviceName: 'troupe-orchestrator',
            name: 'troupe.v1.AgentService/ExecuteStream',
            traceId: started.traceId,
        });
        expect(span).toMatchObject({ kind: 'SERVER', status: { code: 'UNSET' } });
        expect(span.resource).toMatchObject({ 'service.name': 'go-text', 'service.instance.id': agent.instanceId, 'telemetry.sdk.language': 'go' });
        expect(span.attributes).toMatchObject({
            'rpc.system': 'grpc',
            'rpc.service': 'troupe.v1.AgentService',
            'rpc.method': 'ExecuteStream',
            'rpc.grpc.status_code': 0,
            'troupe.capability': 'text.spell',
            'troupe.agent.instance_id': agent.instanceId,
            'troupe.chunk.count': 3,
        });
        expect(span.events.map((e) => [e.name, e.attributes['rpc.message.id'], e.attributes['troupe.chunk.sequence'], e.attributes['troupe.chunk.bytes']])).toEqual([
            ['rpc.message', 1, 0, 1],
            ['rpc.message', 2, 1, 1],
            ['rpc.message', 3, 2, 1],
        ]);
        for (const chunk of events.flatMap((e) => (e.type === 'chunk' ? [e] : [])))
            expect(chunk.traceparent).toBe(`00-${started.traceId}-${span.spanId}-01`);
        // Every span of the trace hangs off one root: none is orphaned.
        const trace = receiver.trace(started.traceId);
        const ids = new Set(trace.map((s) => s.spanId));
        expect(trace.filter((s) => s.parentSpanId && !ids.has(s.parentSpanId))).toEqual([]);
    });
    it('passes `troupe conformance`', async () => {
        const proc = spawnTroupe(['conformance', agent.address, '--sample', 'text.spell={"text":"abcde","delay_ms":50}', '--sample', 'text.reverse={"text":"ab"}']);
        expect(await proc.exited, proc.output()).toBe(0);
        expect(proc.output()).toMatch(/^stream:text\.spell\s+PASS\s+5 chunks in order/m);
        expect(proc.output()).toMatch(/^cancellation\s+PASS/m);
        expect(proc.output()).toMatch(/^reflection\s+PASS/m);
        expect(proc.output()).toMatch(/^health\.check\s+PASS/m);
        expect(proc.output()).toMatch(/^\d+ passed, 0 failed, 0 skipped: conformant$/m);
    });
    it('is listed by the real nats CLI with the troupe metadata', () => {
        const ls = spawnSync(toolPath('nats'), ['--server', nats.url, 'micro', 'ls', '--json'], { encoding: 'utf8', timeout: 20_000 });
        expect(ls.status, ls.stderr).toBe(0);
        const services = JSON.parse(ls.stdout);
        expect(services.find((s) => s.metadata['troupe.instance_id'] === agent.instanceId)).toMatchObject({
            name: 'troupe-agent',
            metadata: { 'troupe.agent': 'go-text', 'troupe.grpc_address': agent.address, 'troupe.capabilities': 'text.reverse,text.spell', 'troupe.max_concurrency': '8' },
        });
    });
    it('drains on an orchestrator drain request: leaves the registry and exits 0', async () => {
        await client.setAgentMode(agent.instanceId, 'drain');
        expect(await agent.exited, agent.output()).toBe(0);
        expect(agent.output()).toMatch(/go agent draining \(drain requested/);
        // After its goodbye the instance is gone from the registry (or shown as left).
        await waitFor(async () => [undefined, 'left'].includes(await stateOf(agent.instanceId)), { timeoutMs: 5000, what: 'the drained Go agent to leave' });
    });
});
describe('the Go example agent over mTLS, admitted by certificate', () => {
    let dir;
    let nats;
    let cluster;
    let agent;
    const files = {};
    beforeAll(async () => {
        ensureBuilt();
        dir = await makeTempDir();
        const ca = await makeCa('Troupe Test CA');
        files.ca = await writePem(dir, 'ca', ca);
        files.agent = await writePem(dir, 'go-text', await issueCert({ ca, cn: 'go-text', sans: { uri: ['troupe://agent/go-text'], ip: ['127.0.0.1'] }, usage: 'server' }));
        files.orch = await writePem(dir, 'orch', await issueCert({ ca, cn: 'orchestrator-1', sans: { uri: ['troupe://orchestrator/orchestrator-1'] }, usage: 'client' }));
        files.cli = await writePem(dir, 'cli', await issueCert({ ca, cn: 'operator', usage: 'client' }));
        nats = await startNatsServer();
        cluster = await startCluster({ heartbeatIntervalMs: 200, agentCa: files.ca.cert, agentClientCert: files.orch.cert, agentClientKey: files.orch.key }, nats);
        agent = await spawnGoAgent({
            NATS_URL: nats.url,
            TROUPE_HEARTBEAT_MS: '200',
            TROUPE_AGENT_TLS_CERT: files.agent.cert,
            TROUPE_AGENT_TLS_KEY: files.agent.key,
            TROUPE_AGENT_TLS_CLIENT_CA: files.ca.cert,
        });
    }, 600_000);
    afterAll(async () => {
        agent?.kill('SIGKILL');
        await agent?.exited;
        await cluster?.close();
        await nats?.stop();
        if (dir)
            await removeDir(dir);
    });
    it('says it serves mTLS, is admitted and runs tasks; a client without a certificate is turned away', async () => {
        expect(agent.output()).toMatch(/go agent listening on \S+ \(go-text 1\.0\.0, mTLS, announced on NATS/);
        await cluster.waitActive(agent.instanceId, 5000);
        expect(cluster.orchestrator.registry.get(agent.instanceId)).toMatchObject({ state: 'active', routable: true });
        const result = await cluster.client.submitTask({ capability: 'text.reverse', input: { text: 'tls' } });
        expect(result).toMatchObject({ agentInstanceId: agent.instanceId, output: { reversed: 'slt', runes: 3 } });
        const noCert = spawnTroupe(['--tls-ca', files.ca.cert, 'conformance', agent.address, '--timeout', '2000']);
        expect(await noCert.exited, noCert.output()).toBe(1);
        expect(noCert.output()).toMatch(/^0 passed, \d+ failed, \d+ skipped: NOT conformant$/m);
    });
    it('passes `troupe conformance` over mTLS', async () => {
        const tls = ['--tls-ca', files.ca.cert, '--tls-cert', files.cli.cert, '--tls-key', files.cli.key];
        const proc = spawnTroupe([...tls, 'conformance', agent.address, '--sample', 'text.spell={"text":"abcde","delay_ms":50}', '--sample', 'text.reverse={"text":"ab"}']);
        expect(await proc.exited, proc.output()).toBe(0);
        expect(proc.output()).toMatch(/^\d+ passed, 0 failed, 0 skipped: conformant$/m);
    });
    it('rejects a forged drain request and obeys the one the orchestrator signs: drains and exits 0', async () => {
        const forged = spawnSync(toolPath('nats'), ['--server', nats.url, 'pub', `troupe.agents.control.${agent.instanceId}`, '{"v":1,"action":"drain","reason":"forged"}'], {
            encoding: 'utf8',
            timeout: 20_000,
        });
        expect(forged.status, forged.stderr).toBe(0);
        await waitFor(() => agent.output().includes('control message rejected: not signed by a trusted orchestrator (reason unsigned'), {
            timeoutMs: 5000,
            what: 'the forged control message to be rejected',
        });
        expect(agent.output()).not.toMatch(/go agent draining/);
        await cluster.client.setAgentMode(agent.instanceId, 'drain');
        expect(await agent.exited, agent.output()).toBe(0);
        expect(agent.output()).toMatch(/go agent draining \(drain requested/);
    });
});
//# sourceMappingURL=go-agent.int.test.js.map