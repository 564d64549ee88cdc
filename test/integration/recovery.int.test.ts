import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asView, type DeadLetterView, type ReportView } from '../../src/cli/format/run-types.js';
import { startOrchestrator, type OrchestratorHandle } from '../../src/orchestrator/index.js';
import { createOrchestratorClient, type RunWatchEvent } from '../../src/sdk/client/index.js';
import { defineAgent, InvalidArgumentError, Status, UnavailableError } from '../../src/sdk/index.js';
import { startCluster, testLogger, type TestCluster } from '../helpers/cluster.js';
import { errorOf } from '../helpers/errors.js';
import { startNatsServer, type NatsServerHandle } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';

// on_failure on a real orchestrator and agent: a step that fails for good (retries
// and fallback capability spent) is skipped with its default output or continues
// with the data given; later steps read it; the report and the events say so; a
// run resumed by another orchestrator keeps it.

/** Every event of a run until it ends, then its report. */
async function finished(client: TestCluster['client'], runId: string): Promise<{ events: RunWatchEvent[]; report: ReportView }> {
  const events: RunWatchEvent[] = [];
  for await (const event of client.watchRun(runId)) {
    events.push(event);
    if (event.type.startsWith('run.') && event.type !== 'run.started') break;
  }
  return { events, report: asView<ReportView>(await client.getRun(runId)) };
}

