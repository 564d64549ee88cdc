import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent } from '../../src/sdk/index.js';
import { instrument, startTelemetry, tracingInterceptor, type Telemetry } from '../../src/sdk/telemetry/index.js';
import { startCluster, type TestCluster } from '../helpers/cluster.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * A run is one trace whose span tree mirrors its step graph: StartRun's server span →
 * troupe.run → one troupe.task span per attempt (retries included) → the dispatch
 * client span → the agent's server span. Everything runs in this process, exporting
 * to an in-memory exporter.
 */
describe('the trace of a run', () => {
  const exporter = new InMemorySpanExporter();
  let telemetry: Telemetry;
  let cluster: TestCluster;
  let calls = 0;

  beforeAll(async () => {
    telemetry = await startTelemetry({ serviceName: 'run-trace-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
    cluster = await startCluster({}, undefined, { random: () => 0 });
    const agent = await cluster.startAgent(
      defineAgent({
        name: 'tracer',
        version: '1.0.0',
        capabilities: [{ name: 'tr.ok' }, { name: 'tr.flaky' }, { name: 'tr.audio', streaming: true }],
        handlers: {
          'tr.ok': (input) => input,
          'tr.audio': async function* () {
            yield { type: 'progress', fraction: 0 };
            for (let i = 0; i < 4; i++) yield { type: 'chunk', data: Buffer.alloc(640 * (i + 1)), contentType: 'audio/L16;rate=16000;channels=1', durationMs: 20 * (i + 1) };
            return { chunks: 4 };
          },
          'tr.flaky': () => {
            calls++;
            if (calls === 1) throw new Error('first attempt fails');
            return 'second attempt works';
          },
        },
      }),
    );
    await cluster.waitActive(agent.instanceId);
  });
  afterAll(async () => {
    await cluster?.close();
    await telemetry?.shutdown();
  });

  it('mirrors the step graph, retries included', async () => {
    await cluster.client.registerWorkflow(`
name: traced
steps:
  - { id: a, capability: tr.ok, input: 1 }
  - { id: b, capability: tr.flaky, depends_on: [a], retry: { max_attempts: 2, initial_backoff_ms: 1 } }
  - { id: c, capability: tr.ok, depends_on: [a], input: 3 }
`);
    const { runId, traceId } = await cluster.client.startRun({ workflow: 'traced', input: {} });
    for await (const e of cluster.client.watchRun(runId)) if (e.type === 'run.completed' || e.type === 'run.failed') break;
    const spans = await waitFor(
      () => {
        const all = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
        return all.some((s) => s.name === 'troupe.run') ? all : undefined;
      },
      { timeoutMs: 5000, what: 'the run span to end' },
    );
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan): ReadableSpan | undefined => byId.get(s.parentSpanContext?.spanId ?? '');
    const run = spans.find((s) => s.name === 'troupe.run')!;
    expect(parentOf(run)?.name).toBe('troupe.v1.OrchestratorService/StartRun');
    expect(run.attributes['troupe.run.status']).toBe('completed');
    const tasks = spans.filter((s) => s.name === 'troupe.task');
    expect(tasks.every((t) => parentOf(t) === run)).toBe(true);
    const steps = tasks.map((t) => `${String(t.attributes['troupe.step.id'])}#${String(t.attributes['troupe.attempt'])}`).sort();
    expect(steps).toEqual(['a#1', 'b#1', 'b#2', 'c#1']);
    for (const task of tasks) {
      const client = spans.find((s) => parentOf(s) === task && s.name === 'troupe.v1.AgentService/Execute' && s.kind === SpanKind.CLIENT);
      expect(client, `client span under ${String(task.attributes['troupe.step.id'])}#${String(task.attributes['troupe.attempt'])}`).toBeDefined();
      const server = spans.find((s) => parentOf(s) === client && s.kind === SpanKind.SERVER);
      expect(server?.attributes['troupe.run.id']).toBe(runId);
    }
    const failedAttempt = tasks.find((t) => t.attributes['troupe.step.id'] === 'b' && t.attributes['troupe.attempt'] === 1)!;
    expect(failedAttempt.attributes['rpc.grpc.status_code']).toBe(2 /* UNKNOWN */);
  });

  it('counts every chunk on every hop: agent, orchestrator, WatchRun server span, consumer', async () => {
    await cluster.client.registerWorkflow(`
name: traced-audio
steps:
  - { id: voice, capability: tr.audio, stream: true }
`);
    const consumer = createOrchestratorClient(cluster.orchestrator.grpcAddress, { interceptors: [tracingInterceptor] });
    let traceId = '';
    try {
      await instrument('consumer', {}, async (span) => {
        traceId = span.spanContext().traceId;
        const { runId } = await consumer.startRun({ workflow: 'traced-audio', input: {} });
        for await (const e of consumer.watchRun(runId)) if (e.type === 'run.completed' || e.type === 'run.failed') break;
      });
    } finally {
      consumer.close();
    }
    const spans = await waitFor(
      () => {
        const all = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
        return all.filter((s) => s.name === 'troupe.v1.OrchestratorService/WatchRun').length === 2 && all.some((s) => s.name === 'troupe.run') ? all : undefined;
      },
      { timeoutMs: 5000, what: 'the WatchRun spans to end' },
    );
    const expected = [0, 1, 2, 3].map((i) => [i, 640 * (i + 1), 20 * (i + 1)]);
    const hops = [
      ['agent', SpanKind.SERVER, 'troupe.v1.AgentService/ExecuteStream', 'SENT'],
      ['orchestrator', SpanKind.CLIENT, 'troupe.v1.AgentService/ExecuteStream', 'RECEIVED'],
      ['WatchRun server', SpanKind.SERVER, 'troupe.v1.OrchestratorService/WatchRun', 'SENT'],
      ['consumer', SpanKind.CLIENT, 'troupe.v1.OrchestratorService/WatchRun', 'RECEIVED'],
    ] as const;
    for (const [hop, kind, name, type] of hops) {
      const span = spans.find((s) => s.kind === kind && s.name === name);
      expect(span, hop).toBeDefined();
      const messages = span!.events.filter((e) => e.name === 'rpc.message' && e.attributes?.['rpc.message.type'] === type);
      expect(messages.map((e) => e.attributes?.['rpc.message.id']), hop).toEqual(messages.map((_, i) => i + 1));
      const chunks = messages.filter((e) => e.attributes?.['troupe.chunk.sequence'] !== undefined);
      expect(chunks.map((e) => [e.attributes?.['troupe.chunk.sequence'], e.attributes?.['troupe.chunk.bytes'], e.attributes?.['troupe.chunk.audio_ms']]), hop).toEqual(expected);
      // Progress, result, and on WatchRun the run's other events, are messages too, told apart from chunks.
      expect(messages.length, hop).toBeGreaterThan(chunks.length);
    }
    expect(spans.find((s) => s.kind === SpanKind.SERVER && s.name === 'troupe.v1.OrchestratorService/WatchRun')?.attributes['troupe.chunk.count']).toBe(4);
  });

  it('a wait for a signal is one troupe.step.wait span under the run, with the signal as an event', async () => {
    await cluster.client.registerWorkflow(`
name: traced-wait
steps:
  - { id: a, capability: tr.ok, input: 1 }
  - { id: approve, depends_on: [a], wait_for_signal: { timeout_ms: 60000 } }
  - { id: c, capability: tr.ok, depends_on: [approve], input: "\${steps.approve.output}" }
`);
    const { runId, traceId } = await cluster.client.startRun({ workflow: 'traced-wait', input: {} });
    for await (const e of cluster.client.watchRun(runId)) {
      if (e.type === 'step.waiting') await cluster.client.signalRun(runId, 'approve', { payload: 'yes' });
      if (e.type === 'run.completed' || e.type === 'run.failed') break;
    }
    const spans = await waitFor(
      () => {
        const all = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
        return all.some((s) => s.name === 'troupe.run') ? all : undefined;
      },
      { timeoutMs: 5000, what: 'the run span to end' },
    );
    const run = spans.find((s) => s.name === 'troupe.run')!;
    expect(run.attributes['troupe.run.status']).toBe('completed');
    const wait = spans.find((s) => s.name === 'troupe.step.wait');
    expect(wait?.parentSpanContext?.spanId).toBe(run.spanContext().spanId);
    expect(wait?.attributes).toMatchObject({ 'troupe.run.id': runId, 'troupe.step.id': 'approve', 'troupe.step.signal': 'approved' });
    expect(wait?.events.map((e) => e.name)).toEqual(['troupe.step.signalled']);
    expect(wait?.events[0]?.attributes).toMatchObject({ approved: true, 'enduser.id': 'anonymous' });
    // No task span for the waiting step: it dispatches nothing.
    expect(spans.filter((s) => s.name === 'troupe.task').map((t) => t.attributes['troupe.step.id']).sort()).toEqual(['a', 'c']);
    expect(exporter.getFinishedSpans().some((s) => s.name === 'troupe.v1.OrchestratorService/SignalRun')).toBe(true);
  });
});
