import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { defineAgent, Status } from '../../src/sdk/index.js';
import { errorOf } from '../helpers/errors.js';
import { startCluster, type TestCluster } from '../helpers/cluster.js';
import { waitFor } from '../helpers/wait-for.js';


describe.each([
  ['over per-task Execute calls', false],
  ['over the multiplexing Channel', true],
])('tasks through the orchestrator %s', (_name, useChannels) => {
  let cluster: TestCluster;
  beforeAll(async () => {
    // An 8 MiB payload limit (gRPC messages up to 10 MiB): the over-size test stays cheap.
    cluster = await startCluster({ useChannels, maxPayloadBytes: 8 * 1024 * 1024 });
    const agent = await cluster.startAgent(echo);
    await cluster.waitActive(agent.instanceId);
  });
  afterAll(() => cluster?.close());

  it('runs a unary task and returns the agent output', async () => {
    const result = await cluster.client.submitTask({ capability: 'echo.say', input: { hello: 'world', n: [1, 2, 3] } });
    expect(result.output).toEqual({ hello: 'world', n: [1, 2, 3] });
    expect(result.agentInstanceId).toBe(cluster.agents[0]?.instanceId);
    expect(result.taskId).toMatch(/^[0-9a-f-]{36}$/);
    // The registry keeps performance data and status history per instance.
    const [info] = await cluster.client.listAgents({ capability: 'echo.say' });
    expect(info?.latencyEwmaMs).toBeGreaterThan(0);
    expect(info?.successRate).toBe(1);
    // Active without a break since it first became active: joining is not downtime.
    expect(info?.uptimeRatio).toBe(1);
    expect(info?.history.map((h) => h.state)).toEqual(['joining', 'active']);
  });

  it('streams every chunk in order, then the result', async () => {
    const events = [];
    for await (const event of cluster.client.streamTask({ capability: 'echo.stream', input: { count: 50, chunkBytes: 100 } })) events.push(event);
    expect(events[0]?.type).toBe('started');
    const chunks = events.filter((e) => e.type === 'chunk');
    expect(chunks.map((c) => (c.type === 'chunk' ? c.sequence : -1))).toEqual([...Array(50).keys()]);
    for (const c of chunks) if (c.type === 'chunk') expect(c.data).toEqual(Buffer.alloc(100, c.sequence % 256));
    expect(events.at(-1)).toMatchObject({ type: 'result', output: { chunks: 50, bytes: 5000 } });
  });

  it('answers NOT_FOUND for an unknown capability, naming the known ones', async () => {
    const err = await errorOf(cluster.client.submitTask({ capability: 'no.such.thing', input: {} }));
    expect(err.code).toBe(Status.NOT_FOUND);
    expect(err.message).toContain('no agent offers capability "no.such.thing"');
    expect(err.message).toContain('echo.say');
  });

  it('answers INVALID_ARGUMENT for a missing or malformed capability and for input the agent rejects', async () => {
    expect((await errorOf(cluster.client.submitTask({ capability: '', input: {} }))).code).toBe(Status.INVALID_ARGUMENT);
    expect((await errorOf(cluster.client.submitTask({ capability: 'Bad Name!', input: {} }))).code).toBe(Status.INVALID_ARGUMENT);
    const err = await errorOf(drain(cluster.client.streamTask({ capability: 'echo.stream', input: { count: 'many' } })));
    expect(err.code).toBe(Status.INVALID_ARGUMENT);
    expect(err.message).toContain('input.count must be an integer');
  });

  it('answers INVALID_ARGUMENT for a priority out of range', async () => {
    const err = await errorOf(cluster.client.submitTask({ capability: 'echo.say', input: {}, priority: 9 }));
    expect(err.code).toBe(Status.INVALID_ARGUMENT);
    expect(err.message).toContain('priority');
  });

  it('answers FAILED_PRECONDITION when a streaming capability is submitted as unary', async () => {
    const err = await errorOf(cluster.client.submitTask({ capability: 'echo.stream', input: {} }));
    expect(err.code).toBe(Status.FAILED_PRECONDITION);
    expect(err.message).toContain('StreamTask');
  });

  it('answers RESOURCE_EXHAUSTED for an over-size message and keeps serving', async () => {
    const err = await errorOf(cluster.client.submitTask({ capability: 'echo.say', input: { blob: 'x'.repeat(9 * 1024 * 1024) } }));
    expect(err.code).toBe(Status.RESOURCE_EXHAUSTED);
    expect(err.message).toContain('TROUPE_MAX_PAYLOAD_BYTES');
    const ok = await cluster.client.submitTask({ capability: 'echo.say', input: 'still here' });
    expect(ok.output).toBe('still here');
  });

  it('answers UNAVAILABLE when no instance is active, and recovers when one is', async () => {
    const id = cluster.agents[0]!.instanceId;
    await cluster.client.setAgentMode(id, 'maintenance');
    const err = await errorOf(cluster.client.submitTask({ capability: 'echo.say', input: 1 }));
    expect(err.code).toBe(Status.UNAVAILABLE);
    expect(err.message).toContain('maintenance');
    await cluster.client.setAgentMode(id, 'active');
    expect((await cluster.client.submitTask({ capability: 'echo.say', input: 2 })).output).toBe(2);
  });

  it('answers NOT_FOUND for SetAgentMode on an unknown instance', async () => {
    const err = await errorOf(cluster.client.setAgentMode('nobody-1234', 'maintenance'));
    expect(err.code).toBe(Status.NOT_FOUND);
  });

  it('answers NOT_FOUND for a run of a workflow when none is registered, saying how to register one', async () => {
    const err = await errorOf(cluster.client.startRun({ workflow: 'podcast', input: {} }));
    expect(err.code).toBe(Status.NOT_FOUND);
    expect(err.message).toBe('no workflow "podcast" is registered; register one with RegisterWorkflow');
  });

  it('cancels the agent handler when the client cancels a unary task', async () => {
    let started!: () => void;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    let aborted!: () => void;
    const handlerAborted = new Promise<void>((resolve) => (aborted = resolve));
    const agent = await cluster.startAgent(
      defineAgent({
        name: 'waiter',
        version: '1.0.0',
        capabilities: [{ name: 'waiter.wait' }],
        handlers: {
          'waiter.wait': async (_input, ctx) => {
            ctx.signal.addEventListener('abort', () => aborted(), { once: true });
            started();
            await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
            return null;
          },
        },
      }),
    );
    await cluster.waitActive(agent.instanceId);
    const controller = new AbortController();
    const pending = cluster.client.submitTask({ capability: 'waiter.wait', input: null }, { signal: controller.signal });
    await handlerStarted;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: Status.CANCELLED });
    await handlerAborted;
  });

  it('answers DEADLINE_EXCEEDED when the agent does not answer in time, and the agent sees its deadline', async () => {
    let sawDeadline: Date | undefined;
    let handlerStartedAt = 0;
    const agent = await cluster.startAgent(
      defineAgent({
        name: 'sleeper',
        version: '1.0.0',
        capabilities: [{ name: 'sleeper.sleep' }],
        handlers: {
          'sleeper.sleep': async (_input, ctx) => {
            handlerStartedAt = Date.now();
            sawDeadline = ctx.deadline;
            await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
            return null;
          },
        },
      }),
    );
    await cluster.waitActive(agent.instanceId);
    const before = Date.now();
    const err = await errorOf(cluster.client.submitTask({ capability: 'sleeper.sleep', input: null, timeoutMs: 300 }));
    expect(err.code).toBe(Status.DEADLINE_EXCEEDED);
    expect(sawDeadline).toBeInstanceOf(Date);
    // The propagated deadline itself: timeout_ms from some moment between sending and the
    // handler starting (each hop re-bases gRPC's relative timeout), give or take its rounding.
    expect(sawDeadline!.getTime()).toBeGreaterThanOrEqual(before + 300 - 5);
    expect(sawDeadline!.getTime()).toBeLessThanOrEqual(handlerStartedAt + 300 + 5);
  });

  it('cancels the agent handler when the client cancels the stream', async () => {
    let aborted!: () => void;
    const handlerAborted = new Promise<void>((resolve) => (aborted = resolve));
    let started!: () => void;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    const slow = defineAgent({
      name: 'slow',
      version: '1.0.0',
      capabilities: [{ name: 'slow.stream', streaming: true }],
      handlers: {
        'slow.stream': async function* (_input, ctx) {
          ctx.signal.addEventListener('abort', () => aborted(), { once: true });
          yield { type: 'chunk', data: Buffer.from('first'), contentType: 'text/plain' };
          started();
          await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
          return null;
        },
      },
    });
    const agent = await cluster.startAgent(slow);
    await cluster.waitActive(agent.instanceId);
    const controller = new AbortController();
    const stream = cluster.client.streamTask({ capability: 'slow.stream', input: null }, { signal: controller.signal });
    const consumed = (async () => {
      for await (const event of stream) if (event.type === 'chunk') controller.abort();
    })();
    await handlerStarted;
    await expect(consumed).rejects.toMatchObject({ code: Status.CANCELLED });
    await handlerAborted;
    // The slot is released once the handler's generator has unwound.
    await waitFor(() => agent.inFlight === 0, { timeoutMs: 2000, what: 'the cancelled task to release its slot' });
  });
});

async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream);
}
