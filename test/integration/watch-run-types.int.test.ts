import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent, Status } from '../../src/sdk/index.js';
import type { RunWatchEvent } from '../../src/sdk/client/index.js';
import { startCluster, type TestCluster } from '../helpers/cluster.js';
import { errorOf } from '../helpers/errors.js';

const TWO_STEPS = 'name: watch-types\nsteps:\n  - { id: a, capability: wt.echo, input: { n: 1 } }\n  - { id: b, capability: wt.echo, depends_on: [a], input: "${steps.a.output}" }\noutput: "${steps.b.output}"\n';

/** A client waiting for a run's outcome asks for `run.` events alone; the stream still ends with the run. */
describe('WatchRun with types', () => {
  let cluster: TestCluster;
  let http: string;

  beforeAll(async () => {
    cluster = await startCluster();
    http = cluster.orchestrator.httpAddress ?? '';
    const agent = await cluster.startAgent(defineAgent({ name: 'wt', version: '1.0.0', capabilities: [{ name: 'wt.echo' }], handlers: { 'wt.echo': (input) => input } }));
    await cluster.waitActive(agent.instanceId);
    await cluster.client.registerWorkflow(TWO_STEPS);
  }, 30_000);

  afterAll(() => cluster?.close());

  const watched = async (runId: string, types?: string[]): Promise<RunWatchEvent[]> => {
    const events: RunWatchEvent[] = [];
    for await (const e of cluster.client.watchRun(runId, types ? { types } : {})) events.push(e);
    return events;
  };

  it('sends only the types asked for (a dotted entry is a prefix), live and replayed, and ends with the run', async () => {
    const { runId } = await cluster.client.startRun({ workflow: 'watch-types', input: {} });
    const live = await watched(runId, ['run.']);
    expect(live.map((e) => e.type)).toEqual(['run.started', 'run.completed']);
    expect(live[1]?.detail).toMatchObject({ status: 'completed', output: { n: 1 } });
    // The same run, finished: replayed from its log with the same filter, and with exact types.
    expect((await watched(runId, ['run.completed', 'step.completed'])).map((e) => `${e.type}${e.stepId ? `:${e.stepId}` : ''}`)).toEqual(['step.completed:a', 'step.completed:b', 'run.completed']);
    // A type no event has: nothing is sent, and the stream still ends.
    expect(await watched(runId, ['no.such_type'])).toEqual([]);
    expect((await watched(runId)).length).toBeGreaterThan(2);
  });

  it('refuses a bad types entry with INVALID_ARGUMENT before looking the run up', async () => {
    const err = await errorOf(watched('no-such-run', ['run.', 'Run.Completed']));
    expect(err).toMatchObject({ code: Status.INVALID_ARGUMENT });
    expect(err.message).toContain('"Run.Completed" is not an event type');
    // A good filter on an unknown run is NOT_FOUND, as without one.
    expect(await errorOf(watched('no-such-run', ['run.']))).toMatchObject({ code: Status.NOT_FOUND });
  });

  it('filters the HTTP event stream with ?types= (comma-separated or repeated), 400 for a bad entry', async () => {
    const { runId } = await cluster.client.startRun({ workflow: 'watch-types', input: {} });
    const body = await (await fetch(`http://${http}/api/runs/${runId}/events?types=run.completed,step.started&types=run.failed`)).text();
    expect([...body.matchAll(/^event: (\S+)$/gm)].map((m) => m[1])).toEqual(['step.started', 'step.started', 'run.completed']);
    const bad = await fetch(`http://${http}/api/runs/${runId}/events?types=*`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('"*" is not an event type');
  });
});
