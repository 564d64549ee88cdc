// A task for a capability nobody serves asks a fleet for it (docs/fleet.md, `troupe.fleet.demand.<capability>`).
// The supervisor is stood in for here, in this process, by a NATS responder that starts the agent
// itself, so that the orchestrator's side (the dispatcher and NatsFleetDemand) runs in-process and
// the mutation run's tests reach it (fleet.int.test.ts drives the real supervisor as a child process).
import * as grpc from '@grpc/grpc-js';
import { connect, type Msg, type NatsConnection } from 'nats';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent, TroupeError, type AgentHandle } from '../../src/sdk/index.js';
import { demandSubject } from '../../src/sdk/fleet/subjects.js';
import { startTelemetry, type Telemetry } from '../../src/sdk/telemetry/index.js';
import { startCluster, type TestCluster } from '../helpers/cluster.js';

const text = (m: Msg): string => new TextDecoder().decode(m.data);
const reply = (provided: boolean): Uint8Array => new TextEncoder().encode(JSON.stringify({ v: 1, provided, agent: 'lazy' }));

/** An agent serving `capability`, echoing its input. */
const lazyAgent = (capability: string) =>
  defineAgent({ name: 'lazy', version: '1.0.0', capabilities: [{ name: capability }], handlers: { [capability]: (input) => ({ echoed: input }) } });

describe('a task for a capability nobody serves, with a fleet that may provide it', () => {
  let cluster: TestCluster;
  let nc: NatsConnection;
  let telemetry: Telemetry;
  const agents: AgentHandle[] = [];

  beforeAll(async () => {
    // Tracing on (spans kept in memory), so that the task's trace context is real and travels.
    telemetry = await startTelemetry({ serviceName: 'fleet-demand-test', env: {}, spanProcessors: [new SimpleSpanProcessor(new InMemorySpanExporter())] });
    cluster = await startCluster();
    nc = await connect({ servers: cluster.nats.url });
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.drain('test over')));
    await nc?.close();
    await cluster?.close();
    await telemetry?.shutdown();
  });

  /** Answers demands for `capability` with `provided`; when it provides, starts the agent (once). */
  function standInFleet(capability: string, provided: boolean): { demands: { body: unknown; traceparent: string | undefined }[] } {
    const demands: { body: unknown; traceparent: string | undefined }[] = [];
    const sub = nc.subscribe(demandSubject(capability));
    void (async () => {
      for await (const m of sub) {
        demands.push({ body: JSON.parse(text(m)) as unknown, traceparent: m.headers?.get('traceparent') || undefined });
        m.respond(reply(provided));
        if (provided && demands.length === 1) agents.push(await cluster.startAgent(lazyAgent(capability)));
      }
    })();
    return { demands };
  }

  it('asks the fleet once, with the waiting task and its trace, and the task waits for the instance it starts', async () => {
    const fleet = standInFleet('lazy.work', true);
    await nc.flush();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const metadata = new grpc.Metadata();
    metadata.set('traceparent', `00-${traceId}-00f067aa0ba902b7-01`);
    const [a, b] = await Promise.all([
      cluster.client.submitTask({ capability: 'lazy.work', input: { n: 1 }, timeoutMs: 20_000 }, { metadata }),
      cluster.client.submitTask({ capability: 'lazy.work', input: { n: 2 }, timeoutMs: 20_000 }, { metadata }),
    ]);
    expect(a.output).toEqual({ echoed: { n: 1 } });
    expect(b.output).toEqual({ echoed: { n: 2 } });
    // Two tasks waiting at once share one demand (answers are kept for 2 s).
    expect(fleet.demands).toHaveLength(1);
    expect(fleet.demands[0]!.body).toEqual({ v: 1, capability: 'lazy.work', waiting: expect.any(Number) as unknown });
    expect((fleet.demands[0]!.body as { waiting: number }).waiting).toBeGreaterThanOrEqual(1);
    expect(fleet.demands[0]!.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
  });

  it('answers NOT_FOUND at once when the fleet does not provide it, or no fleet answers', async () => {
    const fleet = standInFleet('nobody.has', false);
    await nc.flush();
    for (const capability of ['nobody.has', 'no.fleet.at.all']) {
      const started = Date.now();
      const err = await cluster.client.submitTask({ capability, input: null, timeoutMs: 20_000 }).catch((e: unknown) => e);
      expect(TroupeError.is(err) && err.code, String(err)).toBe(5); // NOT_FOUND
      expect((err as Error).message).toContain(capability);
      // Not the task's 20 s deadline: the demand's own 500 ms reply timeout at most.
      expect(Date.now() - started).toBeLessThan(5_000);
    }
    expect(fleet.demands).toHaveLength(1);
    expect(fleet.demands[0]!.body).toMatchObject({ v: 1, capability: 'nobody.has' });
  });
});