describe('on_failure recovery', () => {
  let nats: NatsServerHandle;
  let cluster: TestCluster;
  let survivor: OrchestratorHandle | undefined;
  const calls = { broken: 0, simple: 0, slow: 0 };
  let agentId = '';
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    nats = await startNatsServer();
    cluster = await startCluster({ instanceId: 'recovery-a' }, nats);
    const agent = await cluster.startAgent(
      defineAgent({
        name: 'recovery',
        version: '1.0.0',
        maxConcurrency: 32,
        capabilities: [{ name: 'rc.echo' }, { name: 'rc.broken' }, { name: 'rc.simple' }, { name: 'rc.refuse' }, { name: 'rc.item' }, { name: 'rc.slow' }],
        handlers: {
          'rc.echo': (input) => input,
          'rc.broken': () => {
            calls.broken++;
            throw new UnavailableError('voice service down');
          },
          'rc.simple': () => {
            calls.simple++;
            throw new UnavailableError('simple voice down too');
          },
          'rc.refuse': () => {
            throw new InvalidArgumentError('text too long for this model');
          },
          'rc.item': (input) => {
            if (input === 2) throw new InvalidArgumentError('item 2 is bad');
            return (input as number) * 10;
          },
          'rc.slow': async (input) => {
            calls.slow++;
            await gate;
            return input;
          },
        },
      }),
    );
    agentId = agent.instanceId;
    await cluster.waitActive(agent.instanceId);
  });

  afterAll(async () => {
    release();
    await survivor?.stop();
    await cluster?.close();
    await nats?.stop();
  });

  it('skips a step that failed its retries and its fallback, with its default output, which the next step consumes', async () => {
    await cluster.client.registerWorkflow(`
name: skip-default
input: { required: [topic] }
steps:
  - id: voice
    capability: rc.broken
    retry: { max_attempts: 2, initial_backoff_ms: 1 }
    fallback: { capability: rc.simple }
    input: { text: "\${input.topic}" }
    on_failure: { skip: { output: { text: "silent \${input.topic}", audioMs: 0 } } }
  - id: publish
    capability: rc.echo
    depends_on: [voice]
    input: { text: "\${steps.voice.output.text}", status: "\${steps.voice.status}", ms: "\${steps.voice.output.audioMs}" }
output: "\${steps.publish.output}"
`.trim());
    const { runId } = await cluster.client.startRun({ workflow: 'skip-default', input: { topic: 'owls' } });
    const { events, report } = await finished(cluster.client, runId);

    expect(report.status).toBe('completed');
    expect(report.output).toEqual({ text: 'silent owls', status: 'skipped', ms: 0 });
    const voice = report.steps.find((s) => s.id === 'voice');
    expect(voice).toMatchObject({ status: 'skipped', recovery: 'skip', output: { text: 'silent owls', audioMs: 0 } });
    expect(voice?.error).toContain('down');
    expect(voice?.skipReason).toMatch(/^failed, skipped by on_failure: .*down/);
    // Both attempts of the capability, then both of its fallback (it has the same retry policy), before the recovery.
    const attempts = (voice?.tasks ?? []).flatMap((t) => t.attempts);
    expect(attempts.map((a) => a.capability)).toEqual(['rc.broken', 'rc.broken', 'rc.simple', 'rc.simple']);
    expect(report.warnings.some((w) => w.startsWith('voice: failed, skipped by on_failure:'))).toBe(true);
    const skipped = events.find((e) => e.type === 'step.skipped' && e.stepId === 'voice');
    expect(skipped?.detail).toMatchObject({ recovery: 'skip', output: { text: 'silent owls', audioMs: 0 } });
    expect(String((skipped?.detail as { error?: unknown } | undefined)?.error)).toContain('down');
    // The failure itself stays inspectable: the task is dead-lettered.
    const letters = (await cluster.client.listDeadLetters({ runId })).map((r) => asView<DeadLetterView>(r));
    expect(letters.map((l) => l.stepId)).toEqual(['voice']);
    expect(report.recommendations).toEqual([
      `step voice failed and was skipped with its on_failure default output (in 1 of the last 1 runs): ${voice?.error}`,
      'step voice used its fallback capability rc.simple (in 1 of the last 1 runs)',
    ]);

    // A second run: GetRun's recommendations now see the pattern across runs.
    const again = await cluster.client.startRun({ workflow: 'skip-default', input: { topic: 'bats' } });
    await finished(cluster.client, again.runId);
    // The first run joins the history once its end is recorded (asynchronously, after the run's last event).
    const second = await waitFor(
      async () => {
        const r = asView<ReportView>(await cluster.client.getRun(again.runId));
        return r.recommendations?.some((line) => line.includes('of the last 2 runs')) ? r : undefined;
      },
      { timeoutMs: 5000, intervalMs: 50, what: 'the first run in the history' },
    );
    expect(second.recommendations).toContain(`step voice failed in 2 of the last 2 runs on instance ${agentId}`);
    expect(second.recommendations).toContain('step voice used its fallback capability rc.simple (in 2 of the last 2 runs)');
  });

  it('continues with the data given by use: the step is recovered, not succeeded', async () => {
    await cluster.client.registerWorkflow(`
name: use-data
steps:
  - { id: weave, capability: rc.refuse, on_failure: { use: { segments: [], script: "(no script)" } } }
  - { id: count, capability: rc.echo, depends_on: [weave], input: { n: "\${length(steps.weave.output.segments)}", script: "\${steps.weave.output.script}" } }
output: "\${steps.count.output}"
`.trim());
    const { runId } = await cluster.client.startRun({ workflow: 'use-data', input: {} });
    const { events, report } = await finished(cluster.client, runId);
    expect(report.status).toBe('completed');
    expect(report.output).toEqual({ n: 0, script: '(no script)' });
    expect(report.steps.map((s) => [s.id, s.status])).toEqual([['weave', 'recovered'], ['count', 'succeeded']]);
    expect(report.steps[0]).toMatchObject({ recovery: 'use', error: 'text too long for this model', attempts: 1 });
    expect(report.warnings).toEqual(['weave: failed, continued with on_failure data: text too long for this model']);
    expect(events.find((e) => e.stepId === 'weave' && e.type === 'step.recovered')?.detail).toMatchObject({ recovery: 'use', error: 'text too long for this model' });
  });

  it('recovers a for_each step whose list is not a list, with that reason and no other warning', async () => {
    await cluster.client.registerWorkflow(`
name: items-not-a-list
steps:
  - { id: each, capability: rc.echo, for_each: "\${input.topics}", input: "\${item}", on_failure: { use: [] } }
output: "\${steps.each.output}"
`.trim());
    const { runId } = await cluster.client.startRun({ workflow: 'items-not-a-list', input: { topics: 'owls' } });
    const { report } = await finished(cluster.client, runId);
    expect(report.status).toBe('completed');
    expect(report.output).toEqual([]);
    expect(report.steps[0]).toMatchObject({ status: 'recovered', recovery: 'use' });
    expect(report.warnings).toEqual([`each: failed, continued with on_failure data: ${report.steps[0]?.error}`]);
  });

  it('recovers a for_each step as a whole when an item fails', async () => {
    await cluster.client.registerWorkflow(`
name: items-default
steps:
  - { id: each, capability: rc.item, for_each: [1, 2, 3], input: "\${item}", on_failure: { skip: { output: [] } } }
  - { id: after, capability: rc.echo, depends_on: [each], input: { got: "\${steps.each.output}" } }
output: "\${steps.after.output.got}"
`.trim());
    const { runId } = await cluster.client.startRun({ workflow: 'items-default', input: {} });
    const { report } = await finished(cluster.client, runId);
    expect(report.status).toBe('completed');
    expect(report.output).toEqual([]);
    expect(report.steps[0]).toMatchObject({ status: 'skipped', recovery: 'skip', items: { total: 3, done: 3 } });
    expect(report.steps[0]?.error).toContain('item 1: item 2 is bad');
  });

  it('refuses a malformed on_failure at registration with INVALID_ARGUMENT and a hint', async () => {
    const err = await errorOf(cluster.client.registerWorkflow('name: bad-recovery\nsteps:\n  - { id: a, capability: rc.echo, on_failure: { usee: 1 } }'));
    expect(err.code).toBe(Status.INVALID_ARGUMENT);
    expect(err.message).toContain('steps[0].on_failure.usee: unknown key (did you mean "use"?)');
  });

  it('keeps the recovered state when another orchestrator resumes the run', async () => {
    await cluster.client.registerWorkflow(`
name: recover-resume
steps:
  - { id: weave, capability: rc.refuse, on_failure: { use: { script: "fallback script" } } }
  - { id: wait, capability: rc.slow, depends_on: [weave], input: "\${steps.weave.output.script}", timeout_ms: 20000 }
  - { id: done, capability: rc.echo, depends_on: [wait], input: { script: "\${steps.weave.output.script}", status: "\${steps.weave.status}" } }
output: "\${steps.done.output}"
`.trim());
    const { runId } = await cluster.client.startRun({ workflow: 'recover-resume', input: {} });
    await waitFor(() => calls.slow >= 1, { timeoutMs: 5000, what: 'the slow step to start' });
    await cluster.orchestrator.stop();

    survivor = await startOrchestrator(
      { natsUrl: nats.url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 300, logLevel: 'silent', instanceId: 'recovery-b' },
      { logger: testLogger },
    );
    const client = createOrchestratorClient(survivor.grpcAddress);
    try {
      await waitFor(() => calls.slow >= 2, { timeoutMs: 10_000, what: 'the survivor to redo the slow step' });
      release();
      const report = await waitFor(
        async () => {
          const r = asView<ReportView>(await client.getRun(runId));
          return r.status === 'completed' || r.status === 'failed' ? r : undefined;
        },
        { timeoutMs: 10_000, intervalMs: 100, what: 'the resumed run to finish' },
      );
      expect(report.status).toBe('completed');
      expect(report.output).toEqual({ script: 'fallback script', status: 'recovered' });
      expect(report.steps[0]).toMatchObject({ id: 'weave', status: 'recovered', recovery: 'use', error: 'text too long for this model' });
      // The survivor's own events say it took the step over where it was.
      const events: { type: string; stepId: string; detail: unknown }[] = [];
      for await (const e of client.watchRun(runId)) events.push({ type: e.type, stepId: e.stepId, detail: e.detail });
      expect(events.find((e) => e.type === 'step.started' && e.stepId === 'wait')?.detail).toMatchObject({ taskId: `${runId}.wait`, resumed: true });
    } finally {
      client.close();
    }
  }, 30_000);
});
