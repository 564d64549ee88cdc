// countTask: one finished task in the agent's metrics (by agent, capability and outcome: `ok` or
// the lower-case status of its error) and in the NATS micro stats of its capability.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTask } from '../../src/sdk/agent/task-metrics.js';
import type { AgentRuntime } from '../../src/sdk/agent/runtime.js';
import { UnavailableError } from '../../src/sdk/errors.js';
import { startTelemetry, type Telemetry } from '../../src/sdk/telemetry/index.js';
import { scrapeMetrics } from '../helpers/scrape-metrics.js';

describe('countTask', () => {
  let telemetry: Telemetry;
  beforeAll(async () => {
    telemetry = await startTelemetry({ serviceName: 'agent-task-metrics', env: {}, prometheus: true });
  });
  afterAll(() => telemetry.shutdown());

  it('counts each task under its agent, capability and outcome, with its duration, and tells the micro stats', async () => {
    const stats: [string, string | undefined][] = [];
    const runtime = { definition: { name: 'counter' }, taskStats: { record: (capability: string, _ms: number, failedWith?: string) => stats.push([capability, failedWith]) } } as unknown as AgentRuntime;
    const started = performance.now();
    countTask(runtime, 'count.up', started);
    countTask(runtime, 'count.up', started);
    countTask(runtime, 'count.up', started, new UnavailableError('agent gone'));
    const text = await scrapeMetrics(telemetry);
    expect(text).toMatch(/^troupe_agent_tasks_total\{troupe_agent_name="counter",troupe_capability="count\.up",outcome="ok"[^}]*\} 2$/m);
    expect(text).toMatch(/^troupe_agent_tasks_total\{troupe_agent_name="counter",troupe_capability="count\.up",outcome="unavailable"[^}]*\} 1$/m);
    expect(text).toMatch(/^troupe_agent_task_duration_seconds_count\{troupe_agent_name="counter",troupe_capability="count\.up",outcome="ok"[^}]*\} 2$/m);
    expect(stats).toEqual([['count.up', undefined], ['count.up', undefined], ['count.up', 'UNAVAILABLE']]);
  });
});
