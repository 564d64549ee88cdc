import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startOrchestrator, type OrchestratorHandle } from '../../src/orchestrator/index.js';
import { createOrchestratorClient, type OrchestratorClient } from '../../src/sdk/client/index.js';
import { Status } from '../../src/sdk/errors.js';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster, testLogger, type TestCluster } from '../helpers/cluster.js';
import { errorOf } from '../helpers/errors.js';
import { startNatsServer, type NatsServerHandle } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';

// Human in the loop on real orchestrators and NATS: a wait_for_signal step pauses its run
// until SignalRun (gRPC or HTTP) approves it (the payload is its output, read by the next
// step) or rejects it, or its timeout applies on_timeout; a signal sent to another
// instance reaches the owner; a waiting run survives a restart and an adoption.

interface Report {
  status: string;
  error?: string;
  output?: unknown;
  steps: { id: string; status: string; output?: unknown; error?: string; approved?: boolean; waitUntil?: number; skipReason?: string }[];
}

const workflow = (name: string, approve: string, publishInput = '"${steps.approve.output.comment}"'): string => `
name: ${name}
steps:
  - { id: draft, capability: ap.echo, input: { text: "\${input.text}" } }
  - id: approve
    depends_on: [draft]
${approve}
  - { id: publish, capability: ap.echo, depends_on: [approve], input: { text: ${publishInput} } }
output: "\${steps.publish.output}"
`;

