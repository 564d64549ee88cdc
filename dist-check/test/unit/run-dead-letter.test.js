import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemoryDeadLetterStore } from '../../src/orchestrator/scheduler/dead-letters.js';
import { deadLetter } from '../../src/orchestrator/workflow/engine/run-dead-letter.js';
import { RunEventLog } from '../../src/orchestrator/workflow/engine/run-event-log.js';
import { METRIC, startTelemetry } from '../../src/sdk/telemetry/index.js';
import { scrapeMetrics } from '../helpers/scrape-metrics.js';
let telemetry;
afterEach(async () => {
    await telemetry?.shutdown();
    telemetry = undefined;
});
describe('deadLetter: a task that exhausted its policy', () => {
    it('is logged in the run with its task id, stored, and counted under its capability', async () => {
        telemetry = await startTelemetry({ serviceName: 'dead-letter', env: {}, prometheus: true });
        const store = new InMemoryDeadLetterStore();
        const log = new RunEventLog();
        await deadLetter({
            runId: 'r1',
            stepId: 'voice',
            input: { text: 'hi' },
            attempts: [],
            outcome: { taskId: 't1', capability: 'tts.voice', usedFallback: false, attempts: 3, endedAt: 10, status: 'failed', code: 14, message: 'agent gone' },
        }, { store, log, logger: pino({ level: 'silent' }) });
        expect(log.history()).toMatchObject([{ type: 'task.dead_lettered', stepId: 'voice', detail: { taskId: 't1' } }]);
        expect((await store.get('t1'))?.capability).toBe('tts.voice');
        expect(await scrapeMetrics(telemetry)).toMatch(new RegExp(`^${METRIC.DEAD_LETTERS}\\{[^}]*capability="tts\\.voice"[^}]*\\} 1`, 'm'));
    });
});
//# sourceMappingURL=run-dead-letter.test.js.map