import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemoryDeadLetterStore } from '../../src/orchestrator/scheduler/dead-letters.js';
import { deadLetter } from '../../src/orchestrator/workflow/engine/run-dead-letter.js';
import { RunEventLog } from '../../src/orchestrator/workflow/engine/run-event-log.js';
import { METRIC, startTelemetry, type Telemetry } from '../../src/sdk/telemetry/index.js';
import { scrapeMetrics } from '../helpers/scrape-metrics.js';

let telemetry: Telemetry | undefined;
afterEach(async () => {
  await telemetry?.shutdown();
  telemetry = undefined;
});

describe('deadLetter: a task that exhausted its policy', () => {
  it('is logged in the run with its task id, stored, and counted under its capability', async () => {
    telemetry = await startTelemetry({ serviceName: 'dead-letter', env: {}, prometheus: true });
    const store = new InMemoryDeadLetterStore();
    const log = new RunEventLog();
    await deadLetter(
      {
        runId: 'r1',
        stepId: 'voice',
        input: { text: 'hi' },
        attempts: [],
        outcome: { taskId: 't1', capability: 'tts.voice', usedFallback: false, attempts: 3, endedAt: 10, status: 'failed', code: 14, message: 'agent gone' },
      },
      { store, log, logger: pino({ level: 'silent' }) },
    );
    expect(log.history()).toMatchObject([{ type: 'task.dead_lettered', stepId: 'voice', detail: { taskId: 't1' } }]);
    expect((await store.get('t1'))?.capability).toBe('tts.voice');
    expect(await scrapeMetrics(telemetry)).toMatch(new RegExp(`^${METRIC.DEAD_LETTERS}\\{[^}]*capability="tts\\.voice"[^}]*\\} 1`, 'm'));
  });

  it('keeps every attempt, and gives the last one\'s code and message as the reason', async () => {
    const store = new InMemoryDeadLetterStore();
    const attempt = (n: number, code: number, message: string) => ({ attempt: n, instanceId: `a${n}`, capability: 'tts.voice', startedAt: n * 10, endedAt: n * 10 + 5, outcome: 'failed' as const, code, message });
    await deadLetter(
      {
        runId: 'r1',
        stepId: 'voice',
        input: null,
        attempts: [attempt(1, 14, 'agent gone'), attempt(2, 4, 'too slow'), attempt(3, 13, 'boom')],
        outcome: { taskId: 't2', capability: 'tts.voice', usedFallback: false, attempts: 3, endedAt: 40, status: 'failed', code: 13, message: 'boom' },
      },
      { store, log: new RunEventLog(), logger: pino({ level: 'silent' }) },
    );
    const record = await store.get('t2');
    expect(record?.reason).toBe('3 attempt(s) failed; last: INTERNAL: boom');
    expect(record?.attempts).toEqual([
      { instanceId: 'a1', code: 14, message: 'agent gone', at: 15 },
      { instanceId: 'a2', code: 4, message: 'too slow', at: 25 },
      { instanceId: 'a3', code: 13, message: 'boom', at: 35 },
    ]);
  });
});
