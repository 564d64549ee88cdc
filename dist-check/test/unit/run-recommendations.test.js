/** Recommendations in a finished run's report: drawn from its metrics and recent runs of its workflow. */
import { describe, expect, it } from 'vitest';
import { recommendations } from '../../src/orchestrator/workflow/engine/run-recommendations.js';
const ok = (instanceId, capability = 'tts.voice', startedAt = 0) => ({ instanceId, capability, startedAt, outcome: 'succeeded' });
const bad = (instanceId, capability = 'tts.voice', startedAt = 0) => ({ instanceId, capability, startedAt, outcome: 'failed' });
function run(runId, steps, times = {}) {
    return { runId, status: 'completed', createdAt: 0, startedAt: 0, endedAt: 50, steps, ...times };
}
const step = (id, attempts, extra = {}) => ({
    id,
    status: 'succeeded',
    startedAt: 0,
    tasks: [{ attempts }],
    ...extra,
});
describe('recommendations', () => {
    it('says nothing about a run that went well', () => {
        expect(recommendations(run('r1', [step('voice', [ok('i1')])]), [])).toEqual([]);
    });
    it('names the instance a step failed on in several of the recent runs, counting runs, not attempts', () => {
        const current = run('r0', [step('voice', [bad('inst-a'), bad('inst-a'), ok('inst-b')])]);
        const recent = [
            run('r1', [step('voice', [bad('inst-a'), ok('inst-b')])]),
            run('r2', [step('voice', [ok('inst-b')])]),
            run('r3', [step('voice', [bad('inst-a'), ok('inst-a')])]),
            run('r4', [step('voice', [bad('inst-c'), ok('inst-a')])]),
        ];
        expect(recommendations(current, recent)).toEqual(['step voice failed in 3 of the last 5 runs on instance inst-a']);
        // One failure on an instance is not a pattern.
        expect(recommendations(current, [recent[1]])).toEqual([]);
    });
    it('looks at the last `window` runs only, this one included, and ignores runs still going', () => {
        const failing = (id) => run(id, [step('voice', [bad('inst-a'), ok('inst-b')])]);
        const recent = [run('r1', [step('voice', [ok('inst-b')])]), failing('r2'), failing('r3')];
        expect(recommendations(failing('r0'), recent, { window: 2 })).toEqual([]);
        expect(recommendations(failing('r0'), recent, { window: 3 })).toEqual(['step voice failed in 2 of the last 3 runs on instance inst-a']);
        const unfinished = { ...failing('r9'), status: 'running', endedAt: undefined };
        expect(recommendations(failing('r0'), [unfinished])).toEqual([]);
    });
    it('reports a fallback capability and an on_failure recovery, with how often they were needed lately', () => {
        const current = run('r0', [
            step('voice', [bad('i1'), bad('i1', 'tts.simple'), bad('i1', 'tts.simple')], { status: 'skipped', recovery: 'skip', error: 'voice down' }),
            step('weave', [bad('i1', 'script.weave')], { status: 'recovered', recovery: 'use', error: 'too long' }),
        ]);
        const recent = [run('r1', [step('voice', [bad('i2'), ok('i2', 'tts.simple')])])];
        expect(recommendations(current, recent, { minFailedRuns: 3 })).toEqual([
            'step voice failed and was skipped with its on_failure default output (in 1 of the last 2 runs): voice down',
            'step voice used its fallback capability tts.simple (in 2 of the last 2 runs)',
            'step weave failed and continued with its on_failure data (in 1 of the last 2 runs): too long',
        ]);
    });
    it('says when queue wait dominated: before the run started and before each plain step was dispatched', () => {
        const waiting = run('r0', [
            step('a', [ok('i1', 'x', 300)], { startedAt: 100 }), // waited 100..300 for an agent
            step('b', [ok('i1', 'x', 350)], { startedAt: 250 }), // overlaps a's wait: 300..350 counts once more
            step('c', [ok('i1', 'x', 900)], { startedAt: 450, items: { total: 3, done: 3 } }), // for_each: not counted
        ], { createdAt: 0, startedAt: 100, endedAt: 600 });
        expect(recommendations(waiting, [])).toEqual([
            'queue wait dominated (350 ms of 600 ms): runs waited for admission or for a free agent; add instances or raise their maxConcurrency',
        ]);
        expect(recommendations(waiting, [], { queueShare: 0.6 })).toEqual([]);
        // A very short run says nothing about its queue.
        expect(recommendations({ ...waiting, endedAt: 90, steps: [] }, [])).toEqual([]);
    });
    it('measures the queue from when the run was created, on a clock that does not start at 0', () => {
        const later = run('r0', [step('a', [ok('i1', 'x', 1300)], { startedAt: 1100 })], { createdAt: 1000, startedAt: 1100, endedAt: 1500 });
        expect(recommendations(later, [])).toEqual([
            'queue wait dominated (300 ms of 500 ms): runs waited for admission or for a free agent; add instances or raise their maxConcurrency',
        ]);
    });
});
//# sourceMappingURL=run-recommendations.test.js.map