describe('wait_for_signal steps and SignalRun', () => {
  let nats: NatsServerHandle;
  let cluster: TestCluster;
  let b: OrchestratorHandle;
  let clientB: OrchestratorClient;
  const report = async (client: OrchestratorClient, runId: string): Promise<Report> => (await client.getRun(runId)) as unknown as Report;
  const stepOf = async (client: OrchestratorClient, runId: string, id: string) => (await report(client, runId)).steps.find((s) => s.id === id);
  const waiting = (client: OrchestratorClient, runId: string) =>
    waitFor(async () => (await stepOf(client, runId, 'approve'))?.status === 'waiting', { timeoutMs: 5000, intervalMs: 25, what: 'the approve step to wait' });
  const ended = (client: OrchestratorClient, runId: string) =>
    waitFor(async () => ['completed', 'failed', 'cancelled'].includes((await report(client, runId)).status), { timeoutMs: 5000, intervalMs: 25, what: 'the run to end' });
  const startB = async (): Promise<void> => {
    b = await startOrchestrator(
      { natsUrl: nats.url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 200, logLevel: 'silent', instanceId: 'ap-b' },
      { logger: testLogger },
    );
    clientB = createOrchestratorClient(b.grpcAddress);
  };

  beforeAll(async () => {
    nats = await startNatsServer();
    cluster = await startCluster({ instanceId: 'ap-a', maxPayloadBytes: 4096 }, nats);
    await startB();
    await cluster.startAgent(
      defineAgent({ name: 'ap', version: '1.0.0', maxConcurrency: 8, capabilities: [{ name: 'ap.echo' }], handlers: { 'ap.echo': (input) => (input as { text?: unknown }).text ?? null } }),
    );
    await waitFor(() => cluster.orchestrator.registry.list({ capability: 'ap.echo' }).some((e) => e.routable), { timeoutMs: 3000, what: 'the agent' });
    await waitFor(() => b.registry.list({ capability: 'ap.echo' }).some((e) => e.routable), { timeoutMs: 3000, what: 'the agent on B' });
    const c = cluster.client;
    await c.registerWorkflow(workflow('ap-plain', '    wait_for_signal: { timeout_ms: 600000 }'));
    await c.registerWorkflow(workflow('ap-recover', '    wait_for_signal: { timeout_ms: 600000 }\n    on_failure: { use: { comment: "fallback" } }'));
    await c.registerWorkflow(workflow('ap-when', '    when: "${input.review}"\n    wait_for_signal: {}', '"${steps.approve.status}"'));
    await c.registerWorkflow(workflow('ap-t-fail', '    wait_for_signal: { timeout_ms: 200, on_timeout: fail }'));
    await c.registerWorkflow(workflow('ap-t-skip', '    wait_for_signal: { timeout_ms: 200, on_timeout: skip }', '"${steps.approve.output}"'));
    await c.registerWorkflow(workflow('ap-t-use', '    wait_for_signal: { timeout_ms: 200, on_timeout: { use: { comment: "auto after ${steps.draft.output}" } } }'));
  }, 30_000);

  afterAll(async () => {
    clientB?.close();
    await b?.stop();
    await cluster?.close();
    await nats?.stop();
  });

  it('approve: the run waits (no task), then the next step consumes the payload; events say so', async () => {
    const c = cluster.client;
    const { runId } = await c.startRun({ workflow: 'ap-plain', input: { text: 'hello' } });
    const events: { type: string; stepId: string; detail: unknown }[] = [];
    const watching = (async () => {
      for await (const e of c.watchRun(runId)) events.push({ type: e.type, stepId: e.stepId, detail: e.detail });
    })();
    await waiting(c, runId);
    const paused = await report(c, runId);
    expect(paused.status).toBe('running');
    expect(paused.steps.find((s) => s.id === 'approve')).toMatchObject({ status: 'waiting', waitUntil: expect.any(Number) as number });
    expect(paused.steps.find((s) => s.id === 'publish')?.status).toBe('pending');

    const result = await c.signalRun(runId, 'approve', { payload: { comment: 'ship it' } });
    expect(result).toEqual({ stepStatus: 'succeeded', runStatus: 'running' });
    await ended(c, runId);
    const done = await report(c, runId);
    expect(done.status).toBe('completed');
    expect(done.output).toBe('ship it');
    expect(done.steps.find((s) => s.id === 'approve')).toMatchObject({ status: 'succeeded', approved: true, output: { comment: 'ship it' } });
    await watching;
    expect(events.find((e) => e.type === 'step.waiting')).toMatchObject({ stepId: 'approve' });
    expect(events.find((e) => e.type === 'step.signalled')).toMatchObject({ stepId: 'approve', detail: { approved: true, actor: 'anonymous', payload: { comment: 'ship it' } } });
    expect(events.find((e) => e.type === 'step.completed' && e.stepId === 'approve')).toMatchObject({ detail: { approved: true, actor: 'anonymous' } });
    expect(events.map((e) => e.type).indexOf('step.signalled')).toBeLessThan(events.findIndex((e) => e.type === 'step.started' && e.stepId === 'publish'));
    // Signalled once: again is FAILED_PRECONDITION (the run has completed).
    expect((await errorOf(c.signalRun(runId, 'approve'))).code).toBe(Status.FAILED_PRECONDITION);
  }, 20_000);

  it('reject fails the step and the run; with on_failure the run continues with its data', async () => {
    const c = cluster.client;
    const plain = await c.startRun({ workflow: 'ap-plain', input: { text: 'x' } });
    await waiting(c, plain.runId);
    expect((await c.signalRun(plain.runId, 'approve', { payload: 'too long', reject: true })).stepStatus).toBe('failed');
    await ended(c, plain.runId);
    const failed = await report(c, plain.runId);
    expect(failed.error).toBe('step approve failed: rejected by anonymous: too long');
    expect(failed.steps.find((s) => s.id === 'publish')?.status).toBe('skipped');

    const recovering = await c.startRun({ workflow: 'ap-recover', input: { text: 'x' } });
    await waiting(c, recovering.runId);
    expect((await c.signalRun(recovering.runId, 'approve', { reject: true })).stepStatus).toBe('recovered');
    await ended(c, recovering.runId);
    const recovered = await report(c, recovering.runId);
    expect(recovered).toMatchObject({ status: 'completed', output: 'fallback' });
    // A rejection without a payload says only who rejected it.
    expect(recovered.steps.find((s) => s.id === 'approve')).toMatchObject({ status: 'recovered', error: 'rejected by anonymous', warnings: ['failed, continued with on_failure data: rejected by anonymous'] });
  }, 20_000);

  it('timeout: on_timeout fail, skip and use', async () => {
    const c = cluster.client;
    const [fail, skip, use] = await Promise.all(['ap-t-fail', 'ap-t-skip', 'ap-t-use'].map((w) => c.startRun({ workflow: w, input: { text: 'd' } })));
    await Promise.all([fail, skip, use].map((r) => ended(c, r!.runId)));
    const f = await report(c, fail!.runId);
    expect(f).toMatchObject({ status: 'failed', error: 'step approve failed: no signal within 200 ms' });
    const s = await report(c, skip!.runId);
    expect(s.status).toBe('completed');
    expect(s.steps.find((x) => x.id === 'approve')).toMatchObject({ status: 'skipped', skipReason: 'no signal within 200 ms; on_timeout: skip' });
    expect(s.output ?? null).toBeNull(); // publish echoed the skipped step's null output (a report leaves nulls out)
    expect(await report(c, use!.runId)).toMatchObject({ status: 'completed', output: 'auto after d' });
    expect((await errorOf(c.signalRun(fail!.runId, 'approve'))).code).toBe(Status.FAILED_PRECONDITION);
  }, 20_000);

  it('a wait_for_signal step whose when is false is skipped without waiting; true waits', async () => {
    const c = cluster.client;
    const skipped = await c.startRun({ workflow: 'ap-when', input: { text: 'x', review: false } });
    await ended(c, skipped.runId);
    expect(await report(c, skipped.runId)).toMatchObject({ status: 'completed', output: 'skipped' });
    expect((await errorOf(c.signalRun(skipped.runId, 'approve'))).code).toBe(Status.FAILED_PRECONDITION);
    const reviewed = await c.startRun({ workflow: 'ap-when', input: { text: 'x', review: true } });
    await waiting(c, reviewed.runId);
    await c.signalRun(reviewed.runId, 'approve');
    await ended(c, reviewed.runId);
    expect(await report(c, reviewed.runId)).toMatchObject({ status: 'completed', output: 'succeeded' });
  }, 20_000);

  it('answers bad signals with the right status and an actionable message', async () => {
    const c = cluster.client;
    const { runId } = await c.startRun({ workflow: 'ap-plain', input: { text: 'x' } });
    await waiting(c, runId);
    const missingRun = await errorOf(c.signalRun('no-such-run', 'approve'));
    expect(missingRun.code).toBe(Status.NOT_FOUND);
    const missingStep = await errorOf(c.signalRun(runId, 'approv'));
    expect(missingStep.code).toBe(Status.NOT_FOUND);
    expect(missingStep.message).toMatch(/has no step "approv"; its steps: draft, approve, publish/);
    const notWaiting = await errorOf(c.signalRun(runId, 'draft'));
    expect(notWaiting.code).toBe(Status.FAILED_PRECONDITION);
    expect(notWaiting.message).toMatch(/does not wait for a signal/);
    expect((await errorOf(c.signalRun(runId, 'publish'))).code).toBe(Status.FAILED_PRECONDITION);
    expect((await errorOf(c.signalRun(runId, 'Bad Step!'))).code).toBe(Status.INVALID_ARGUMENT);
    expect((await errorOf(c.signalRun(runId, ''))).code).toBe(Status.INVALID_ARGUMENT);
    expect((await errorOf(c.signalRun('bad id!', 'approve'))).code).toBe(Status.INVALID_ARGUMENT);
    const tooLarge = await errorOf(c.signalRun(runId, 'approve', { payload: { text: 'x'.repeat(5000) } }));
    expect(tooLarge.code).toBe(Status.RESOURCE_EXHAUSTED);
    expect(tooLarge.message).toMatch(/the SignalRun payload is \d+ bytes, over the payload limit of 4096 bytes/);
    expect((await stepOf(c, runId, 'approve'))?.status).toBe('waiting'); // refused signals change nothing

    // HTTP: the same call, the same errors.
    const http = `http://${cluster.orchestrator.httpAddress}`;
    const post = (path: string, body: string) => fetch(`${http}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await post(`/api/runs/${runId}/signal/approve`, '{not json')).status).toBe(400);
    expect((await post(`/api/runs/${runId}/signal/approve`, '{"reject":"yes"}')).status).toBe(400);
    expect((await post(`/api/runs/${runId}/signal/approve`, '{"payload":1,"rejct":true}')).status).toBe(400);
    expect((await post(`/api/runs/${runId}/signal/nope`, '{}')).status).toBe(404);
    expect((await post(`/api/runs/${runId}/signal/draft`, '{}')).status).toBe(409);
    expect((await fetch(`${http}/api/runs/${runId}/signal/approve`)).status).toBe(405);
    const ok = await post(`/api/runs/${runId}/signal/approve`, '{"payload":{"comment":"via http"}}');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ stepStatus: 'succeeded', runStatus: 'running' });
    await ended(c, runId);
    expect((await report(c, runId)).output).toBe('via http');
  }, 20_000);

  it('troupe run signal approves and rejects; bad --payload is a usage error', async () => {
    const c = cluster.client;
    const capture = () => {
      let text = '';
      return { write: (chunk: string) => ((text += chunk), true), get text() { return text; } };
    };
    const env = { TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress };
    const approved = await c.startRun({ workflow: 'ap-plain', input: { text: 'x' } });
    const rejected = await c.startRun({ workflow: 'ap-plain', input: { text: 'x' } });
    await Promise.all([waiting(c, approved.runId), waiting(c, rejected.runId)]);
    const bad = capture();
    expect(await main(['run', 'signal', approved.runId, 'approve', '--payload', '{nope'], { env, stdout: capture(), stderr: bad })).toBe(2);
    expect(bad.text).toMatch(/--payload/);
    const out = capture();
    expect(await main(['run', 'signal', approved.runId, 'approve', '--payload', '{"comment":"cli"}'], { env, stdout: out, stderr: capture() })).toBe(0);
    expect(out.text).toBe(`step approve of run ${approved.runId} approved: step succeeded, run running\n`);
    const json = capture();
    expect(await main(['run', 'signal', rejected.runId, 'approve', '--reject', '--json'], { env, stdout: json, stderr: capture() })).toBe(0);
    expect(JSON.parse(json.text)).toMatchObject({ runId: rejected.runId, stepId: 'approve', stepStatus: 'failed' });
    const notWaiting = capture();
    expect(await main(['run', 'signal', rejected.runId, 'approve'], { env, stdout: capture(), stderr: notWaiting })).toBe(1);
    expect(notWaiting.text).toMatch(/FAILED_PRECONDITION|takes no signal|not waiting/);
    await Promise.all([ended(c, approved.runId), ended(c, rejected.runId)]);
    expect((await report(c, approved.runId)).output).toBe('cli');
    expect((await report(c, rejected.runId)).status).toBe('failed');
  }, 20_000);

  it('a signal sent to another instance reaches the owner', async () => {
    const { runId } = await cluster.client.startRun({ workflow: 'ap-plain', input: { text: 'x' } });
    const followed: { type: string; stepId: string; detail: unknown }[] = [];
    const following = (async () => {
      for await (const e of clientB.watchRun(runId)) followed.push({ type: e.type, stepId: e.stepId, detail: e.detail });
    })();
    await waiting(clientB, runId);
    expect((await b.stores!.runs.get(runId))?.record.owner).toBe('ap-a');
    // B follows A's record: the wait shows as step.waiting, with when it times out.
    await waitFor(() => followed.some((e) => e.type === 'step.waiting'), { timeoutMs: 3000, what: 'step.waiting on B' });
    expect(followed.find((e) => e.type === 'step.waiting')).toMatchObject({ stepId: 'approve', detail: { until: expect.any(Number) as number } });
    const notWaiting = await errorOf(clientB.signalRun(runId, 'draft'));
    expect(notWaiting.code).toBe(Status.FAILED_PRECONDITION); // the owner's answer, passed on
    expect((await errorOf(clientB.signalRun(runId, 'nope'))).code).toBe(Status.NOT_FOUND);
    expect(await clientB.signalRun(runId, 'approve', { payload: { comment: 'from B' } })).toEqual({ stepStatus: 'succeeded', runStatus: 'running' });
    await ended(cluster.client, runId);
    expect(await report(cluster.client, runId)).toMatchObject({ status: 'completed', output: 'from B' });
    await following;
    expect(followed.at(-1)?.type).toBe('run.completed');
    expect((await b.stores!.runs.get(runId))?.record.owner).toBe('ap-a');
  }, 20_000);

  it('a waiting run survives a restart of its owner, keeping its timeout', async () => {
    const { runId } = await clientB.startRun({ workflow: 'ap-plain', input: { text: 'x' } });
    await waiting(clientB, runId);
    const until = (await stepOf(clientB, runId, 'approve'))?.waitUntil;
    await b.stop(); // graceful: persisted, detached, lease released
    clientB.close();
    await startB(); // the same instance id: it resumes its own runs (a signal succeeds only on a run driven somewhere)
    await waiting(clientB, runId);
    expect((await stepOf(clientB, runId, 'approve'))?.waitUntil).toBe(until);
    expect(await clientB.signalRun(runId, 'approve', { payload: { comment: 'after restart' } })).toMatchObject({ stepStatus: 'succeeded' });
    await ended(clientB, runId);
    expect(await report(clientB, runId)).toMatchObject({ status: 'completed', output: 'after restart' });
  }, 30_000);

  it('a waiting run adopted by another orchestrator keeps waiting and accepts the signal there', async () => {
    const { runId } = await cluster.client.startRun({ workflow: 'ap-plain', input: { text: 'x' } });
    await waiting(clientB, runId);
    await cluster.orchestrator.engine.close(); // A goes away: its runs are persisted and its lease released
    await waitFor(async () => (await b.engine.adoptRuns()) >= 0 && (await b.stores!.runs.get(runId))?.record.owner === 'ap-b', { timeoutMs: 10_000, intervalMs: 100, what: 'B to adopt the run' });
    await waiting(clientB, runId);
    expect(await clientB.signalRun(runId, 'approve', { payload: { comment: 'adopted' } })).toMatchObject({ stepStatus: 'succeeded' });
    await ended(clientB, runId);
    expect(await report(clientB, runId)).toMatchObject({ status: 'completed', output: 'adopted' });
  }, 30_000);
});
