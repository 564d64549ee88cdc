import { createHash } from 'node:crypto';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULT_BUCKET } from '../../src/sdk/agent/result-cache.js';
import { connectAgent, type AgentClients } from '../../src/sdk/grpc/agent-clients.js';
import { fromValue, toValue } from '../../src/sdk/grpc/struct.js';
import { AgentDefinitionError, defineAgent, startAgent, type AgentHandle, type Json } from '../../src/sdk/index.js';
import { startNatsServer, type NatsServerHandle } from '../helpers/nats-server.js';

// Effectively-once capabilities (`cacheByIdempotencyKey`): a redo of a task with the
// same idempotency key is answered from the troupe_agent_results KV bucket.

type Release = () => void;

describe('cacheByIdempotencyKey', () => {
  let nats: NatsServerHandle;
  let nc: NatsConnection;
  let agent: AgentHandle;
  let clients: AgentClients;
  const ran: string[] = [];
  const logLines: Record<string, unknown>[] = [];
  /** Handlers of `cache.slow` wait here until released. */
  const gates = new Map<string, Release>();
  const gateWaiters = new Set<() => void>();

  beforeAll(async () => {
    nats = await startNatsServer();
    nc = await connect({ servers: nats.url });
    agent = await startAgent(
      defineAgent({
        name: 'counter',
        version: '1.0.0',
        capabilities: [
          { name: 'cache.count', cacheByIdempotencyKey: { ttlMs: 60_000 } },
          { name: 'cache.slow', cacheByIdempotencyKey: { ttlMs: 60_000 } },
          { name: 'cache.plain' },
        ],
        handlers: {
          'cache.count': (input, ctx) => {
            ran.push(ctx.idempotencyKey);
            return { n: ran.length, echo: input };
          },
          'cache.slow': async (_input, ctx) => {
            ran.push(ctx.idempotencyKey);
            await new Promise<void>((resolve) => {
              gates.set(ctx.idempotencyKey, resolve);
              for (const wake of gateWaiters) wake();
            });
            return { n: ran.length };
          },
          'cache.plain': (_input, ctx) => {
            ran.push(ctx.idempotencyKey);
            return { n: ran.length };
          },
        },
      }),
      { nats: nc, logger: pino({ level: 'info' }, { write: (line: string) => logLines.push(JSON.parse(line) as Record<string, unknown>) }), heartbeatIntervalMs: 200 },
    );
    clients = connectAgent(agent.address);
  }, 30_000);

  afterAll(async () => {
    clients?.close();
    await agent?.drain('test over');
    await nc?.close();
    await nats?.stop();
  });

  const execute = (capability: string, idempotencyKey: string, input: Json = null): Promise<Json> =>
    new Promise((resolve, reject) =>
      clients.agent.Execute({ task: { taskId: `t-${Math.random()}`, capability, input: toValue(input), idempotencyKey, attempt: 1 } }, (err, res) =>
        err ? reject(err) : resolve(fromValue(res?.result?.output ?? null)),
      ),
    );

  it('runs the handler once per idempotency key and answers a redo from the store', async () => {
    ran.length = 0;
    const first = await execute('cache.count', 'run-1/step-a/1', { x: 1 });
    const redo = await execute('cache.count', 'run-1/step-a/1', { x: 1 });
    expect(ran).toEqual(['run-1/step-a/1']);
    expect(redo).toEqual(first);
    // What an operator sees when a redo is answered from the store: which key.
    expect(logLines.filter((l) => l.msg === 'task answered from the result cache')).toEqual([
      expect.objectContaining({ idempotency_key: 'run-1/step-a/1', capability: 'cache.count' }),
    ]);
    // The result is in the KV bucket under a hash of agent, capability and key.
    const kv = await nc.jetstream().views.kv(RESULT_BUCKET);
    const key = createHash('sha256').update('counter\0cache.count\0run-1/step-a/1').digest('base64url');
    expect((await kv.get(key))?.json<{ expiresAt: number }>().expiresAt).toBeGreaterThan(Date.now());

    // Another key (the next attempt) runs again; an uncached capability always runs.
    await execute('cache.count', 'run-1/step-a/2');
    expect(ran).toEqual(['run-1/step-a/1', 'run-1/step-a/2']);
    await execute('cache.plain', 'k');
    await execute('cache.plain', 'k');
    expect(ran.filter((k) => k === 'k')).toHaveLength(2);
  });

  it('makes a concurrent duplicate wait for the first and share its result', async () => {
    ran.length = 0;
    const a = execute('cache.slow', 'dup-1');
    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (gates.has('dup-1')) {
          gateWaiters.delete(check);
          resolve();
        }
      };
      gateWaiters.add(check);
      check();
    });
    const b = execute('cache.slow', 'dup-1');
    // b reached the agent (it is counted in flight) before the first is released.
    await new Promise<void>((resolve) => {
      const check = (): void => (agent.inFlight >= 2 ? resolve() : void setImmediate(check));
      check();
    });
    gates.get('dup-1')!();
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra).toEqual(rb);
    expect(ran).toEqual(['dup-1']);
  });

  it('refuses caching on a streaming capability and a bad TTL', () => {
    expect(() =>
      defineAgent({
        name: 'bad',
        version: '1.0.0',
        capabilities: [{ name: 'bad.stream', streaming: true, cacheByIdempotencyKey: { ttlMs: 1000 } }],
        handlers: { 'bad.stream': async function* () {
          yield* [];
        } },
      }),
    ).toThrow(AgentDefinitionError);
    expect(() =>
      defineAgent({ name: 'bad', version: '1.0.0', capabilities: [{ name: 'bad.ttl', cacheByIdempotencyKey: { ttlMs: 0 } }], handlers: { 'bad.ttl': () => null } }),
    ).toThrow(/ttlMs/);
  });
});
