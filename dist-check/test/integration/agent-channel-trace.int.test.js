import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { ClientPool } from '../../src/orchestrator/dispatch/client-pool.js';
import { startAgent } from '../../src/sdk/agent/index.js';
import { toValue } from '../../src/sdk/grpc/struct.js';
import { instrument, startTelemetry } from '../../src/sdk/telemetry/index.js';
import { waitFor } from '../helpers/wait-for.js';
/**
 * The orchestrator's long-lived Channel stream to an agent is opened by whichever
 * task first needs it, and lives on for every later task: its span must not hang
 * under that first run. Real agent (gRPC server) and the orchestrator's real pool.
 */
describe('the per-agent Channel span', () => {
    const exporter = new InMemorySpanExporter();
    let telemetry;
    let agent;
    let pool;
    beforeAll(async () => {
        telemetry = await startTelemetry({ serviceName: 'channel-trace-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
        agent = await startAgent(echo, { host: '127.0.0.1', port: 0 });
        pool = new ClientPool({ maxMessageBytes: 8 * 1024 * 1024 });
    });
    afterAll(async () => {
        pool?.close();
        await agent?.drain();
        await telemetry?.shutdown();
    });
    it('is the root of its own trace, linked to the run that opened it; each task span stays in its run', async () => {
        const channel = pool.channel(agent.address, 'echo');
        const runTask = (run, taskId) => instrument(run, {}, (_span, ctx) => channel.call({ taskId, capability: 'echo.say', input: toValue(taskId) }, { deadline: new Date(Date.now() + 5000), signal: new AbortController().signal, traceContext: ctx }));
        await runTask('first run', 't-1');
        await runTask('second run', 't-2');
        channel.close();
        const spans = await waitFor(() => {
            const all = exporter.getFinishedSpans();
            return all.some((s) => s.name === 'troupe.v1.AgentService/Channel') ? all : undefined;
        }, { timeoutMs: 5000, what: 'the Channel span to end' });
        const first = spans.find((s) => s.name === 'first run');
        const second = spans.find((s) => s.name === 'second run');
        const stream = spans.find((s) => s.name === 'troupe.v1.AgentService/Channel');
        expect(stream.kind).toBe(SpanKind.CLIENT);
        expect(stream.parentSpanContext).toBeUndefined();
        expect(stream.spanContext().traceId).not.toBe(first.spanContext().traceId);
        expect(stream.links.map((l) => l.context.spanId)).toEqual([first.spanContext().spanId]);
        expect(stream.events).toEqual([]);
        // Each task keeps its CLIENT span (named like Execute) under its own run.
        const calls = spans.filter((s) => s.name === 'troupe.v1.AgentService/Execute' && s.kind === SpanKind.CLIENT);
        expect(calls.map((s) => s.parentSpanContext?.spanId).sort()).toEqual([first.spanContext().spanId, second.spanContext().spanId].sort());
        // And the agent's SERVER span of each task is in its run's trace.
        const served = spans.filter((s) => s.name === 'troupe.v1.AgentService/Execute' && s.kind === SpanKind.SERVER);
        expect(served.map((s) => s.spanContext().traceId).sort()).toEqual([first.spanContext().traceId, second.spanContext().traceId].sort());
    });
});
//# sourceMappingURL=agent-channel-trace.int.test.js.map