import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelemetry, type Telemetry } from '../../src/sdk/telemetry/index.js';
import { createOrchestratorClient, type OrchestratorClient } from '../../src/sdk/client/index.js';
import { InvalidArgumentError, Status } from '../../src/sdk/errors.js';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster, type TestCluster } from '../helpers/cluster.js';
import { errorOf } from '../helpers/errors.js';
import { startNatsServer, type NatsServerHandle } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';

// Child workflows on a real orchestrator, agents and NATS: a `workflow` step starts a
// child run and waits for it; the child is linked to its parent (report, ListRuns), in
// its trace, cancelled with it, and its failure is the step's (on_failure, continue_on).

interface Step {
  id: string;
  status: string;
  output?: unknown;
  error?: string;
  childRunIds?: string[];
  tasks?: { taskId: string; attempts: { attempt: number; childRunId?: string; outcome?: string; capability: string }[] }[];
}
interface Report {
  runId: string;
  status: string;
  error?: string;
  output?: unknown;
  traceId: string;
  cancelReason?: string;
  parent?: { runId: string; stepId: string; depth: number; index?: number };
  steps: Step[];
}

const CHILD = `
name: cr-child
input: { required: [text] }
steps:
  - { id: shout, capability: cr.echo, input: { text: "\${input.text}", fail: "\${input.fail}" } }
output: { said: "\${steps.shout.output}" }
`;
const HOLD = `
name: cr-hold
steps:
  - id: hold
    wait_for_signal: {}
`;
const parent = (name: string, step: string, output = '"${steps.kid.output}"'): string => `
name: ${name}
steps:
  - { id: plan, capability: cr.echo, input: { text: "\${input.text}" } }
  - id: kid
    depends_on: [plan]
${step}
output: ${output}
`;

