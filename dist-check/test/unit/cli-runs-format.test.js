import { describe, expect, it } from 'vitest';
import { CLEAR_DOWN, HIDE_CURSOR, LiveView, SHOW_CURSOR, cursorUp, isInteractive } from '../../src/cli/live-view.js';
import { formatBytes, formatDuration, summariseJson, truncate } from '../../src/cli/format/run-common.js';
import { applyRunEvent, newRunProgress, syncWithReport } from '../../src/cli/format/run-progress.js';
import { formatAttemptLine, formatRunReport, runStatusText } from '../../src/cli/format/run-report.js';
import { formatProgressView, formatRunEventLine, formatStreamSummaryLine, stepNote } from '../../src/cli/format/run-watch.js';
import { formatDeadLetterTable, formatDefinitionProblems, formatRunsTable, formatWorkflowTable, deadLetterStep } from '../../src/cli/format/runs.js';
import { watchEventToJson } from '../../src/cli/run-watch.js';
/** Local-time instants, so clock() output does not depend on the time zone. */
const T0 = new Date(2025, 0, 1, 12, 0, 0, 0).getTime();
const RUN = 'r1';
const TRACE = '0af7651916cd43dd8448eb211c80319c';
const report = {
    runId: RUN,
    workflow: 'podcast',
    priority: 3,
    status: 'completed',
    traceId: 'abcdefabcdefabcdefabcdefabcdefab',
    createdAt: Date.UTC(2025, 0, 1, 12, 0, 0),
    startedAt: Date.UTC(2025, 0, 1, 12, 0, 0, 5),
    endedAt: Date.UTC(2025, 0, 1, 12, 0, 2, 505),
    durationMs: 2500,
    output: { audioMs: 1200, title: 'Tides' },
    warnings: ['extra: failed: UNAVAILABLE: always down'],
    steps: [
        {
            id: 'voice', status: 'succeeded', attempts: 3, taskIds: [`${RUN}.voice`], startedAt: 10, endedAt: 1210, durationMs: 1200,
            warnings: ['used fallback capability tts.simple'],
            tasks: [{ taskId: `${RUN}.voice`, attempts: [
                        { attempt: 1, instanceId: 'tts-1', capability: 'tts.fancy', startedAt: 10, endedAt: 60, outcome: 'failed', code: 14, message: 'down' },
                        { attempt: 2, instanceId: 'tts-2', capability: 'tts.fancy', startedAt: 300, endedAt: 400, outcome: 'timed_out', code: 4, message: 'the attempt timed out' },
                        { attempt: 3, instanceId: 'simple-1', capability: 'tts.simple', startedAt: 410, respondedAt: 420, endedAt: 1210, outcome: 'succeeded' },
                    ] }],
        },
        {
            id: 'extra', status: 'failed', attempts: 1, taskIds: [`${RUN}.extra`], startedAt: 10, endedAt: 20, durationMs: 10, tolerated: true,
            error: 'always down', warnings: ['failed: always down'],
            tasks: [{ taskId: `${RUN}.extra`, attempts: [{ attempt: 1, instanceId: 'b-1', capability: 'wb.broken', startedAt: 10, endedAt: 20, outcome: 'failed', code: 14, message: 'always down' }] }],
        },
        {
            id: 'each', status: 'succeeded', attempts: 2, taskIds: [`${RUN}.each.0`, `${RUN}.each.1`], items: { total: 2, done: 2 }, startedAt: 1300, endedAt: 1350, durationMs: 50, warnings: [],
            tasks: [0, 1].map((i) => ({ taskId: `${RUN}.each.${i}`, attempts: [{ attempt: 1, instanceId: 'w-1', capability: 'wb.item', startedAt: 1300, endedAt: 1340, outcome: 'succeeded' }] })),
        },
        { id: 'later', status: 'skipped', attempts: 0, taskIds: [], skipReason: 'condition is false', warnings: [], tasks: [] },
    ],
};
describe('run-common', () => {
    it.each([
        [null, '-'], [0, '0ms'], [850, '850ms'], [1250, '1.25s'], [125_000, '2m05s'], [3_720_000, '1h02m'],
    ])('formatDuration(%s) = %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
    it('summarises long JSON and cuts text', () => {
        expect(summariseJson({ a: 1 })).toBe('{"a":1}');
        expect(summariseJson({ text: 'x'.repeat(300) }, 20)).toBe(`{"text":"xxxxxxxxxx… (${formatBytes(311)})`);
        expect(truncate('one\n  two', 20)).toBe('one two');
        expect(truncate('abcdefgh', 5)).toBe('abcd…');
    });
});
describe('run show report', () => {
    it('prints the header, one row per step and one sub-line per attempt', () => {
        const text = formatRunReport(report);
        expect(text).toContain('workflow  podcast\n');
        expect(text).toContain('status    completed with 1 warning\n');
        expect(text).toContain('trace     abcdefabcdefabcdefabcdefabcdefab\n');
        expect(text).toContain('created   2025-01-01T12:00:00.000Z\n');
        expect(text).toContain('duration  2.50s\n');
        expect(text).toContain('output    {"audioMs":1200,"title":"Tides"}\n');
        expect(text).toContain('warning   extra: failed: UNAVAILABLE: always down\n');
        const lines = text.split('\n');
        const header = lines.findIndex((l) => l.startsWith('STEP'));
        expect(lines[header]).toMatch(/^STEP\s+STATUS\s+ATTEMPTS\s+AGENT\s+DURATION\s+NOTE$/);
        expect(lines[header + 1]).toMatch(/^voice\s+succeeded\s+3\s+simple-1 \+2\s+1\.20s\s+used fallback capability tts\.simple$/);
        expect(lines[header + 2]).toBe('    attempt 1 on tts-1 (tts.fancy): failed · UNAVAILABLE · down · 50ms');
        expect(lines[header + 3]).toBe('    attempt 2 on tts-2 (tts.fancy): timed_out · DEADLINE_EXCEEDED · the attempt timed out · 100ms');
        expect(lines[header + 4]).toBe('    attempt 3 on simple-1 (tts.simple, fallback): succeeded · 800ms');
        expect(lines[header + 5]).toMatch(/^extra\s+failed\s+1\s+b-1\s+10ms\s+tolerated: always down$/);
        expect(lines[header + 7]).toMatch(/^each\s+succeeded\s+2 \(2 items\)\s+w-1\s+50ms\s+items 2\/2$/);
        expect(lines[header + 8]).toBe('    item 0 attempt 1 on w-1 (wb.item): succeeded · 40ms');
        expect(lines.at(-2)).toMatch(/^later\s+skipped\s+0\s+-\s+-\s+condition is false$/);
    });
    it('shows recovered steps as skipped or recovered, with the original error once, and the recommendations', () => {
        const text = formatRunReport({
            ...report,
            recommendations: ['step voice used its fallback capability tts.simple (in 2 of the last 5 runs)'],
            steps: [
                { id: 'voice', status: 'skipped', recovery: 'skip', error: 'down', skipReason: 'failed, skipped by on_failure: down', attempts: 1, taskIds: [], warnings: ['failed, skipped by on_failure: down'], output: { text: '' } },
                { id: 'weave', status: 'recovered', recovery: 'use', error: 'too long', attempts: 1, taskIds: [], warnings: ['failed, continued with on_failure data: too long'] },
            ],
        });
        expect(text).toContain('advice    step voice used its fallback capability tts.simple (in 2 of the last 5 runs)\n');
        expect(text).toMatch(/\nvoice\s+skipped\s+1\s+-\s+-\s+failed, skipped by on_failure: down\n/);
        expect(text).toMatch(/\nweave\s+recovered\s+1\s+-\s+-\s+failed, continued with on_failure data: too long\n/);
    });
    it('shows a failed run with its error and a cancelled one with its reason', () => {
        const failed = formatRunReport({ ...report, status: 'failed', warnings: [], error: 'step x failed: boom', output: undefined });
        expect(failed).toContain('status    failed\n');
        expect(failed).toContain('error     step x failed: boom\n');
        expect(failed).not.toContain('output');
        expect(formatRunReport({ ...report, status: 'cancelled', warnings: [], cancelReason: 'test says stop' })).toContain('cancelled test says stop\n');
        expect(runStatusText({ status: 'running', warnings: [] })).toBe('running');
    });
    it('names an attempt that found no instance', () => {
        expect(formatAttemptLine({ attempt: { attempt: 1, instanceId: '', capability: 'x', startedAt: 0, endedAt: 5, outcome: 'failed', code: 14, message: 'no agent' } }, 'x')).toBe('    attempt 1 on no instance (x): failed · UNAVAILABLE · no agent · 5ms');
    });
});
describe('live progress', () => {
    const ev = (type, stepId = '', detail = {}, chunk) => ({ type, stepId, detail: detail, ...(chunk ? { chunk } : {}) });
    const pcm = 'audio/L16;rate=8000;channels=1;endian=little';
    function walk() {
        const run = newRunProgress(RUN, 'podcast', '', ['fetch', 'speak', 'each'], T0);
        const lines = [];
        const feed = (e, at) => {
            applyRunEvent(run, e, T0 + at);
            lines.push(formatRunEventLine(run, e, at, T0 + at));
        };
        feed(ev('run.started', '', { runId: RUN, workflow: 'podcast', traceId: TRACE }), 0);
        feed(ev('step.started', 'fetch', { taskId: `${RUN}.fetch`, capability: 'web.fetch' }), 1);
        feed(ev('attempt.started', 'fetch', { taskId: `${RUN}.fetch`, attempt: 1, instanceId: 'web-1', capability: 'web.fetch' }), 2);
        feed(ev('attempt.failed', 'fetch', { taskId: `${RUN}.fetch`, attempt: 1, instanceId: 'web-1', code: 'UNAVAILABLE', message: 'down', retryAt: T0 + 400 }), 10);
        feed(ev('step.retrying', 'fetch', { taskId: `${RUN}.fetch`, retryAt: T0 + 400, capability: 'web.fetch' }), 10);
        return { run, lines, feed };
    }
    it('prints one line per event, with the step, attempt, instance and retry time', () => {
        const { lines } = walk();
        expect(lines).toEqual([
            `  +0.000s  run r1 started: podcast · trace ${TRACE}\n`,
            '  +0.001s  fetch  started: web.fetch\n',
            '  +0.002s  fetch  attempt 1 on web-1 (web.fetch)\n',
            '  +0.010s  fetch  attempt 1 failed on web-1: UNAVAILABLE: down\n',
            '  +0.010s  fetch  retrying at 12:00:00.400 (in 390ms)\n',
        ]);
    });
    it('prints a run waiting for flow control and the end of a recovered step', () => {
        const run = newRunProgress(RUN, 'podcast', '', ['fetch'], T0);
        const queued = ev('run.queued', '', { reason: 'max_concurrent_runs: 2 of 2 runs of podcast going', position: 3 });
        applyRunEvent(run, queued, T0);
        expect(formatRunEventLine(run, queued, 0, T0)).toBe('  +0.000s  run r1 waits (position 3): max_concurrent_runs: 2 of 2 runs of podcast going\n');
        const recovered = ev('step.recovered', 'fetch', { reason: 'failed, continued with on_failure data: down', recovery: 'use', error: 'down' });
        applyRunEvent(run, recovered, T0 + 5);
        expect(formatRunEventLine(run, recovered, 5, T0 + 5)).toBe('  +0.005s  fetch  recovered: failed, continued with on_failure data: down\n');
        expect(run.steps[0]?.status).toBe('recovered');
        expect(stepNote(run.steps[0], T0 + 5)).toBe('failed, continued with on_failure data: down');
    });
    it('prints a step reused by a replay from a failed step, done at once', () => {
        const run = newRunProgress(RUN, 'podcast', '', ['fetch'], T0);
        const reused = ev('step.reused', 'fetch', { fromRunId: 'r0' });
        applyRunEvent(run, reused, T0);
        expect(formatRunEventLine(run, reused, 0, T0)).toBe('  +0.000s  fetch  reused: the output of run r0 (not run again)\n');
        expect(run.steps[0]?.status).toBe('succeeded');
        expect(stepNote(run.steps[0], T0)).toBe('reused from run r0');
    });
    it('prints a step waiting for a signal and who approved it', () => {
        const run = newRunProgress(RUN, 'podcast', '', ['approve'], T0);
        const waiting = ev('step.waiting', 'approve', { until: T0 + 60_000, timeoutMs: 60_000, onTimeout: 'fail' });
        applyRunEvent(run, waiting, T0);
        expect(run.steps[0]?.status).toBe('waiting');
        expect(formatRunEventLine(run, waiting, 0, T0)).toBe(`  +0.000s  approve  waiting for a signal until ${new Date(T0 + 60_000).toISOString()} (troupe run signal r1 approve [--payload JSON] [--reject])\n`);
        expect(formatProgressView(run, T0 + 10, 200)[2]).toMatch(/^approve\s+waiting\b/);
        const signalled = ev('step.signalled', 'approve', { approved: true, actor: 'ann', payload: { ok: 1 } });
        applyRunEvent(run, signalled, T0 + 20);
        expect(formatRunEventLine(run, signalled, 20, T0 + 20)).toBe('  +0.020s  approve  approved by ann\n');
        const completed = ev('step.completed', 'approve', { approved: true, actor: 'ann' });
        applyRunEvent(run, completed, T0 + 20);
        expect(formatRunEventLine(run, completed, 20, T0 + 20)).toBe('  +0.020s  approve  succeeded: approved by ann\n');
        const rejected = ev('step.signalled', 'approve', { approved: false, actor: 'bob', payload: null });
        expect(formatRunEventLine(run, rejected, 30, T0 + 30)).toBe('  +0.030s  approve  rejected by bob\n');
    });
    it('shows a retrying step, then counts for_each items and streamed audio', () => {
        const { run, lines, feed } = walk();
        expect(stepNote(run.steps[0], T0 + 100)).toBe('retrying at 12:00:00.400 (in 300ms) · last: UNAVAILABLE: down');
        applyRunEvent(run, ev('step.retrying', 'fetch', { retryAt: T0 + 400, capability: 'web.simple' }), T0 + 100);
        expect(stepNote(run.steps[0], T0 + 100)).toBe('retrying at 12:00:00.400 (in 300ms) with fallback web.simple · last: UNAVAILABLE: down');
        expect(formatRunEventLine(run, ev('step.retrying', 'fetch', { retryAt: T0 + 400, capability: 'web.simple' }), 100, T0 + 100)).toBe('  +0.100s  fetch  retrying at 12:00:00.400 (in 300ms) with fallback web.simple\n');
        const view = formatProgressView(run, T0 + 100, 200);
        expect(view[0]).toBe('run r1 · podcast · running · 100ms');
        expect(view[2]).toMatch(/^fetch\s+retrying\s+1\s+web-1\s+99ms\s+retrying at 12:00:00\.400/);
        expect(view[3]).toMatch(/^speak\s+pending\s+0\s+-\s+-$/);
        feed(ev('attempt.started', 'fetch', { taskId: `${RUN}.fetch`, attempt: 2, instanceId: 'web-2', capability: 'web.fetch' }), 400);
        feed(ev('step.completed', 'fetch', { attempts: 2, warnings: [] }), 450);
        expect(lines.at(-1)).toBe('  +0.450s  fetch  succeeded after 2 attempts in 449ms\n');
        feed(ev('step.started', 'speak', { taskId: `${RUN}.speak`, capability: 'tts' }), 460);
        feed(ev('chunk', 'speak', {}, { sequence: 0, contentType: pcm, data: Buffer.alloc(2400), durationMs: 0, traceparent: '' }), 470);
        feed(ev('chunk', 'speak', {}, { sequence: 1, contentType: pcm, data: Buffer.alloc(800), durationMs: 50, traceparent: '' }), 480);
        expect(lines.at(-1)).toBe('  +0.480s  speak  chunk #1  800 B  audio/L16  50.0 ms\n');
        feed(ev('step.progress', 'speak', { fraction: 0.5, message: 'sentence 2' }), 485);
        expect(lines.at(-1)).toBe('  +0.485s  speak  progress  50%  sentence 2\n');
        expect(stepNote(run.steps[1], T0 + 490)).toBe('2 chunks · 0.2 s audio · 50% sentence 2');
        feed(ev('step.started', 'each', { items: 20, concurrency: 4, capability: 'wb.item' }), 500);
        expect(lines.at(-1)).toBe('  +0.500s  each   started: wb.item over 20 items, 4 at once\n');
        feed(ev('attempt.started', 'each', { taskId: `${RUN}.each.3`, attempt: 1, instanceId: 'w-1', capability: 'wb.item' }), 501);
        expect(lines.at(-1)).toBe('  +0.501s  each   item 3 attempt 1 on w-1 (wb.item)\n');
        for (let i = 0; i < 7; i++)
            feed(ev('step.item_done', 'each', { index: i, total: 20 }), 510 + i);
        expect(lines.at(-1)).toBe('  +0.516s  each   item 6 done (7/20)\n');
        expect(stepNote(run.steps[2], T0 + 520)).toBe('items 7/20');
        feed(ev('step.failed', 'each', { error: 'item 9: boom', tolerated: false }), 600);
        feed(ev('task.dead_lettered', 'each', { taskId: `${RUN}.each.9` }), 601);
        expect(lines.at(-1)).toBe(`  +0.601s  each   task ${RUN}.each.9 dead-lettered (troupe dlq --run ${RUN})\n`);
        feed(ev('run.failed', '', { status: 'failed', error: 'step each failed: item 9: boom', warnings: [] }), 700);
        expect(lines.at(-1)).toBe('  +0.700s  run failed after 700ms: step each failed: item 9: boom\n');
        expect(run.status).toBe('failed');
        expect(run.error).toBe('step each failed: item 9: boom');
        const final = formatProgressView(run, T0 + 5000, 200, false);
        expect(final[0]).toBe('podcast · failed · 700ms');
        expect(final[4]).toMatch(/^each\s+failed\s+1 \(20 items\)\s+w-1\s+100ms\s+items 7\/20 · item 9: boom$/);
    });
    it('takes exact statuses, attempts and durations from the report at the end', () => {
        const { run } = walk();
        syncWithReport(run, { ...report, steps: [{ id: 'fetch', status: 'succeeded', attempts: 2, taskIds: [], warnings: ['used fallback capability x'], startedAt: 1, endedAt: 301,
                    tasks: [{ taskId: `${RUN}.fetch`, attempts: [
                                { attempt: 1, instanceId: 'web-1', capability: 'web.fetch', startedAt: 1, endedAt: 10, outcome: 'failed', code: 14, message: 'down' },
                                { attempt: 2, instanceId: 'x-1', capability: 'x', startedAt: 200, endedAt: 301, outcome: 'succeeded' },
                            ] }] }] });
        expect(run.status).toBe('completed');
        expect(run.steps[0]).toMatchObject({ status: 'succeeded', attempts: 2, instance: 'x-1', startedAt: 1, endedAt: 301 });
        expect(formatProgressView(run, T0, 200)[2]).toMatch(/^fetch\s+succeeded\s+2\s+x-1\s+300ms\s+used fallback capability x$/);
    });
    it('says items and attempts apart for a for_each step, and sums up a streamed step in one line', () => {
        const { run, feed, lines } = walk();
        feed(ev('step.started', 'each', { items: 3, concurrency: 3, capability: 'wb.item' }), 500);
        for (let i = 0; i < 3; i++)
            feed(ev('attempt.started', 'each', { taskId: `${RUN}.each.${i}`, attempt: 1, instanceId: 'w-1', capability: 'wb.item' }), 501);
        for (let i = 0; i < 3; i++)
            feed(ev('step.item_done', 'each', { index: i, total: 3 }), 510 + i);
        feed(ev('step.completed', 'each', { attempts: 3, warnings: [] }), 600);
        expect(lines.at(-1)).toBe('  +0.600s  each   succeeded: 3/3 items, 3 attempts in 100ms\n');
        expect(formatProgressView(run, T0 + 600, 200)[4]).toMatch(/^each\s+succeeded\s+3 \(3 items\)\s+w-1\s+/);
        expect(formatStreamSummaryLine(run, 'each', 600)).toBeUndefined();
        feed(ev('step.started', 'speak', { taskId: `${RUN}.speak`, capability: 'tts' }), 610);
        for (let i = 0; i < 4; i++)
            feed(ev('chunk', 'speak', {}, { sequence: i, contentType: pcm, data: Buffer.alloc(1600), durationMs: 0, traceparent: '' }), 620 + i);
        expect(formatStreamSummaryLine(run, 'speak', 700)).toBe('  +0.700s  speak  streamed 4 chunks · 0.4 s audio/L16 · 6.4 kB\n');
    });
    it('shows a step closed by a cancel as cancelled, with the reason', () => {
        const { run, feed, lines } = walk();
        feed(ev('step.started', 'speak', { taskId: `${RUN}.speak`, capability: 'tts' }), 100);
        feed(ev('step.cancelled', 'speak', { reason: 'run cancelled: changed my mind' }), 200);
        expect(lines.at(-1)).toBe('  +0.200s  speak  cancelled: run cancelled: changed my mind\n');
        expect(run.steps[1]).toMatchObject({ status: 'cancelled', reason: 'run cancelled: changed my mind' });
        expect(formatProgressView(run, T0 + 200, 200)[3]).toMatch(/^speak\s+cancelled\s+0\s+-\s+100ms\s+run cancelled: changed my mind$/);
    });
    it('cuts every line of the view to the terminal width', () => {
        const { run } = walk();
        for (const line of formatProgressView(run, T0 + 100, 40))
            expect(line.length).toBeLessThanOrEqual(40);
    });
    it('turns chunk events into JSON without their bytes', () => {
        expect(watchEventToJson(ev('chunk', 's', {}, { sequence: 2, contentType: pcm, data: Buffer.alloc(10), durationMs: 1, traceparent: 't' }))).toEqual({
            type: 'chunk', stepId: 's', detail: {}, chunk: { sequence: 2, contentType: pcm, durationMs: 1, traceparent: 't', bytes: 10 },
        });
    });
});
describe('LiveView', () => {
    it('redraws the block in place and restores the cursor', () => {
        let out = '';
        const view = new LiveView({ write: (s) => (out += s) });
        view.draw(['a', 'b']);
        view.draw(['c', 'd', 'e']);
        view.end(['f']);
        view.draw(['ignored']);
        expect(out).toBe(`${HIDE_CURSOR}a\nb\n${cursorUp(2)}${CLEAR_DOWN}c\nd\ne\n${cursorUp(3)}${CLEAR_DOWN}f\n${SHOW_CURSOR}`);
        expect(cursorUp(2)).toBe('\x1b[2A\r');
    });
    it('treats only a TTY that is not TERM=dumb as interactive', () => {
        expect(isInteractive({ write: () => 0 }, {})).toBe(false);
        expect(isInteractive(Object.assign({ write: () => 0 }, { isTTY: true }), {})).toBe(true);
        expect(isInteractive(Object.assign({ write: () => 0 }, { isTTY: true }), { TERM: 'dumb' })).toBe(false);
    });
});
describe('tables', () => {
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);
    it('lists runs with duration, running time so far and errors', () => {
        const runs = [
            { runId: 'r2', workflow: 'podcast', status: 'running', createdAt: now - 12_000, endedAt: null, error: null },
            { runId: 'r1', workflow: 'failing', status: 'failed', createdAt: now - 120_000, endedAt: now - 118_750, error: 'step x failed: ' + 'e'.repeat(100) },
        ];
        const lines = formatRunsTable(runs, now).split('\n');
        expect(lines[0]).toMatch(/^RUN\s+WORKFLOW\s+STATUS\s+CREATED\s+DURATION\s+ERROR$/);
        expect(lines[1]).toMatch(/^r2\s+podcast\s+running\s+12s ago\s+12\.00s so far\s+-$/);
        expect(lines[2]).toMatch(/^r1\s+failing\s+failed\s+2m ago\s+1\.25s\s+step x failed: e+…$/);
        expect(formatRunsTable([], now)).toBe('no runs\n');
    });
    it('lists dead letters by run and step, with the item of a for_each task', () => {
        const records = [
            { taskId: 'run-9.extra', runId: 'run-9', stepId: 'extra', capability: 'wb.broken', input: {}, failedAt: now - 3000, reason: '2 attempt(s) failed; last: UNAVAILABLE: always down',
                attempts: [{ instanceId: 'b-1', code: 14, message: 'always down', at: now - 3100 }, { instanceId: 'b-1', code: 14, message: 'always down', at: now - 3000 }] },
        ];
        const lines = formatDeadLetterTable(records, now).split('\n');
        expect(lines[0]).toMatch(/^RUN\s+STEP\s+CAPABILITY\s+ATTEMPTS\s+FAILED AT\s+REASON$/);
        expect(lines[1]).toMatch(/^run-9\s+extra\s+wb\.broken\s+2\s+3\.0s ago\s+2 attempt\(s\) failed; last: UNAVAILABLE: always down$/);
        expect(lines.join('\n')).not.toContain('…');
        expect(deadLetterStep({ taskId: 'run-9.each.3', runId: 'run-9', stepId: 'each' })).toBe('each, item 3');
        expect(deadLetterStep({ taskId: 't-1', runId: undefined, stepId: undefined })).toBe('task t-1');
        expect(formatDeadLetterTable([], now)).toBe('no dead letters\n');
    });
    it('lists workflows with their step counts', () => {
        const workflows = [{ name: 'podcast', version: 2, registeredAt: now - 5000, definition: { steps: [{}, {}, {}], description: 'Harvest, weave, forge' } }];
        const lines = formatWorkflowTable(workflows, now).split('\n');
        expect(lines[0]).toMatch(/^NAME\s+VERSION\s+STEPS\s+REGISTERED\s+DESCRIPTION$/);
        expect(lines[1]).toMatch(/^podcast\s+v2\s+3\s+5\.0s ago\s+Harvest, weave, forge$/);
        expect(formatWorkflowTable([], now)).toContain('troupe workflow register');
    });
    it('lists the problems of an invalid definition one per line', () => {
        const message = 'the workflow definition has 2 problem(s):\n  - steps[0].capability: unknown capability "x"\n  - cycle: a → b → a';
        expect(formatDefinitionProblems('wf.yaml', message)).toBe('wf.yaml: 2 problems:\n  - steps[0].capability: unknown capability "x"\n  - cycle: a → b → a\n');
        expect(formatDefinitionProblems('wf.yaml', 'definition is required')).toBe('wf.yaml: definition is required\n');
    });
});
describe('a retried stream in `troupe run --watch`', () => {
    it('prints the restart (who takes over, from which chunk, how) and the attempt of later chunks', () => {
        const run = newRunProgress(RUN, 'podcast', '', ['speak'], T0);
        const pcm = 'audio/L16;rate=8000;channels=1;endian=little';
        const restart = {
            type: 'stream.restarted',
            stepId: 'speak',
            detail: {},
            attempt: 2,
            restart: { taskId: `${RUN}.speak`, failedAttempt: 1, attempt: 2, resumeFromSequence: 8, mode: 'resumed', instanceId: 'voice-2' },
        };
        const chunk = { type: 'chunk', stepId: 'speak', detail: null, attempt: 2, chunk: { sequence: 8, contentType: pcm, data: Buffer.alloc(800), durationMs: 50, traceparent: '' } };
        for (const e of [restart, chunk])
            applyRunEvent(run, e, T0 + 10);
        expect(formatRunEventLine(run, restart, 10, T0 + 10)).toBe('  +0.010s  speak  stream restarted: attempt 2 on voice-2 takes over from attempt 1 at chunk #8 (resumed)\n');
        expect(formatRunEventLine(run, chunk, 11, T0 + 11)).toBe('  +0.011s  speak  chunk #8  800 B  audio/L16  50.0 ms  (attempt 2)\n');
        expect(watchEventToJson(chunk)).toMatchObject({ attempt: 2, chunk: { sequence: 8, bytes: 800 } });
    });
});
//# sourceMappingURL=cli-runs-format.test.js.map