import { EventEmitter, once } from 'node:events';
import type { ServiceError } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAgent, type AgentClients } from '../../src/sdk/grpc/agent-clients.js';
import { fromValue, toValue } from '../../src/sdk/grpc/struct.js';
import { defineAgent, startAgent, Status, TroupeError, type AgentHandle } from '../../src/sdk/index.js';
import { testLogger } from '../helpers/cluster.js';

/**
 * What an SDK agent enforces by itself, called directly (no orchestrator that could
 * cancel or refuse for it): its max concurrency and the task's own deadline.
 */
describe('an SDK agent on its own', () => {
  let handle: AgentHandle;
  let direct: AgentClients;
  const started: string[] = [];
  const aborted = new Map<string, unknown>();
  const events = new EventEmitter();
  /** Resolves once `n` hold tasks have started (an event, not a poll). */
  const startedCount = async (n: number): Promise<void> => {
    while (started.length < n) await once(events, 'started');
  };
  const releases: (() => void)[] = [];

  beforeAll(async () => {
    handle = await startAgent(
      defineAgent({
        name: 'limited',
        version: '1.0.0',
        maxConcurrency: 2,
        capabilities: [{ name: 'limited.hold' }, { name: 'limited.wait' }, { name: 'limited.whoami' }],
        handlers: {
          'limited.whoami': (_input, ctx) => ({ taskId: ctx.taskId }),
          // Holds its slot until the test releases it.
          'limited.hold': async (_input, ctx) => {
            started.push(ctx.taskId);
            events.emit('started');
            await new Promise<void>((resolve) => releases.push(resolve));
            return { done: ctx.taskId };
          },
          // Waits for its signal and records why it was aborted.
          'limited.wait': async (_input, ctx) => {
            await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve(), { once: true }));
            aborted.set(ctx.taskId, ctx.signal.reason);
            events.emit('aborted');
            return null;
          },
        },
      }),
      { logger: testLogger },
    );
    direct = connectAgent(handle.address);
  });
  afterAll(async () => {
    direct?.close();
    await handle?.drain('test over');
  });

  const execute = (taskId: string, capability: string, deadlineMs = 30_000): Promise<{ err: ServiceError | null }> =>
    new Promise((resolve) =>
      direct.agent.Execute({ task: { taskId, capability, input: toValue({}) } }, { deadline: Date.now() + deadlineMs }, (err) => resolve({ err })),
    );

  it('names a task sent without an id itself (local-…), so its logs and spans still have one', async () => {
    const output = await new Promise<unknown>((resolve, reject) =>
      direct.agent.Execute({ task: { capability: 'limited.whoami', input: toValue({}) } }, (err, res) => (err ? reject(err) : resolve(fromValue(res?.result?.output ?? null)))),
    );
    expect((output as { taskId: string }).taskId).toMatch(/^local-[0-9a-z]+$/);
  });

  it('refuses a task past its maxConcurrency with RESOURCE_EXHAUSTED, and takes one again once a slot frees', async () => {
    const first = execute('h1', 'limited.hold');
    const second = execute('h2', 'limited.hold');
    await startedCount(2);
    const third = await execute('h3', 'limited.hold');
    expect(third.err?.code).toBe(Status.RESOURCE_EXHAUSTED);
    expect(third.err?.details).toMatch(/max concurrency|at capacity|2/);
    expect(started).toEqual(['h1', 'h2']);
    releases.shift()?.();
    expect((await first).err).toBeNull();
    const fourth = execute('h4', 'limited.hold');
    await startedCount(3);
    expect(started).toEqual(['h1', 'h2', 'h4']);
    for (const release of releases.splice(0)) release();
    expect((await second).err).toBeNull();
    expect((await fourth).err).toBeNull();
  });

  it("aborts the handler at the task's own deadline, with DEADLINE_EXCEEDED as the reason (not a cancel)", async () => {
    const { err } = await execute('w1', 'limited.wait', 300);
    expect(err?.code).toBe(Status.DEADLINE_EXCEEDED);
    while (!aborted.has('w1')) await once(events, 'aborted');
    const reason = aborted.get('w1');
    expect(TroupeError.is(reason) && reason.code).toBe(Status.DEADLINE_EXCEEDED);
  });

  it("aborts a Channel task at its own timeout_ms: no gRPC deadline does it there, the SDK's timer must", async () => {
    const channel = direct.agent.Channel();
    const answered = once(channel, 'data') as Promise<[{ callId: string; error?: { code: number; message: string } }]>;
    channel.write({ start: { callId: 7, task: { taskId: 'c1', capability: 'limited.wait', input: toValue({}) }, timeoutMs: 300 } });
    const [response] = await answered;
    expect(response.error?.code).toBe(Status.DEADLINE_EXCEEDED);
    const reason = aborted.get('c1');
    expect(TroupeError.is(reason) && reason.code).toBe(Status.DEADLINE_EXCEEDED);
    channel.end();
  });
});