describe('child workflows', () => {
  const exporter = new InMemorySpanExporter();
  let telemetry: Telemetry;
  let nats: NatsServerHandle;
  let cluster: TestCluster;
  let c: OrchestratorClient;
  const report = async (runId: string): Promise<Report> => (await c.getRun(runId)) as unknown as Report;
  const ended = (runId: string) =>
    waitFor(async () => ['completed', 'failed', 'cancelled'].includes((await report(runId)).status), { timeoutMs: 10_000, intervalMs: 25, what: `run ${runId} to end` });
  const kidOf = async (runId: string): Promise<Step> => (await report(runId)).steps.find((s) => s.id === 'kid')!;

  beforeAll(async () => {
    telemetry = await startTelemetry({ serviceName: 'child-runs-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
    nats = await startNatsServer();
    cluster = await startCluster({ instanceId: 'cr-a' }, nats);
    c = cluster.client;
    await cluster.startAgent(
      defineAgent({
        name: 'cr',
        version: '1.0.0',
        maxConcurrency: 16,
        capabilities: [{ name: 'cr.echo' }],
        handlers: {
          'cr.echo': (input) => {
            const { text, fail } = input as { text?: unknown; fail?: unknown };
            if (fail === true) throw new InvalidArgumentError(`refusing ${String(text)}`);
            return typeof text === 'string' ? text.toUpperCase() : (text ?? null);
          },
        },
      }),
    );
    await waitFor(() => cluster.orchestrator.registry.list({ capability: 'cr.echo' }).some((e) => e.routable), { timeoutMs: 3000, what: 'the agent' });
    await c.registerWorkflow(CHILD);
    await c.registerWorkflow(HOLD);
    await c.registerWorkflow(parent('cr-one', '    workflow: cr-child\n    input: { text: "${steps.plan.output}" }'));
    await c.registerWorkflow(parent('cr-fail', '    workflow: cr-child\n    input: { text: "x", fail: true }'));
    await c.registerWorkflow(parent('cr-recover', '    workflow: cr-child\n    input: { text: "x", fail: true }\n    on_failure: { use: { said: "fallback" } }'));
    await c.registerWorkflow(parent('cr-tolerate', '    workflow: cr-child\n    input: { text: "x", fail: true }\n    continue_on: any', '"${steps.kid.status}"'));
    await c.registerWorkflow(parent('cr-many', '    workflow: cr-child\n    for_each: "${input.topics}"\n    concurrency: 2\n    input: { text: "${item}-${index}" }'));
    await c.registerWorkflow(parent('cr-hold-many', '    workflow: cr-hold\n    for_each: [1, 2, 3]'));
    await c.registerWorkflow(parent('cr-missing', '    workflow: cr-nowhere'));
    await c.registerWorkflow(parent('cr-retry', '    workflow: cr-child\n    input: { text: "x", fail: true }\n    retry: { max_attempts: 2, initial_backoff_ms: 1, max_backoff_ms: 5 }'));
  }, 30_000);

  afterAll(async () => {
    await cluster?.close();
    await nats?.stop();
    await telemetry?.shutdown();
  });

  it('a parent waits for its child and continues with its output; both are linked and in one trace', async () => {
    const { runId, traceId } = await c.startRun({ workflow: 'cr-one', input: { text: 'hello' } });
    const events: { type: string; stepId: string; detail: unknown }[] = [];
    const watching = (async () => {
      for await (const e of c.watchRun(runId)) events.push({ type: e.type, stepId: e.stepId, detail: e.detail });
    })();
    await ended(runId);
    const done = await report(runId);
    expect(done).toMatchObject({ status: 'completed', output: { said: 'HELLO' } });
    const kid = done.steps.find((s) => s.id === 'kid')!;
    expect(kid.status).toBe('succeeded');
    expect(kid.childRunIds).toHaveLength(1);
    const childId = kid.childRunIds![0]!;
    expect(kid.tasks?.[0]?.attempts).toEqual([expect.objectContaining({ attempt: 1, childRunId: childId, outcome: 'succeeded', capability: 'workflow:cr-child' })]);
    const child = await report(childId);
    expect(child).toMatchObject({ status: 'completed', output: { said: 'HELLO' }, parent: { runId, stepId: 'kid', depth: 1 } });
    // One trace: the child's run span is under the parent's troupe.step.child span, itself under the parent's run span.
    expect(traceId).toMatch(/^(?!0+$)[0-9a-f]{32}$/);
    expect(child.traceId).toBe(traceId);
    expect(done.traceId).toBe(traceId);
    await waitFor(() => exporter.getFinishedSpans().some((s) => s.name === 'troupe.step.child' && s.attributes['troupe.child.run_id'] === childId), { timeoutMs: 3000, what: 'the troupe.step.child span' });
    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    const runSpan = (id: string) => spans.find((s) => s.name === 'troupe.run' && s.attributes['troupe.run.id'] === id)!;
    const stepSpan = spans.find((s) => s.name === 'troupe.step.child' && s.attributes['troupe.child.run_id'] === childId)!;
    expect(stepSpan.parentSpanContext?.spanId).toBe(runSpan(runId).spanContext().spanId);
    expect(runSpan(childId).parentSpanContext?.spanId).toBe(stepSpan.spanContext().spanId);
    expect(runSpan(childId).attributes['troupe.run.parent_id']).toBe(runId);
    // ListRuns: the child names its parent (the console nests it); a top-level run has no parentRunId.
    const runs = (await c.listRuns({ limit: 1000 })) as { runId: string; parentRunId?: string }[];
    expect(runs.find((r) => r.runId === childId)?.parentRunId).toBe(runId);
    expect(runs.find((r) => r.runId === runId)?.parentRunId).toBeUndefined();
    await watching;
    expect(events.find((e) => e.type === 'step.child_started')).toMatchObject({ stepId: 'kid', detail: { childRunId: childId, workflow: 'cr-child', attempt: 1, traceId } });
    expect(events.find((e) => e.type === 'step.started' && e.stepId === 'kid')).toMatchObject({ detail: { workflow: 'cr-child' } });
  }, 20_000);

  it("a child's failure fails the step: the run fails, or on_failure / continue_on apply; no dead letter", async () => {
    const [failed, recovered, tolerated] = await Promise.all(['cr-fail', 'cr-recover', 'cr-tolerate'].map((w) => c.startRun({ workflow: w, input: { text: 'go' } })));
    await Promise.all([failed, recovered, tolerated].map((r) => ended(r!.runId)));
    const f = await report(failed!.runId);
    expect(f.status).toBe('failed');
    const childId = f.steps.find((s) => s.id === 'kid')?.childRunIds?.[0];
    expect(f.error).toMatch(new RegExp(`^step kid failed: child run ${childId} \\(cr-child\\) failed: step shout failed: .*refusing x`));
    expect((await report(childId!)).status).toBe('failed');
    expect(await report(recovered!.runId)).toMatchObject({ status: 'completed', output: { said: 'fallback' } });
    expect(await report(tolerated!.runId)).toMatchObject({ status: 'completed', output: 'failed' });
    const letters = (await c.listDeadLetters({ runId: failed!.runId })) as unknown[];
    expect(letters).toEqual([]);
  }, 20_000);

  it('retry starts a new child per attempt, each with its own idempotency key', async () => {
    const { runId } = await c.startRun({ workflow: 'cr-retry', input: { text: 'go' } });
    await ended(runId);
    const kid = await kidOf(runId);
    expect(kid.status).toBe('failed');
    const attempts = kid.tasks?.[0]?.attempts ?? [];
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2]);
    expect(new Set(attempts.map((a) => a.childRunId)).size).toBe(2);
    expect(kid.childRunIds).toEqual([attempts[1]!.childRunId]);
  }, 20_000);

  it('waits a full-jitter backoff between child attempts, as task retries do', async () => {
    await c.registerWorkflow(parent('cr-retry-backoff', '    workflow: cr-child\n    input: { text: "x", fail: true }\n    retry: { max_attempts: 4, initial_backoff_ms: 40, max_backoff_ms: 60, multiplier: 2 }'));
    const { runId } = await c.startRun({ workflow: 'cr-retry-backoff', input: { text: 'go' } });
    const waits: number[] = [];
    for await (const e of c.watchRun(runId)) if (e.type === 'step.retrying') waits.push((e.detail as { backoffMs: number }).backoffMs);
    expect(waits).toHaveLength(3);
    const ceilings = [40, 60, 60]; // 40 × 2^(n−1), at most 60
    waits.forEach((wait, i) => {
      expect(Number.isInteger(wait) && wait >= 0 && wait < ceilings[i]!).toBe(true);
    });
    expect(waits.some((wait) => wait > 0)).toBe(true); // all three 0 by chance: 1 in 144,000
  }, 20_000);

  it('for_each fans out one child per item, outputs gathered in item order', async () => {
    const topics = ['a', 'b', 'c', 'd', 'e'];
    const { runId } = await c.startRun({ workflow: 'cr-many', input: { text: 'plan', topics } });
    await ended(runId);
    const done = await report(runId);
    expect(done).toMatchObject({ status: 'completed', output: topics.map((t, i) => ({ said: `${t}-${i}`.toUpperCase() })) });
    const kid = done.steps.find((s) => s.id === 'kid')!;
    expect(kid.childRunIds).toHaveLength(5);
    const children = await Promise.all(kid.childRunIds!.map(report));
    expect(children.map((r) => r.parent?.index)).toEqual([0, 1, 2, 3, 4]);
    expect(new Set(children.map((r) => r.traceId))).toEqual(new Set([done.traceId]));
  }, 20_000);

  it('cancelling the parent cancels its running children', async () => {
    const { runId } = await c.startRun({ workflow: 'cr-hold-many', input: { text: 'x' } });
    await waitFor(async () => (await kidOf(runId)).childRunIds?.length === 3, { timeoutMs: 5000, intervalMs: 25, what: 'three children to start' });
    const childIds = (await kidOf(runId)).childRunIds!;
    await waitFor(async () => (await Promise.all(childIds.map(report))).every((r) => r.steps[0]?.status === 'waiting'), { timeoutMs: 5000, intervalMs: 25, what: 'the children to wait' });
    expect((await c.cancelRun(runId, 'enough')).status).toBe('cancelled');
    await Promise.all(childIds.map(ended));
    for (const id of childIds) {
      const child = await report(id);
      expect(child.status).toBe('cancelled');
      expect(child.cancelReason).toBe(`parent run ${runId} ended: enough`);
    }
  }, 20_000);

  it('a child cancelled by someone fails its step for good (no retry); nesting deeper than 8 fails', async () => {
    await c.registerWorkflow(parent('cr-hold-one', '    workflow: cr-hold\n    retry: { max_attempts: 3, initial_backoff_ms: 1 }'));
    const { runId } = await c.startRun({ workflow: 'cr-hold-one', input: { text: 'x' } });
    await waitFor(async () => (await kidOf(runId)).childRunIds?.length === 1, { timeoutMs: 5000, intervalMs: 25, what: 'the child to start' });
    const childId = (await kidOf(runId)).childRunIds![0]!;
    await c.cancelRun(childId, 'not needed');
    await ended(runId);
    const r = await report(runId);
    expect(r.status).toBe('failed');
    expect(r.error).toBe(`step kid failed: child run ${childId} (cr-hold) cancelled: not needed`);
    expect((await kidOf(runId)).tasks?.[0]?.attempts).toHaveLength(1);

    // A chain of 10 workflows: the 9th level of nesting is refused, and the failure travels up.
    await c.registerWorkflow('name: cr-d9\nsteps:\n  - { id: s, capability: cr.echo, input: { text: deep } }\noutput: "${steps.s.output}"\n');
    for (let d = 8; d >= 0; d--) await c.registerWorkflow(`name: cr-d${d}\nsteps:\n  - { id: s, workflow: cr-d${d + 1} }\noutput: "\${steps.s.output}"\n`);
    const deep = await c.startRun({ workflow: 'cr-d0', input: {} });
    await ended(deep.runId);
    const top = await report(deep.runId);
    expect(top.status).toBe('failed');
    expect(top.error).toMatch(/child runs nest deeper than 8 levels/);
    const shallow = await c.startRun({ workflow: 'cr-d1', input: {} });
    await ended(shallow.runId);
    expect(await report(shallow.runId)).toMatchObject({ status: 'completed', output: 'DEEP' });
  }, 30_000);

  it('a missing child workflow fails the step with NOT_FOUND; a cycle is refused at registration', async () => {
    const { runId } = await c.startRun({ workflow: 'cr-missing', input: { text: 'x' } });
    await ended(runId);
    const r = await report(runId);
    expect(r.status).toBe('failed');
    expect(r.error).toMatch(/child workflow cr-nowhere did not start: no workflow "cr-nowhere" is registered/);
    expect(r.steps.find((s) => s.id === 'kid')?.tasks?.[0]?.attempts[0]).toMatchObject({ outcome: 'failed', code: Status.NOT_FOUND });

    await c.registerWorkflow('name: cr-loop-a\nsteps:\n  - { id: s, workflow: cr-loop-b }\n');
    const cycle = await errorOf(c.registerWorkflow('name: cr-loop-b\nsteps:\n  - { id: s, workflow: cr-loop-a }\n'));
    expect(cycle.code).toBe(Status.INVALID_ARGUMENT);
    expect(cycle.message).toMatch(/workflow cr-loop-b would start itself through child runs \(cr-loop-b → cr-loop-a → cr-loop-b\)/);
    const self = await errorOf(c.registerWorkflow('name: cr-self\nsteps:\n  - { id: s, workflow: cr-self }\n'));
    expect(self.code).toBe(Status.INVALID_ARGUMENT);
    expect(self.message).toMatch(/would start itself/);
    const both = await errorOf(c.registerWorkflow('name: cr-both\nsteps:\n  - { id: s, workflow: cr-child, capability: cr.echo, stream: true }\n'));
    expect(both.code).toBe(Status.INVALID_ARGUMENT);
  }, 20_000);

  it('a second orchestrator shows the link too (from the store)', async () => {
    const b = createOrchestratorClient(cluster.orchestrator.grpcAddress);
    try {
      const { runId } = await c.startRun({ workflow: 'cr-one', input: { text: 'x' } });
      await ended(runId);
      const childId = (await kidOf(runId)).childRunIds![0]!;
      const stored = await cluster.orchestrator.stores!.runs.get(childId);
      expect(stored?.record.parent).toEqual({ runId, stepId: 'kid', depth: 1 });
      expect(((await b.getRun(childId)) as unknown as Report).parent?.runId).toBe(runId);
    } finally {
      b.close();
    }
  }, 20_000);
});
