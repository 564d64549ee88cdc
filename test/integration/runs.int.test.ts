import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asView, type DeadLetterView, type ReportView } from '../../src/cli/format/run-types.js';
import { defineAgent, InvalidArgumentError, Status, UnavailableError } from '../../src/sdk/index.js';
import { errorOf } from '../helpers/errors.js';
import { startCluster, type TestCluster } from '../helpers/cluster.js';
import { waitFor } from '../helpers/wait-for.js';


/** Waits for a run to end and returns its report. */
async function finished(cluster: TestCluster, runId: string): Promise<ReportView> {
  for await (const event of cluster.client.watchRun(runId)) if (event.type.startsWith('run.') && event.type !== 'run.started') break;
  return asView<ReportView>(await cluster.client.getRun(runId));
}

const yaml = (s: string): string => s.trim();

describe('workflow runs', () => {
  let cluster: TestCluster;
  const itemWaiters = new Set<() => void>();
  const wakeItems = (): void => itemWaiters.forEach((w) => w());
  const waitUntil = (cond: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => {
        if (!cond()) return;
        itemWaiters.delete(check);
        resolve();
      };
      itemWaiters.add(check);
      check();
    });
  const seen = { itemsDone: 0, parallel: new Set<string>(), inFlight: 0, maxInFlight: 0, flaky: new Map<string, number>(), cancelled: false, abortedOnCancel: false, waitAborted: false };
  let bothStarted!: () => void;
  const parallelBarrier = new Promise<void>((resolve) => (bothStarted = resolve));
  let cancelStarted!: () => void;
  const cancelReady = new Promise<void>((resolve) => (cancelStarted = resolve));

  beforeAll(async () => {
    cluster = await startCluster({}, undefined, { random: () => 0.999 });
    const agent = await cluster.startAgent(
      defineAgent({
        name: 'workbench',
        version: '1.0.0',
        maxConcurrency: 64,
        capabilities: [
          { name: 'wb.echo' },
          { name: 'wb.branch' },
          { name: 'wb.item' },
          { name: 'wb.flaky' },
          { name: 'wb.broken' },
          { name: 'wb.simple' },
          { name: 'wb.hang' },
          { name: 'wb.list' },
          { name: 'wb.wait' },
        ],
        handlers: {
          'wb.echo': (input) => input,
          'wb.list': () => Array.from({ length: 20 }, (_, i) => `item-${i}`),
          // Each branch waits until the other has started: only parallel execution finishes.
          'wb.branch': async (input, ctx) => {
            seen.parallel.add((input as { name: string }).name);
            if (seen.parallel.size === 2) bothStarted();
            await Promise.race([parallelBarrier, new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason)))]);
            return { branch: (input as { name: string }).name };
          },
          // Holds each item until as many are in flight as the cap allows (4, or the rest of the
          // list at the end): a cap that is too low deadlocks (and the test times out), one too high shows in maxInFlight.
          'wb.item': async (input) => {
            seen.inFlight++;
            seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
            wakeItems();
            await waitUntil(() => seen.inFlight >= Math.min(4, 20 - seen.itemsDone));
            seen.itemsDone++;
            seen.inFlight--;
            return { upper: (input as string).toUpperCase() };
          },
          'wb.flaky': (input, ctx) => {
            const key = (input as { key: string }).key;
            const n = (seen.flaky.get(key) ?? 0) + 1;
            seen.flaky.set(key, n);
            if (n <= 2) throw new Error(`flaky failure ${n} for ${ctx.idempotencyKey}`);
            return { attempts: n };
          },
          'wb.broken': () => {
            throw new UnavailableError('always down');
          },
          'wb.simple': (input) => ({ simple: true, input }),
          'wb.wait': (_input, ctx) =>
            new Promise((_, reject) =>
              ctx.signal.addEventListener('abort', () => {
                seen.waitAborted = true;
                reject(ctx.signal.reason as Error);
              }, { once: true }),
            ),
          'wb.hang': async (_input, ctx) => {
            cancelStarted();
            await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
            seen.abortedOnCancel = true;
            throw new InvalidArgumentError('unreachable');
          },
        },
      }),
    );
    await cluster.waitActive(agent.instanceId);
  });
  afterAll(() => cluster?.close());

  it('refuses an invalid definition, listing every problem', async () => {
    const err = await errorOf(
      cluster.client.registerWorkflow(
        yaml(`
name: broken
steps:
  - { id: a, capability: wb.echo, depends_on: [c] }
  - { id: b, capability: wb.echo, depends_on: [a] }
  - { id: c, capability: wb.echo, depends_on: [b] }
  - { id: d, capability: no.such.skill, input: { x: "\${steps.zz.output" } }
`),
      ),
    );
    expect(err.code).toBe(Status.INVALID_ARGUMENT);
    expect(err.message).toMatch(/cycle: .*a → b → c → a|cycle: .*c → a → b → c|cycle: .*b → c → a → b/);
    expect(err.message).toContain('no.such.skill');
    expect(err.message).toMatch(/steps\[3\]\.input/);
  });

  it('runs independent steps of a diamond in parallel and reports every step', async () => {
    await cluster.client.registerWorkflow(
      yaml(`
name: diamond
steps:
  - { id: a, capability: wb.echo, input: { v: "\${input.v}" } }
  - { id: b, capability: wb.branch, depends_on: [a], input: { name: b } }
  - { id: c, capability: wb.branch, depends_on: [a], input: { name: c } }
  - { id: d, capability: wb.echo, depends_on: [b, c], input: { b: "\${steps.b.output.branch}", c: "\${steps.c.output.branch}", v: "\${steps.a.output.v}" } }
output: "\${steps.d.output}"
`),
    );
    const { runId } = await cluster.client.startRun({ workflow: 'diamond', input: { v: 42 } });
    const report = await finished(cluster, runId);
    expect(report.status).toBe('completed');
    expect(report.output).toEqual({ b: 'b', c: 'c', v: 42 });
    expect(report.steps.map((s) => [s.id, s.status])).toEqual([
      ['a', 'succeeded'],
      ['b', 'succeeded'],
      ['c', 'succeeded'],
      ['d', 'succeeded'],
    ]);
    const b = report.steps.find((s) => s.id === 'b');
    expect(b?.tasks?.[0]?.attempts[0]).toMatchObject({ attempt: 1, outcome: 'succeeded', instanceId: cluster.agents[0]!.instanceId });
  });

  it('fans out for_each over 20 items with at most 4 in flight and gathers outputs in order', async () => {
    await cluster.client.registerWorkflow(
      yaml(`
name: fanout
steps:
  - { id: list, capability: wb.list }
  - { id: each, capability: wb.item, depends_on: [list], for_each: "\${steps.list.output}", concurrency: 4, input: "\${item}" }
output: "\${steps.each.output}"
`),
    );
    const { runId } = await cluster.client.startRun({ workflow: 'fanout', input: {} });
    const report = await finished(cluster, runId);
    expect(report.status).toBe('completed');
    expect(report.output).toEqual(Array.from({ length: 20 }, (_, i) => ({ upper: `ITEM-${i}` })));
    expect(seen.maxInFlight).toBe(4);
  });

  it('runs only the items whose when holds; a skipped item\'s output is null', async () => {
    await cluster.client.registerWorkflow(
      yaml(`
name: some-items
steps:
  - { id: each, capability: wb.echo, for_each: [1, 2, 3, 4], when: "\${item != 1 && item != 3}", input: { n: "\${item}" } }
output: "\${steps.each.output}"
`),
    );
    const { runId } = await cluster.client.startRun({ workflow: 'some-items', input: {} });
    const report = await finished(cluster, runId);
    expect(report.status).toBe('completed');
    expect(report.output).toEqual([null, { n: 2 }, null, { n: 4 }]);
  });

  it('retries a failing step with growing backoff until it succeeds', async () => {
    await cluster.client.registerWorkflow(
      yaml(`
name: retrying
steps:
  - { id: f, capability: wb.flaky, input: { key: "\${input.key}" }, retry: { max_attempts: 4, initial_backoff_ms: 40, multiplier: 3, max_backoff_ms: 2000 } }
`),
    );
    const events: string[] = [];
    const { runId } = await cluster.client.startRun({ workflow: 'retrying', input: { key: 'r1' } });
    for await (const e of cluster.client.watchRun(runId)) events.push(e.type);
    const report = asView<ReportView>(await cluster.client.getRun(runId));
    expect(report.status).toBe('completed');
    const attempts = report.steps[0]?.tasks?.[0]?.attempts ?? [];
    expect(attempts.map((a) => a.outcome)).toEqual(['failed', 'failed', 'succeeded']);
    const gap1 = attempts[1]!.startedAt - attempts[0]!.endedAt!;
    const gap2 = attempts[2]!.startedAt - attempts[1]!.endedAt!;
    // random() = 0.999: waits of ~40 ms and then ~120 ms.
    expect(gap1).toBeGreaterThanOrEqual(39);
    expect(gap2).toBeGreaterThanOrEqual(119);
    expect(gap2).toBeGreaterThan(gap1);
    expect(events.filter((t) => t === 'step.retrying')).toHaveLength(2);
  });

  it('falls back to another capability, finishes partial runs with continue_on any, and dead-letters exhausted tasks', async () => {
    await cluster.client.registerWorkflow(
      yaml(`
name: degraded
steps:
  - { id: voice, capability: wb.broken, fallback: { capability: wb.simple }, input: { text: hi } }
  - { id: extra, capability: wb.broken, continue_on: any, retry: { max_attempts: 2, initial_backoff_ms: 1 } }
  - { id: after, capability: wb.echo, depends_on: [extra], input: "\${steps.extra.output}" }
`),
    );
    const { runId } = await cluster.client.startRun({ workflow: 'degraded', input: {} });
    const report = await finished(cluster, runId);
    expect(report.status).toBe('completed');
    const voice = report.steps.find((s) => s.id === 'voice');
    expect(voice?.status).toBe('succeeded');
    expect(voice?.output).toEqual({ simple: true, input: { text: 'hi' } });
    expect(voice?.warnings.join(' ')).toContain('fallback');
    expect(report.steps.find((s) => s.id === 'extra')?.status).toBe('failed');
    expect(report.warnings.join(' ')).toContain('extra');
    const letters = (await cluster.client.listDeadLetters({ runId })).map((r) => asView<DeadLetterView>(r));
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ stepId: 'extra', capability: 'wb.broken' });
    expect(letters[0]!.attempts).toHaveLength(2);
  });

  it('fails a run whose step fails without continue_on, and skips what depended on it', async () => {
    await cluster.client.registerWorkflow(
      yaml(`
name: failing
steps:
  - { id: x, capability: wb.broken }
  - { id: y, capability: wb.echo, depends_on: [x] }
`),
    );
    const { runId } = await cluster.client.startRun({ workflow: 'failing', input: {} });
    const report = await finished(cluster, runId);
    expect(report.status).toBe('failed');
    expect(report.error).toContain('x');
    expect(report.steps.map((s) => s.status)).toEqual(['failed', 'skipped']);
  });

  it('cancels a run and the task running at the agent', async () => {
    await cluster.client.registerWorkflow(yaml(`\nname: hanging\nsteps:\n  - { id: h, capability: wb.hang }\n`));
    const { runId } = await cluster.client.startRun({ workflow: 'hanging', input: {} });
    await cancelReady;
    expect((await cluster.client.cancelRun(runId, 'test says stop')).status).toBe('cancelled');
    const report = await finished(cluster, runId);
    expect(report.status).toBe('cancelled');
    await waitFor(() => seen.abortedOnCancel, { timeoutMs: 2000, what: 'the agent handler to see the cancel' });
  });

  it('returns the existing run for a reused idempotency key, and NOT_FOUND / INVALID_ARGUMENT for bad requests', async () => {
    const first = await cluster.client.startRun({ workflow: 'diamond', input: { v: 1 }, idempotencyKey: 'same-key' });
    const again = await cluster.client.startRun({ workflow: 'diamond', input: { v: 1 }, idempotencyKey: 'same-key' });
    expect(again).toMatchObject({ runId: first.runId, existing: true });
    const unknown = await errorOf(cluster.client.startRun({ workflow: 'nope', input: {} }));
    expect(unknown.code).toBe(Status.NOT_FOUND);
    expect(unknown.message).toMatch(/^no workflow "nope" is registered; registered: (\w[\w-]*, )*diamond(, \w[\w-]*)*$/);
    expect((await errorOf(cluster.client.getRun('no-such-run'))).code).toBe(Status.NOT_FOUND);
    expect((await errorOf(cluster.client.startRun({ workflow: '', input: {} }))).code).toBe(Status.INVALID_ARGUMENT);
    await finished(cluster, first.runId);
    const runs = (await cluster.client.listRuns({ workflow: 'diamond' })) as { runId: string }[];
    expect(runs.map((r) => r.runId)).toContain(first.runId);
  });

  it('fails a run past its own timeoutMs as "deadline exceeded", and the agent sees its task cancelled', async () => {
    await cluster.client.registerWorkflow(yaml(`\nname: waiting\nsteps:\n  - { id: w, capability: wb.wait }\n`));
    const { runId } = await cluster.client.startRun({ workflow: 'waiting', input: {}, timeoutMs: 300 });
    const report = await finished(cluster, runId);
    expect(report).toMatchObject({ status: 'failed', error: 'deadline exceeded' });
    await waitFor(() => seen.waitAborted, { timeoutMs: 2000, what: 'the agent handler to see the task cancelled' });
  });
});
