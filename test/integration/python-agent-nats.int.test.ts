/**
 * The Python example agent announces itself on NATS with nats-py (no sidecar): the
 * orchestrator finds it through hello and `$SRV.INFO`, routes tasks to it, sees it drain on
 * SIGTERM and on an orchestrator's drain request, and the real `nats` CLI lists it.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamTaskEvent } from '../../src/sdk/client/index.js';
import { AGENT, PYTHON, assertPythonGrpc, spawnPythonAgent, type PythonAgent } from '../fixtures/python-agent.js';
import { startCluster, type TestCluster } from '../helpers/cluster.js';
import { startNatsServer, type NatsServerHandle } from '../helpers/nats-server.js';
import { toolPath } from '../helpers/tools.js';
import { waitFor } from '../helpers/wait-for.js';

const BEAT_MS = 200;

describe('a Python agent that announces itself on NATS (nats-py, micro)', () => {
  let nats: NatsServerHandle;
  let cluster: TestCluster;
  const pythons: PythonAgent[] = [];

  async function spawnAnnounced(): Promise<PythonAgent> {
    const agent = await spawnPythonAgent(20_000, { NATS_URL: nats.url }, ['--heartbeat-ms', String(BEAT_MS)]);
    pythons.push(agent);
    return agent;
  }

  beforeAll(async () => {
    assertPythonGrpc();
    nats = await startNatsServer();
    cluster = await startCluster({ heartbeatIntervalMs: BEAT_MS }, nats);
  });
  afterAll(async () => {
    for (const p of pythons) p.kill('SIGKILL');
    await Promise.all(pythons.map((p) => p.exited));
    await cluster?.close();
    await nats?.stop();
  });

  it('becomes active in the registry and runs unary and streaming tasks through the orchestrator', async () => {
    const python = await spawnAnnounced();
    expect(python.output()).toMatch(/announced on NATS as 127\.0\.0\.1:\d+, instance /);
    await cluster.waitActive(python.instanceId);
    expect(cluster.orchestrator.registry.get(python.instanceId)?.descriptor).toMatchObject({ name: 'python-text', version: '1.0.0', supportsChannel: false });

    const result = await cluster.client.submitTask({ capability: 'text.wordcount', input: { text: 'hello big world' } });
    expect(result.agentInstanceId).toBe(python.instanceId);
    expect(result.output).toEqual({ words: 3, characters: 15 });
    const events: StreamTaskEvent[] = [];
    for await (const event of cluster.client.streamTask({ capability: 'text.shout', input: { text: 'hello big world' } })) events.push(event);
    expect(events.flatMap((e) => (e.type === 'chunk' ? [e.data.toString('utf8')] : []))).toEqual(['HELLO', 'BIG', 'WORLD']);
    expect(events.at(-1)).toMatchObject({ type: 'result', output: { words: 3 } });
  });

  it('is listed by the real nats CLI: micro ls shows the troupe metadata and the describe endpoint', () => {
    const python = pythons[0]!;
    const ls = spawnSync(toolPath('nats'), ['--server', nats.url, 'micro', 'ls', '--json'], { encoding: 'utf8', timeout: 20_000 });
    expect(ls.status, ls.stderr).toBe(0);
    const services = JSON.parse(ls.stdout) as { name: string; metadata: Record<string, string>; endpoints: { name: string; subject: string }[] }[];
    const mine = services.find((s) => s.metadata['troupe.instance_id'] === python.instanceId);
    expect(mine?.name).toBe('troupe-agent');
    expect(mine?.metadata).toMatchObject({
      'troupe.agent': 'python-text',
      'troupe.agent_version': '1.0.0',
      'troupe.grpc_address': python.address,
      'troupe.capabilities': 'text.wordcount,text.shout',
      'troupe.max_concurrency': '8',
    });
    expect(mine?.endpoints).toContainEqual(expect.objectContaining({ name: 'describe', subject: `troupe.agents.describe.${python.instanceId}` }));
  });

  it('passes `troupe conformance`', () => {
    const python = pythons[0]!;
    const run = spawnSync(
      process.execPath,
      ['dist/cli/main.js', 'conformance', python.address, '--sample', 'text.shout={"text":"one two three four five","delay_ms":50}', '--sample', 'text.wordcount={"text":"a b"}'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^reflection\s+PASS/m);
    expect(run.stdout).toMatch(/^health\.check\s+PASS/m);
    expect(run.stdout).toMatch(/^\d+ passed, 0 failed, 0 skipped: conformant$/m);
  });

  it('drains on an orchestrator drain request: draining, then goodbye, exit 0', async () => {
    const python = pythons[0]!;
    const states = cluster.recordStates(python.instanceId);
    await cluster.client.setAgentMode(python.instanceId, 'drain');
    await waitFor(() => cluster.stateOf(python.instanceId) === 'left', { timeoutMs: 5000, what: 'the drained agent to leave' });
    expect(states).toContain('left');
    expect(await python.exited, python.output()).toBe(0);
    expect(python.output()).toMatch(/python agent draining \(/);
  });

  it('says draining then goodbye on SIGTERM; a start-up with bad NATS settings fails naming the setting', async () => {
    const python = await spawnAnnounced();
    await cluster.waitActive(python.instanceId);
    const states = cluster.recordStates(python.instanceId);
    python.kill('SIGTERM');
    await waitFor(() => cluster.stateOf(python.instanceId) === 'left', { timeoutMs: 5000, what: 'the stopped agent to leave' });
    expect(states).toEqual(['draining', 'left']);
    expect(await python.exited).toBe(0);

    const bad = spawnSync(PYTHON, [AGENT, '--port', '0', '--nats', nats.url], {
      env: { ...process.env, NATS_USER: 'agent' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: NATS_USER: needs NATS_PASSWORD_FILE/m);
  });
});
