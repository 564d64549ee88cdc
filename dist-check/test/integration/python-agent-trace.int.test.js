import { Metadata } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { connectAgent } from '../../src/sdk/grpc/agent-clients.js';
import { toValue } from '../../src/sdk/grpc/struct.js';
import { assertPythonGrpc, spawnPythonAgent } from '../fixtures/python-agent.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { startOtlpReceiver } from '../helpers/otlp-receiver.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';
/**
 * The Python agent joins traces: it continues the caller's traceparent, exports
 * its SERVER spans with opentelemetry-sdk (OTLP/HTTP protobuf), adds an rpc.message
 * event per chunk and puts its span's traceparent on every chunk. It announces
 * itself on NATS (nats-py), so the orchestrator finds it without the sidecar.
 */
describe('tracing in the Python agent', () => {
    let nats;
    let receiver;
    let python;
    let direct;
    let client;
    const procs = [];
    beforeAll(async () => {
        assertPythonGrpc();
        [nats, receiver] = await Promise.all([startNatsServer(), startOtlpReceiver()]);
        const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '50' };
        python = await spawnPythonAgent(20_000, { ...otel, NATS_URL: nats.url, TROUPE_HEARTBEAT_MS: '200' });
        direct = connectAgent(python.address);
        const orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port=-1'], { ...otel, TROUPE_HEARTBEAT_MS: '200' });
        procs.push(orchestrator);
        const [, address] = await orchestrator.waitForLine(/orchestrator listening on (\S+)/);
        client = createOrchestratorClient(address ?? '');
        await waitFor(async () => (await client.listAgents()).some((a) => a.instanceId === python.instanceId && a.state === 'active'), {
            timeoutMs: 10_000,
            what: 'the Python agent to be active',
        });
    });
    afterAll(async () => {
        client?.close();
        direct?.close();
        for (const p of [...procs, python])
            p?.kill('SIGTERM');
        await Promise.all([...procs, python].map((p) => p?.exited));
        await receiver?.close();
        await nats?.stop();
    });
    const agentSpan = (traceId, method) => (s) => s.traceId === traceId && s.serviceName === 'python-text' && s.name === `troupe.v1.AgentService/${method}`;
    async function spanOf(traceId, method) {
        const all = await receiver.waitForSpans((spans) => spans.some(agentSpan(traceId, method)), { timeoutMs: 10_000 });
        return all.find(agentSpan(traceId, method));
    }
    function callerMetadata() {
        const metadata = new Metadata();
        metadata.set('traceparent', `00-${CALLER_TRACE}-${CALLER_SPAN}-01`);
        return metadata;
    }
    it('continues the caller trace on a direct call, with an event and a traceparent per chunk', async () => {
        const call = direct.agent.ExecuteStream({ task: { taskId: 't-direct', capability: 'text.shout', input: toValue({ text: 'one two three' }) } }, callerMetadata());
        const messages = [];
        for await (const message of call)
            messages.push(message);
        const chunks = messages.flatMap((m) => (m.chunk ? [m.chunk] : []));
        expect(chunks).toHaveLength(3);
        const span = await spanOf(CALLER_TRACE, 'ExecuteStream');
        expect(span).toMatchObject({ kind: 'SERVER', parentSpanId: CALLER_SPAN, status: { code: 'UNSET' } });
        expect(span.attributes).toMatchObject({
            'rpc.system': 'grpc',
            'rpc.service': 'troupe.v1.AgentService',
            'rpc.method': 'ExecuteStream',
            'rpc.grpc.status_code': 0,
            'troupe.capability': 'text.shout',
            'troupe.task.id': 't-direct',
            'troupe.agent.instance_id': python.instanceId,
            'troupe.chunk.count': 3,
        });
        expect(span.resource).toMatchObject({ 'service.name': 'python-text', 'service.instance.id': python.instanceId, 'telemetry.sdk.language': 'python' });
        const events = span.events.map((e) => [e.name, e.attributes['rpc.message.type'], e.attributes['rpc.message.id'], e.attributes['troupe.chunk.sequence'], e.attributes['troupe.chunk.bytes']]);
        expect(events).toEqual([
            ['rpc.message', 'SENT', 1, 0, 3],
            ['rpc.message', 'SENT', 2, 1, 3],
            ['rpc.message', 'SENT', 3, 2, 5],
        ]);
        for (const chunk of chunks)
            expect(chunk.traceparent).toBe(`00-${CALLER_TRACE}-${span.spanId}-01`);
    });
    it('records an expected failure without marking the span as an error', async () => {
        const err = await new Promise((resolve) => direct.agent.Execute({ task: { taskId: 't-bad', capability: 'text.wordcount', input: toValue({ nope: 1 }) } }, callerMetadata(), (e) => resolve(e)));
        expect(err?.code).toBe(3);
        const span = await spanOf(CALLER_TRACE, 'Execute');
        expect(span.status.code).toBe('UNSET');
        expect(span.attributes).toMatchObject({ 'rpc.grpc.status_code': 3, 'troupe.error.code': 'INVALID_ARGUMENT', 'troupe.task.id': 't-bad' });
    });
    it('is one trace with the orchestrator: its span is the child of the orchestrator ExecuteStream call', async () => {
        const events = [];
        for await (const event of client.streamTask({ capability: 'text.shout', input: { text: 'hello big world' } }))
            events.push(event);
        const started = events[0];
        if (started?.type !== 'started')
            throw new Error(`expected a started event first, got ${JSON.stringify(started)}`);
        const agent = await spanOf(started.traceId, 'ExecuteStream');
        const all = await receiver.waitForSpans((spans) => spans.some((s) => s.spanId === agent.parentSpanId), { timeoutMs: 10_000 });
        const parent = all.find((s) => s.spanId === agent.parentSpanId);
        expect(parent).toMatchObject({ kind: 'CLIENT', serviceName: 'troupe-orchestrator', name: 'troupe.v1.AgentService/ExecuteStream', traceId: started.traceId });
        const chunks = events.flatMap((e) => (e.type === 'chunk' ? [e] : []));
        expect(chunks.map((c) => c.data.toString('utf8'))).toEqual(['HELLO', 'BIG', 'WORLD']);
        for (const chunk of chunks)
            expect(chunk.traceparent).toBe(`00-${started.traceId}-${agent.spanId}-01`);
    });
});
//# sourceMappingURL=python-agent-trace.int.test.js.map