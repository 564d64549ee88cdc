import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNatsServer } from '../helpers/nats-server.js';
import { startOtlpReceiver } from '../helpers/otlp-receiver.js';
import { spawnAgent, spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
/**
 * One trace across processes: the CLI (client), the orchestrator and an agent each
 * export OTLP to an in-process receiver; the test follows parent links from the
 * agent's server span back to the client's root span.
 */
describe('one trace from client to agent and back', () => {
    let nats;
    let receiver;
    let orchestrator;
    let address;
    const procs = [];
    let otel;
    let client;
    let http;
    beforeAll(async () => {
        nats = await startNatsServer();
        receiver = await startOtlpReceiver();
        otel = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '50', TROUPE_HEARTBEAT_MS: '200' };
        orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port', '0'], otel);
        procs.push(orchestrator);
        const ready = await orchestrator.waitForLine(/orchestrator listening on (\S+) \(http (\S+)\)/);
        address = ready[1] ?? '';
        http = `http://${ready[2]}`;
        const agent = await spawnAgent('echo', nats.url, otel);
        procs.push(agent);
        client = createOrchestratorClient(address);
        await waitActive(agent.instanceId);
    });
    async function waitActive(instanceId) {
        await waitFor(async () => (await client.listAgents()).some((a) => a.instanceId === instanceId && a.state === 'active'), {
            timeoutMs: 5000,
            what: `${instanceId} to be active`,
        });
    }
    /** Waits until the trace holds a chain of `length` spans ending at a span matching `leaf`. */
    async function waitForChain(traceId, leaf, length) {
        let found;
        await receiver.waitForSpans((all) => {
            const trace = all.filter((s) => s.traceId === traceId || traceId === '');
            const span = trace.find(leaf);
            if (!span)
                return false;
            const own = trace.filter((s) => s.traceId === span.traceId);
            if (ancestry(span, own).length < length)
                return false;
            found = { span, trace: own };
            return true;
        }, { timeoutMs: 10_000 });
        return found;
    }
    afterAll(async () => {
        client?.close();
        for (const p of procs)
            p.kill('SIGTERM');
        await Promise.all(procs.map((p) => p.exited));
        await receiver?.close();
        await nats?.stop();
    });
    function byId(spans) {
        return new Map(spans.map((s) => [s.spanId, s]));
    }
    /** The chain of span names from `span` up to the root, each as `service:name`. */
    function ancestry(span, spans) {
        const index = byId(spans);
        const chain = [];
        for (let s = span; s; s = s.parentSpanId ? index.get(s.parentSpanId) : undefined)
            chain.push(`${s.serviceName}:${s.name}`);
        return chain;
    }
    it('links client → orchestrator → agent with one event per streamed chunk', async () => {
        const cli = spawnTroupe(['--orchestrator', address, 'task', 'echo.stream', '--stream', '--input', '{"count":7,"chunkBytes":32}'], otel);
        expect(await cli.exited).toBe(0);
        const traceId = (/trace ([0-9a-f]{32})/.exec(cli.output()) ?? [])[1] ?? '';
        expect(traceId).toMatch(/^[0-9a-f]{32}$/);
        const { span: agentSpan, trace } = await waitForChain(traceId, (s) => s.serviceName === 'echo' && s.kind === 'SERVER', 5);
        expect(ancestry(agentSpan, trace)).toEqual([
            'echo:troupe.v1.AgentService/ExecuteStream',
            'troupe-orchestrator:troupe.v1.AgentService/ExecuteStream',
            'troupe-orchestrator:troupe.v1.OrchestratorService/StreamTask',
            'troupe-cli:troupe.v1.OrchestratorService/StreamTask',
            'troupe-cli:troupe task',
        ]);
        expect(agentSpan.attributes).toMatchObject({ 'rpc.system': 'grpc', 'rpc.service': 'troupe.v1.AgentService', 'rpc.method': 'ExecuteStream', 'rpc.grpc.status_code': 0 });
        // Every hop: one rpc.message event per message, ids from 1, and the chunks told apart by troupe.chunk.*.
        const hops = [
            ['agent', agentSpan, 'SENT'],
            ['orchestrator client', trace.find((s) => s.serviceName === 'troupe-orchestrator' && s.name === 'troupe.v1.AgentService/ExecuteStream'), 'RECEIVED'],
            ['relay', trace.find((s) => s.serviceName === 'troupe-orchestrator' && s.name === 'troupe.v1.OrchestratorService/StreamTask'), 'SENT'],
            ['consumer', trace.find((s) => s.serviceName === 'troupe-cli' && s.name === 'troupe.v1.OrchestratorService/StreamTask'), 'RECEIVED'],
        ];
        for (const [hop, span, type] of hops) {
            expect(span, hop).toBeDefined();
            const messages = span.events.filter((e) => e.name === 'rpc.message' && e.attributes['rpc.message.type'] === type);
            expect(messages.map((e) => e.attributes['rpc.message.id']), hop).toEqual(messages.map((_, i) => i + 1));
            const chunks = messages.filter((e) => e.attributes['troupe.chunk.sequence'] !== undefined);
            expect(chunks.map((e) => [e.attributes['troupe.chunk.sequence'], e.attributes['troupe.chunk.bytes']]), hop).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => [i, 32]));
            // The agent sends the chunks and the result; the relay adds `started`.
            expect(messages.length - chunks.length, hop).toBe(hop === 'agent' || hop === 'orchestrator client' ? 1 : 2);
        }
        expect(hops[2][1].attributes).toMatchObject({ 'troupe.capability': 'echo.stream', 'troupe.chunk.count': 7 });
    });
    it('links a unary task the same way', async () => {
        const cli = spawnTroupe(['--orchestrator', address, 'task', 'echo.say', '--input', '{"x":1}'], otel);
        expect(await cli.exited).toBe(0);
        const traceId = (/trace ([0-9a-f]{32})/.exec(cli.output()) ?? [])[1] ?? '';
        const { span: agentSpan, trace } = await waitForChain(traceId, (s) => s.serviceName === 'echo' && s.kind === 'SERVER', 5);
        expect(ancestry(agentSpan, trace)).toEqual([
            'echo:troupe.v1.AgentService/Execute',
            'troupe-orchestrator:troupe.v1.AgentService/Execute',
            'troupe-orchestrator:troupe.v1.OrchestratorService/SubmitTask',
            'troupe-cli:troupe.v1.OrchestratorService/SubmitTask',
            'troupe-cli:troupe task',
        ]);
        // Unary tasks travel over the agent's multiplexing Channel, with a client span per task.
        const client = trace.find((s) => s.serviceName === 'troupe-orchestrator' && s.kind === 'CLIENT');
        expect(client?.attributes).toMatchObject({ 'troupe.transport': 'channel', 'rpc.method': 'Execute', 'rpc.grpc.status_code': 0 });
    });
    it('counts tasks, agents and calls in Prometheus metrics, and answers health probes', async () => {
        await client.submitTask({ capability: 'echo.say', input: 'count me' });
        const text = await (await fetch(`${http}/metrics`)).text();
        expect(text).toMatch(/troupe_tasks_total\{[^}]*troupe_capability="echo.say"[^}]*troupe_outcome="ok"[^}]*\} [1-9]/);
        expect(text).toMatch(/troupe_task_duration_seconds_count\{[^}]*troupe_capability="echo.say"/);
        expect(text).toMatch(/troupe_agents\{[^}]*troupe_agent_name="echo"[^}]*state="active"[^}]*\} 1/);
        expect(text).toMatch(/troupe_breakers\{[^}]*troupe_agent_name="echo"[^}]*state="closed"[^}]*\} 1/);
        const submitCalls = text.split('\n').find((l) => l.startsWith('rpc_server_duration_seconds_count{') && l.includes('rpc_method="SubmitTask"'));
        expect(submitCalls).toContain('rpc_service="troupe.v1.OrchestratorService"');
        expect((await fetch(`${http}/healthz`)).status).toBe(200);
        expect(await (await fetch(`${http}/readyz`)).json()).toMatchObject({ ready: true });
        expect((await fetch(`${http}/nope`)).status).toBe(404);
    });
    it('carries the trace over NATS when an operator drains an agent', async () => {
        const victim = await spawnAgent('echo', nats.url, otel);
        procs.push(victim);
        await waitActive(victim.instanceId);
        const cli = spawnTroupe(['--orchestrator', address, 'agents', 'mode', victim.instanceId, 'drain'], otel);
        expect(await cli.exited).toBe(0);
        expect(await victim.exited).toBe(0);
        const { span: consumer, trace } = await waitForChain('', (s) => s.kind === 'CONSUMER' && s.name === 'process troupe.agents.control', 5);
        expect(ancestry(consumer, trace)).toEqual([
            'echo:process troupe.agents.control',
            'troupe-orchestrator:publish troupe.agents.control',
            'troupe-orchestrator:troupe.v1.OrchestratorService/SetAgentMode',
            'troupe-cli:troupe.v1.OrchestratorService/SetAgentMode',
            'troupe-cli:troupe agents',
        ]);
        expect(consumer.attributes).toMatchObject({ 'messaging.system': 'nats', 'messaging.destination.name': `troupe.agents.control.${victim.instanceId}` });
    });
});
//# sourceMappingURL=trace.int.test.js.map