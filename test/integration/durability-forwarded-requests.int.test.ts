// What an orchestrator answers on its own cancel subject (`troupe.runs.cancel.<instance>`), where
// another instance forwards CancelRun of a run this one drives (docs/durability.md). The other
// instance is played here by a plain NATS client, so each answer, and each answer to a malformed
// request, is checked as sent.
import { connect, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelSubject } from '../../src/orchestrator/workflow/engine/run-cancel.js';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster, type TestCluster } from '../helpers/cluster.js';
import { waitFor } from '../helpers/wait-for.js';

const WORKFLOW = `
name: forwarded
steps:
  - { id: hold, capability: fwd.hold, input: {} }
`;

describe('a cancel request forwarded over NATS to the run\'s owner', () => {
  let cluster: TestCluster;
  let nc: NatsConnection;
  let held = 0;

  beforeAll(async () => {
    cluster = await startCluster({ durable: true, instanceId: 'fwd-owner' });
    const agent = await cluster.startAgent(
      defineAgent({
        name: 'fwd',
        version: '1.0.0',
        capabilities: [{ name: 'fwd.hold' }],
        handlers: {
          'fwd.hold': (_input, ctx) => {
            held++;
            return new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason as Error), { once: true }));
          },
        },
      }),
    );
    await cluster.waitActive(agent.instanceId);
    await cluster.client.registerWorkflow(WORKFLOW);
    nc = await connect({ servers: cluster.nats.url });
  });
  afterAll(async () => {
    await nc?.close();
    await cluster?.close();
  });

  const ask = async (body: string): Promise<unknown> => (await nc.request(cancelSubject('fwd-owner'), body, { timeout: 5_000 })).json();

  it('cancels a run it drives, with the reason given, and answers its status', async () => {
    const { runId } = await cluster.client.startRun({ workflow: 'forwarded', input: {} });
    await waitFor(() => held > 0, { timeoutMs: 5_000, what: 'the step to reach the agent' });
    expect(await ask(JSON.stringify({ runId, reason: 'stopped by the other instance' }))).toEqual({ status: 'cancelled' });
    const run = await waitFor(async () => {
      const r = (await cluster.client.getRun(runId)) as { status: string; cancelReason?: string };
      return r.status === 'cancelled' && r;
    }, { timeoutMs: 5_000, what: 'the run to be cancelled' });
    expect(run.cancelReason).toBe('stopped by the other instance');
  });

  it('answers notDriven for a run it does not drive, and for a request it cannot read', async () => {
    expect(await ask(JSON.stringify({ runId: 'no-such-run', reason: 'x' }))).toEqual({ notDriven: true });
    for (const garbage of ['{nope', '[]', 'null', JSON.stringify({ runId: 42 })]) {
      expect(await ask(garbage), garbage).toEqual({ notDriven: true });
    }
    // Still answering: a later well-formed request is served.
    expect(await ask(JSON.stringify({ runId: 'no-such-run' }))).toEqual({ notDriven: true });
  });
});
