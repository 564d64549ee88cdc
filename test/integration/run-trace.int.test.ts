import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent } from '../../src/sdk/index.js';
import { startTelemetry, type Telemetry } from '../../src/sdk/telemetry/index.js';
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
        capabilities: [{ name: 'tr.ok' }, { name: 'tr.flaky' }],
        handlers: {
          'tr.ok': (input) => input,
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
});
