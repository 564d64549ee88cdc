// A run's progress (a step or an attempt started) is written with its next change that finishes
// work, or `progressWriteDelayMs` after it; finished work is written at once (docs/durability.md,
// "Progress and finished work").
import { afterEach, describe, expect, it } from 'vitest';
import { defineAgent } from '../../src/sdk/index.js';
import type { RunRecord } from '../../src/orchestrator/store/run-record.js';
import { RunListIndex } from '../../src/orchestrator/store/run-index.js';
import { startCluster, type TestCluster } from '../helpers/cluster.js';
import { waitFor } from '../helpers/wait-for.js';

const WORKFLOW = `
name: progress
steps:
  - { id: a, capability: held.step, input: { tag: a } }
  - { id: b, capability: held.step, depends_on: [a], input: { tag: b } }
`;

/** A cluster with a durable orchestrator and an agent whose tasks wait for `release(stepInput)`. */
async function heldCluster(progressWriteDelayMs: number, runListDelayMs = 0): Promise<{ cluster: TestCluster; started: string[]; release: (tag: string) => void }> {
  const cluster = await startCluster({ durable: true, progressWriteDelayMs, runListDelayMs });
  const started: string[] = [];
  const waiting = new Map<string, () => void>();
  const agent = await cluster.startAgent(
    defineAgent({
      name: 'held',
      version: '1.0.0',
      capabilities: [{ name: 'held.step' }],
      handlers: {
        'held.step': async (input) => {
          const tag = (input as { tag?: string } | null)?.tag ?? 'a';
          started.push(tag);
          await new Promise<void>((resolve) => waiting.set(tag, resolve));
          return { tag: `${tag}+` };
        },
      },
    }),
  );
  await cluster.waitActive(agent.instanceId);
  await cluster.client.registerWorkflow(WORKFLOW);
  return { cluster, started, release: (tag) => waiting.get(tag)?.() };
}

describe('durable runs: progress and finished work', () => {
  let cluster: TestCluster | undefined;
  afterEach(async () => {
    await cluster?.close();
    cluster = undefined;
  });

  const stored = async (runId: string): Promise<RunRecord> => (await cluster!.orchestrator.stores!.runs.get(runId))!.record;
  const stepStatus = (record: RunRecord, stepId: string): string | undefined =>
    (record.run as { context: { steps: Record<string, { status: string }> } }).context.steps[stepId]?.status;

  it('writes an attempt that started only with the work it finishes, and that work at once', async () => {
    const held = await heldCluster(60_000);
    cluster = held.cluster;
    const { runId } = await cluster.client.startRun({ workflow: 'progress', input: {} });
    await waitFor(() => held.started.includes('a'), { timeoutMs: 5_000, what: 'step a to reach the agent' });
    // Driven here: step a runs. Stored: the record StartRun wrote, nothing of the attempt yet.
    expect(((await cluster.client.getRun(runId)) as { steps: { id: string; status: string }[] }).steps.find((s) => s.id === 'a')?.status).toBe('running');
    const first = await stored(runId);
    expect(first.status).toBe('pending');
    expect(stepStatus(first, 'a')).toBe('pending');
    expect(first.tasks).toEqual({});

    // Step a finishes: written at once (well before the 60 s delay), with step b's start.
    held.release('a');
    const second = await waitFor(async () => {
      const record = await stored(runId);
      return stepStatus(record, 'a') === 'succeeded' && record;
    }, { timeoutMs: 5_000, what: 'step a to be stored as succeeded' });
    expect(second.outputs.a?.output).toEqual({ tag: 'a+' });
    expect(second.status).toBe('running');
  });

  it('writes progress alone once its delay is over, and at once with a delay of 0', async () => {
    for (const delay of [0, 300]) {
      const held = await heldCluster(delay);
      cluster = held.cluster;
      const { runId } = await cluster.client.startRun({ workflow: 'progress', input: {} });
      await waitFor(() => held.started.includes('a'), { timeoutMs: 5_000, what: 'step a to reach the agent' });
      const running = await waitFor(async () => {
        const record = await stored(runId);
        return stepStatus(record, 'a') === 'running' && record;
      }, { timeoutMs: 5_000, what: `the attempt to be stored (delay ${delay} ms)` });
      expect(Object.values(running.tasks)).toEqual([expect.objectContaining({ status: 'active' })]);
      held.release('a');
      await cluster.close();
      cluster = undefined;
    }
  });

  it('with runListDelayMs, lists an unfinished run here at once, elsewhere only once it finishes', async () => {
    const held = await heldCluster(0, 60_000);
    cluster = held.cluster;
    const elsewhere = new RunListIndex(cluster.orchestrator.stores!.buckets.runIndex); // another orchestrator's view
    const { runId } = await cluster.client.startRun({ workflow: 'progress', input: {} });
    await waitFor(() => held.started.includes('a'), { timeoutMs: 5_000, what: 'step a to reach the agent' });
    expect((await cluster.client.listRuns({ limit: 5 })).map((r) => (r as { runId: string }).runId)).toEqual([runId]);
    expect((await elsewhere.page({ limit: 5 })).runs).toEqual([]);
    held.release('a');
    await waitFor(() => held.started.includes('b'), { timeoutMs: 5_000, what: 'step b to reach the agent' });
    held.release('b');
    const listed = await waitFor(async () => (await elsewhere.page({ limit: 5 })).runs[0], { timeoutMs: 5_000, what: 'the finished run to be indexed' });
    expect(listed).toMatchObject({ runId, status: 'completed' });
  });
});
