/**
 * The run machine, walked from its own transition table: every row is driven
 * and checked, every (state, event) pair that is not a row is tried and must be
 * refused and logged; then scenarios, snapshot round-trips and properties.
 * Time moves only through SimulatedClock.
 */
import fc from 'fast-check';
import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { sendChecked } from '../../src/orchestrator/machines/checked-send.js';
import { reArmRunDeadline, RUN_EVENTS, RUN_STATES, RUN_TRANSITIONS as TABLE, runMachine, runReport, runState, } from '../../src/orchestrator/machines/run.machine.js';
import { legalEventsFrom, pathOf, stateNodes } from '../../src/orchestrator/machines/transition-table.js';
const DEADLINE = 60_000;
const INPUT = { runId: 'run-1', workflow: 'podcast', stepIds: ['script', 'voice', 'mix'], deadlineAt: DEADLINE, priority: 3, createdAt: 0 };
function start(input = INPUT) {
    const clock = new SimulatedClock();
    return { clock, actor: createActor(runMachine, { input, clock }).start() };
}
const snap = (h) => h.actor.getSnapshot();
const stepOf = (h, id) => snap(h).context.steps[id];
const at = (h) => h.clock.now();
const begin = (h) => ({ type: 'START', at: at(h) });
const stepStarted = (stepId, taskId = `${stepId}-t1`, items) => (h) => ({ type: 'STEP_STARTED', at: at(h), stepId, taskId, ...(items === undefined ? {} : { items }) });
const stepSucceeded = (stepId, output = `${stepId}-out`) => (h) => ({ type: 'STEP_SUCCEEDED', at: at(h), stepId, output });
const stepFailed = (stepId, tolerated) => (h) => ({ type: 'STEP_FAILED', at: at(h), stepId, error: 'agent error', tolerated, attempts: 3 });
const stepSkipped = (stepId) => (h) => ({ type: 'STEP_SKIPPED', at: at(h), stepId, reason: 'condition false' });
const stepRecovered = (stepId, strategy, output = { text: '' }) => (h) => ({ type: 'STEP_RECOVERED', at: at(h), stepId, strategy, error: 'agent error', output, attempts: 2, warnings: [`recovered by ${strategy}`] });
const stepWaiting = (stepId, until) => (h) => ({ type: 'STEP_WAITING', at: at(h), stepId, ...(until === undefined ? {} : { until }) });
const stepSignalled = (stepId, output = { approved_by: 'ann' }) => (h) => ({ type: 'STEP_SIGNALLED', at: at(h), stepId, output });
const itemDone = (stepId) => (h) => ({ type: 'ITEM_DONE', at: at(h), stepId });
const complete = (h) => ({ type: 'COMPLETE', at: at(h), output: { mp3: 'x' }, warnings: ['slow'] });
const fail = (h) => ({ type: 'FAIL', at: at(h), error: 'step voice failed' });
const cancel = (h) => ({ type: 'CANCEL', at: at(h), reason: 'user' });
const deadline = () => ({ type: 'DEADLINE', at: DEADLINE });
const send = (e) => (h) => h.actor.send(e(h));
const wait = (ms) => (h) => h.clock.increment(ms);
const run = (h, steps) => steps.forEach((s) => s(h));
const finishStep = (id) => [send(stepStarted(id)), send(stepSucceeded(id))];
/** voice as a for_each step over two items, both started. */
const forEachVoice = [send(stepStarted('voice', 'voice-t1', 2)), send(stepStarted('voice', 'voice-t2'))];
const PATHS = {
    pending: [],
    running: [send(begin)],
    completed: [send(begin), ...finishStep('script'), ...finishStep('voice'), ...finishStep('mix'), send(complete)],
    failed: [send(fail)],
    cancelled: [send(cancel)],
};
const CASES = {
    START: { event: begin, check: (h) => expect(snap(h).context.startedAt).toBe(0) },
    FAIL: { event: fail, check: (h) => expect(runReport(snap(h)).error).toBe('step voice failed') },
    CANCEL: { event: cancel, check: (h) => expect(snap(h).context.cancelReason).toBe('user') },
    'DEADLINE [deadlinePassed]': { event: deadline, check: (h) => expect(snap(h).context.error).toBe('deadline exceeded') },
    'STEP_STARTED [stepPending]': { event: stepStarted('script'), check: (h) => expect(stepOf(h, 'script')).toMatchObject({ status: 'running', taskIds: ['script-t1'], attempts: 1 }) },
    'STEP_STARTED [itemTaskJoining]': {
        prepare: [send(stepStarted('voice', 'voice-t1', 2))],
        event: stepStarted('voice', 'voice-t2'),
        check: (h) => expect(stepOf(h, 'voice')).toMatchObject({ taskIds: ['voice-t1', 'voice-t2'], items: { total: 2, done: 0 } }),
    },
    'ITEM_DONE [itemInFlight]': { prepare: forEachVoice, event: itemDone('voice'), check: (h) => expect(stepOf(h, 'voice')?.items).toEqual({ total: 2, done: 1 }) },
    'STEP_SUCCEEDED [stepCanSucceed]': { prepare: [send(stepStarted('script'))], event: stepSucceeded('script'), check: (h) => expect(stepOf(h, 'script')).toMatchObject({ status: 'succeeded', output: 'script-out' }) },
    'STEP_FAILED [stepRunning]': { prepare: [send(stepStarted('script'))], event: stepFailed('script', false), check: (h) => expect(stepOf(h, 'script')).toMatchObject({ status: 'failed', tolerated: false, attempts: 3 }) },
    'STEP_RECOVERED [stepRunning]': {
        prepare: [send(stepStarted('script'))],
        event: stepRecovered('script', 'use'),
        check: (h) => expect(stepOf(h, 'script')).toEqual({
            status: 'recovered', recovery: 'use', error: 'agent error', output: { text: '' }, attempts: 2,
            taskIds: ['script-t1'], startedAt: 0, endedAt: 0, warnings: ['recovered by use'],
        }),
    },
    'STEP_WAITING [stepPending]': { event: stepWaiting('mix', 5000), check: (h) => expect(stepOf(h, 'mix')).toEqual({ status: 'waiting', startedAt: 0, waitUntil: 5000, attempts: 0, taskIds: [], warnings: [] }) },
    'STEP_SIGNALLED [stepWaiting]': {
        prepare: [send(stepWaiting('mix'))],
        event: stepSignalled('mix'),
        check: (h) => expect(stepOf(h, 'mix')).toMatchObject({ status: 'succeeded', approved: true, output: { approved_by: 'ann' }, startedAt: 0, endedAt: 0 }),
    },
    'STEP_FAILED [stepWaiting]': {
        prepare: [send(stepWaiting('mix'))],
        event: (h) => ({ type: 'STEP_FAILED', at: at(h), stepId: 'mix', error: 'rejected', tolerated: false, approved: false }),
        check: (h) => expect(stepOf(h, 'mix')).toMatchObject({ status: 'failed', error: 'rejected', approved: false }),
    },
    'STEP_SKIPPED [stepWaiting]': { prepare: [send(stepWaiting('mix'))], event: stepSkipped('mix'), check: (h) => expect(stepOf(h, 'mix')).toMatchObject({ status: 'skipped', skipReason: 'condition false' }) },
    'STEP_RECOVERED [stepWaiting]': {
        prepare: [send(stepWaiting('mix'))],
        event: stepRecovered('mix', 'use', { approved: false }),
        check: (h) => expect(stepOf(h, 'mix')).toMatchObject({ status: 'recovered', recovery: 'use', output: { approved: false } }),
    },
    'STEP_SKIPPED [stepPending]': { event: stepSkipped('mix'), check: (h) => expect(stepOf(h, 'mix')).toMatchObject({ status: 'skipped', skipReason: 'condition false' }) },
    'COMPLETE [allStepsSettled]': {
        prepare: [...finishStep('script'), send(stepStarted('voice')), send(stepFailed('voice', true)), send(stepSkipped('mix'))],
        event: complete,
        check: (h) => expect(runReport(snap(h))).toMatchObject({ status: 'completed', output: { mp3: 'x' }, warnings: ['slow'] }),
    },
};
/** The deadline timer only raises DEADLINE, which fails the run. */
const TIMERS = {
    'pending after runDeadline [hasDeadline]': { delayMs: DEADLINE, effective: 'failed' },
    'running after runDeadline [hasDeadline]': { delayMs: DEADLINE, effective: 'failed' },
};
const label = (r) => (r.guard === undefined ? r.event : `${r.event} [${r.guard}]`);
const rowKey = (r) => `${r.from} ${label(r)}`;
describe('run transition table', () => {
    it('has a test plan for every row (add one to CASES/TIMERS for a new transition)', () => {
        const planned = TABLE.filter((r) => (r.event.startsWith('after ') ? TIMERS[rowKey(r)] : CASES[label(r)]) !== undefined);
        expect(planned.map(rowKey)).toEqual(TABLE.map(rowKey));
        const used = new Set(TABLE.flatMap((r) => [rowKey(r), label(r)]));
        expect([...Object.keys(CASES), ...Object.keys(TIMERS)].filter((k) => !used.has(k))).toEqual([]);
    });
    it.each(TABLE.map((r) => [rowKey(r), r]))('%s', (_key, row) => {
        const h = start();
        run(h, PATHS[row.from] ?? []);
        const timer = TIMERS[rowKey(row)];
        if (timer !== undefined) {
            h.clock.increment(timer.delayMs - 1);
            expect(runState(snap(h))).toBe(row.from);
            h.clock.increment(1);
            expect(runState(snap(h))).toBe(timer.effective);
            return;
        }
        const c = CASES[label(row)];
        if (c === undefined)
            throw new Error(`no test plan for row ${rowKey(row)}`);
        run(h, c.prepare ?? []);
        const before = snap(h);
        expect(runState(before)).toBe(row.from);
        h.actor.send(c.event(h));
        expect(runState(snap(h))).toBe(row.to[0] ?? row.from);
        if (row.to.length === 0)
            expect(snap(h).context).not.toEqual(before.context);
        c.check?.(h);
    });
});
const LEAVES = stateNodes(runMachine.root).filter((n) => n.type === 'atomic' || n.type === 'final').map(pathOf);
const ILLEGAL = LEAVES.flatMap((leaf) => RUN_EVENTS.filter((type) => !legalEventsFrom(TABLE, leaf).includes(type)).map((type) => [leaf, type]));
const ANY_EVENT = {
    START: begin,
    STEP_STARTED: stepStarted('mix'),
    STEP_SUCCEEDED: stepSucceeded('mix'),
    STEP_FAILED: stepFailed('mix', true),
    STEP_SKIPPED: stepSkipped('mix'),
    STEP_RECOVERED: stepRecovered('mix', 'skip'),
    STEP_WAITING: stepWaiting('mix'),
    STEP_SIGNALLED: stepSignalled('mix'),
    ITEM_DONE: itemDone('mix'),
    COMPLETE: complete,
    FAIL: fail,
    CANCEL: cancel,
    DEADLINE: deadline,
};
/** Events of a legal type whose guard refuses them, from running after `prepare`. */
const GUARDED = [
    ['STEP_STARTED of an unknown step', [], stepStarted('encore')],
    ['STEP_STARTED of a prototype key', [], stepStarted('constructor')],
    ['STEP_STARTED twice', [send(stepStarted('script'))], stepStarted('script', 'script-t2')],
    ['STEP_STARTED of a finished step', finishStep('script'), stepStarted('script', 'script-t2')],
    ['STEP_STARTED of a third item task of two', forEachVoice, stepStarted('voice', 'voice-t3')],
    ['STEP_STARTED of an item task already started', [send(stepStarted('voice', 'voice-t1', 2))], stepStarted('voice', 'voice-t1')],
    ['STEP_SUCCEEDED of a pending step', [], stepSucceeded('script')],
    ['STEP_SUCCEEDED of a for_each step with items outstanding', [...forEachVoice, send(itemDone('voice'))], stepSucceeded('voice')],
    ['STEP_FAILED of a pending step', [], stepFailed('script', true)],
    ['STEP_SKIPPED of a running step', [send(stepStarted('script'))], stepSkipped('script')],
    ['STEP_RECOVERED of a pending step', [], stepRecovered('script', 'skip')],
    ['STEP_RECOVERED of a succeeded step', finishStep('script'), stepRecovered('script', 'use')],
    ['STEP_RECOVERED of a failed step', [send(stepStarted('script')), send(stepFailed('script', true))], stepRecovered('script', 'use')],
    ['STEP_WAITING of a running step', [send(stepStarted('script'))], stepWaiting('script')],
    ['STEP_WAITING twice', [send(stepWaiting('script'))], stepWaiting('script')],
    ['STEP_SIGNALLED of a pending step', [], stepSignalled('script')],
    ['STEP_SIGNALLED of a running step', [send(stepStarted('script'))], stepSignalled('script')],
    ['STEP_SIGNALLED of a signalled step', [send(stepWaiting('script')), send(stepSignalled('script'))], stepSignalled('script')],
    ['STEP_SUCCEEDED of a waiting step', [send(stepWaiting('script'))], stepSucceeded('script')],
    ['ITEM_DONE of a waiting step', [send(stepWaiting('script'))], itemDone('script')],
    ['ITEM_DONE of a plain step', [send(stepStarted('script'))], itemDone('script')],
    ['ITEM_DONE beyond the items started', [send(stepStarted('voice', 'voice-t1', 2)), send(itemDone('voice'))], itemDone('voice')],
    ['COMPLETE with steps pending', finishStep('script'), complete],
    ['COMPLETE after an untolerated failure', [...finishStep('script'), send(stepStarted('voice')), send(stepFailed('voice', false)), send(stepSkipped('mix'))], complete],
    ['DEADLINE before the deadline', [], () => ({ type: 'DEADLINE', at: DEADLINE - 1 })],
];
function memoryLogger() {
    const entries = [];
    return { entries, warn: (obj, msg) => void entries.push({ obj, msg }) };
}
function expectRefused(h, event) {
    const before = snap(h);
    const logger = memoryLogger();
    expect(sendChecked(h.actor, event, { machine: 'run', id: 'run-1', logger })).toBe(false);
    expect(snap(h).value).toBe(before.value);
    expect(snap(h).context).toEqual(before.context);
    expect(logger.entries).toEqual([
        { msg: 'illegal transition refused', obj: { machine: 'run', id: 'run-1', state: JSON.stringify(before.value), event: event.type } },
    ]);
}
describe('run illegal events', () => {
    it('covers the obvious refusals', () => {
        expect(ILLEGAL.map(([l, t]) => `${l} ${t}`)).toEqual(expect.arrayContaining(['pending STEP_STARTED', 'running START', 'cancelled STEP_STARTED', 'completed CANCEL']));
    });
    it.each(ILLEGAL)('%s refuses %s', (leaf, type) => {
        const h = start();
        run(h, PATHS[leaf] ?? []);
        expectRefused(h, ANY_EVENT[type](h));
    });
    it.each(GUARDED)('running refuses %s', (_what, prepare, event) => {
        const h = start();
        run(h, [send(begin), ...prepare]);
        expectRefused(h, event(h));
    });
});
describe('run scenarios', () => {
    it('reports every step: tasks, attempts, timings, status, warnings, output; the report is plain JSON', () => {
        const h = start();
        run(h, [wait(5), send(begin), send(stepStarted('script')), wait(100)]);
        h.actor.send({ type: 'STEP_SUCCEEDED', at: at(h), stepId: 'script', output: { text: 'hi' }, attempts: 2, warnings: ['retried'] });
        run(h, [...forEachVoice, wait(50), send(itemDone('voice')), send(itemDone('voice')), send(stepSucceeded('voice', ['a.wav', 'b.wav']))]);
        run(h, [send(stepStarted('mix')), wait(10), send(stepFailed('mix', true)), send(complete)]);
        const report = runReport(snap(h));
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        expect(report).toEqual({
            runId: 'run-1', workflow: 'podcast', priority: 3, status: 'completed',
            createdAt: 0, startedAt: 5, endedAt: 165, durationMs: 160, deadlineAt: DEADLINE,
            output: { mp3: 'x' }, warnings: ['slow'],
            steps: [
                { id: 'script', status: 'succeeded', attempts: 2, taskIds: ['script-t1'], startedAt: 5, endedAt: 105, durationMs: 100, output: { text: 'hi' }, warnings: ['retried'] },
                { id: 'voice', status: 'succeeded', attempts: 2, taskIds: ['voice-t1', 'voice-t2'], startedAt: 105, endedAt: 155, durationMs: 50, output: ['a.wav', 'b.wav'], warnings: [], items: { total: 2, done: 2 } },
                { id: 'mix', status: 'failed', attempts: 3, taskIds: ['mix-t1'], startedAt: 155, endedAt: 165, durationMs: 10, error: 'agent error', tolerated: true, warnings: [] },
            ],
        });
    });
    it('a recovered step settles: skip ends skipped with its default output, use ends recovered; both keep the error', () => {
        const h = start();
        run(h, [send(begin), send(stepStarted('script')), wait(7), send(stepRecovered('script', 'skip', { text: 'default' }))]);
        run(h, [send(stepStarted('voice')), send(stepRecovered('voice', 'use', ['a.wav'])), ...finishStep('mix')]);
        expect(runReport(snap(h)).steps.slice(0, 2)).toEqual([
            {
                id: 'script', status: 'skipped', recovery: 'skip', error: 'agent error', skipReason: 'failed, skipped by on_failure: agent error',
                output: { text: 'default' }, attempts: 2, taskIds: ['script-t1'], startedAt: 0, endedAt: 7, durationMs: 7, warnings: ['recovered by skip'],
            },
            {
                id: 'voice', status: 'recovered', recovery: 'use', error: 'agent error', output: ['a.wav'], attempts: 2,
                taskIds: ['voice-t1'], startedAt: 7, endedAt: 7, durationMs: 0, warnings: ['recovered by use'],
            },
        ]);
        h.actor.send(complete(h));
        expect(runState(snap(h))).toBe('completed');
        // Kept through a persisted snapshot, as a resumed run needs.
        expect(restore(h).actor.getSnapshot().context.steps['voice']).toMatchObject({ status: 'recovered', output: ['a.wav'], recovery: 'use' });
    });
    it.each([
        ['CANCEL', cancel, 'cancelled', 'cancelled', 'run cancelled: user'],
        ['FAIL', fail, 'failed', 'failed', 'run failed: step voice failed'],
    ])('%s closes the open steps: running ones end as %s, pending ones are skipped', (_type, event, state, running, why) => {
        const h = start();
        run(h, [send(begin), ...finishStep('script'), send(stepStarted('voice')), wait(3), send(event)]);
        expect(runState(snap(h))).toBe(state);
        const steps = runReport(snap(h)).steps.map((s) => [s.id, s.status, s.error ?? s.skipReason ?? null]);
        expect(steps).toEqual([['script', 'succeeded', null], ['voice', running, why], ['mix', 'skipped', why]]);
        expectRefused(h, stepStarted('mix')(h));
    });
    it('fails by itself at the deadline on the clock, and never without one', () => {
        const h = start();
        run(h, [send(begin), wait(DEADLINE - 1)]);
        expect(runState(snap(h))).toBe('running');
        h.clock.increment(1);
        expect(runReport(snap(h))).toMatchObject({ status: 'failed', error: 'deadline exceeded', endedAt: DEADLINE });
        const free = start({ ...INPUT, deadlineAt: undefined });
        run(free, [send(begin), wait(2 ** 31), wait(2 ** 31)]);
        expect(runState(snap(free))).toBe('running');
        expect(reArmRunDeadline(snap(free), 0)).toEqual([]);
    });
    it('a deadline beyond the longest timer re-arms instead of firing early', () => {
        const far = 3 * 2 ** 31;
        const h = start({ ...INPUT, deadlineAt: far });
        run(h, [send(begin), wait(2 ** 31), wait(2 ** 31)]);
        expect(runState(snap(h))).toBe('running');
        h.clock.set(far);
        expect(runState(snap(h))).toBe('failed');
    });
});
const roundTrip = (s) => JSON.parse(JSON.stringify(s));
function restore(h) {
    const clock = new SimulatedClock();
    clock.set(h.clock.now());
    const snapshot = roundTrip(h.actor.getPersistedSnapshot());
    // XState's types want `input` even with a snapshot; it is ignored (the context comes from the snapshot).
    return { clock, actor: createActor(runMachine, { snapshot, clock, input: { ...INPUT, runId: 'ignored' } }).start() };
}
describe('run snapshots', () => {
    it.each([
        ['pending', [], [send(begin), ...forEachVoice]],
        ['running', [send(begin), ...forEachVoice, send(itemDone('voice'))], []],
    ])('round-trips through JSON from %s and runs to completion', (state, path, more) => {
        const h = start();
        run(h, [wait(10), ...path]);
        const persisted = roundTrip(h.actor.getPersistedSnapshot());
        const r = restore(h);
        h.actor.stop();
        expect(runState(snap(r))).toBe(state);
        expect(snap(r).context.runId).toBe('run-1');
        expect(roundTrip(r.actor.getPersistedSnapshot())).toEqual(persisted);
        run(r, [...more, ...finishStep('script'), send(itemDone('voice')), send(itemDone('voice'))]);
        run(r, [send(stepSucceeded('voice')), send(stepSkipped('mix')), send(complete)]);
        expect(runReport(snap(r)).status).toBe('completed');
    });
    it('reArmRunDeadline reports the deadline a restored run waits for, which XState does not re-arm', () => {
        const h = start();
        run(h, [send(begin)]);
        const r = restore(h);
        expect(reArmRunDeadline(snap(r), 1)).toEqual([{ type: 'DEADLINE', dueAt: DEADLINE, overdue: false }]);
        r.clock.increment(2 * DEADLINE);
        expect(runState(snap(r))).toBe('running'); // xstate#4860
        const due = reArmRunDeadline(snap(r), r.clock.now());
        expect(due).toEqual([{ type: 'DEADLINE', dueAt: DEADLINE, overdue: true }]);
        for (const t of due)
            r.actor.send({ type: t.type, at: r.clock.now() });
        expect(runState(snap(r))).toBe('failed');
        expect(reArmRunDeadline(snap(r), r.clock.now())).toEqual([]);
    });
});
const STEP_IDS = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 6 });
const I = fc.integer({ min: 0, max: 6 }); // 6 may name no step
const CMD = fc.oneof({ arbitrary: fc.record({ k: fc.constant('stepStarted'), i: I, items: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), task: fc.integer({ min: 0, max: 3 }) }), weight: 20 }, { arbitrary: fc.record({ k: fc.constantFrom('succeed', 'item'), i: I }), weight: 20 }, { arbitrary: fc.record({ k: fc.constant('skip'), i: I }), weight: 3 }, { arbitrary: fc.record({ k: fc.constantFrom('wait', 'signal'), i: I }), weight: 4 }, { arbitrary: fc.record({ k: fc.constant('stepFailed'), i: I, tolerated: fc.boolean() }), weight: 5 }, { arbitrary: fc.record({ k: fc.constant('recover'), i: I, strategy: fc.constantFrom('skip', 'use') }), weight: 3 }, { arbitrary: fc.record({ k: fc.constantFrom('start', 'complete', 'deadline') }), weight: 4 }, { arbitrary: fc.record({ k: fc.constantFrom('fail', 'cancel') }), weight: 1 }, { arbitrary: fc.record({ k: fc.constant('tick'), ms: fc.integer({ min: 0, max: 20_000 }) }), weight: 4 });
function eventFor(h, ids, cmd) {
    const t = at(h);
    const stepId = 'i' in cmd ? ids[cmd.i] ?? 'nope' : '';
    switch (cmd.k) {
        case 'start': return { type: 'START', at: t };
        case 'complete': return { type: 'COMPLETE', at: t, output: null, warnings: [] };
        case 'fail': return { type: 'FAIL', at: t, error: 'x' };
        case 'cancel': return { type: 'CANCEL', at: t, reason: 'x' };
        case 'deadline': return { type: 'DEADLINE', at: t };
        case 'stepStarted': return { type: 'STEP_STARTED', at: t, stepId, taskId: `${stepId}-${cmd.task}`, ...(cmd.items === undefined ? {} : { items: cmd.items }) };
        case 'succeed': return { type: 'STEP_SUCCEEDED', at: t, stepId, output: stepId };
        case 'skip': return { type: 'STEP_SKIPPED', at: t, stepId, reason: 'x' };
        case 'item': return { type: 'ITEM_DONE', at: t, stepId };
        case 'wait': return { type: 'STEP_WAITING', at: t, stepId };
        case 'signal': return { type: 'STEP_SIGNALLED', at: t, stepId, output: stepId };
        case 'stepFailed': return { type: 'STEP_FAILED', at: t, stepId, error: 'x', tolerated: cmd.tolerated };
        case 'recover': return { type: 'STEP_RECOVERED', at: t, stepId, strategy: cmd.strategy, error: 'x', output: null };
    }
}
/** Step status moves one event may make (ending the run early included: running → failed, pending → skipped). */
const MOVES = {
    pending: ['pending', 'running', 'waiting', 'skipped'],
    waiting: ['waiting', 'succeeded', 'failed', 'skipped', 'recovered', 'cancelled'],
    running: ['running', 'succeeded', 'failed', 'skipped', 'recovered', 'cancelled'],
    succeeded: ['succeeded'],
    failed: ['failed'],
    skipped: ['skipped'],
    recovered: ['recovered'],
    cancelled: ['cancelled'],
};
/** The engine finishing a live run: every open step to success, then COMPLETE, or FAIL when a failure is not tolerated. */
function drain(h, ids) {
    const ok = (e) => expect(sendChecked(h.actor, e, { machine: 'run', id: 'p', logger: { warn: () => undefined } })).toBe(true);
    if (runState(snap(h)) === 'pending')
        ok(begin(h));
    for (const id of ids) {
        if (stepOf(h, id)?.status === 'pending')
            ok(stepStarted(id, `${id}-drain`)(h));
        if (stepOf(h, id)?.status === 'waiting') {
            ok(stepSignalled(id)(h));
            continue;
        }
        const step = stepOf(h, id);
        if (step?.status !== 'running')
            continue;
        for (let n = step.taskIds.length; n < (step.items?.total ?? 0); n++)
            ok(stepStarted(id, `${id}-drain-${n}`)(h));
        for (let n = step.items?.done ?? 0; n < (step.items?.total ?? 0); n++)
            ok(itemDone(id)(h));
        ok(stepSucceeded(id)(h));
    }
    const settled = Object.values(snap(h).context.steps).every((s) => s.status !== 'failed' || s.tolerated === true);
    ok(settled ? complete(h) : fail(h));
}
/** What one event did, checked against the invariants; throws naming the broken ones (cheaper than one `expect` each). */
function checkStep(ids, before, after, event, sent, cancelled) {
    const state = runState(after);
    const steps = ids.map((id) => [before.context.steps[id], after.context.steps[id]]);
    const broken = Object.entries({
        'a known state': RUN_STATES.includes(state),
        'done exactly in a final state': (after.status === 'done') === ['completed', 'failed', 'cancelled'].includes(state),
        'a final state never changes': before.status !== 'done' || (!sent && state === runState(before)),
        'no step starts after cancel': !(cancelled && event?.type === 'STEP_STARTED' && sent),
        'COMPLETE only when every step is settled': !(event?.type === 'COMPLETE' && sent) ||
            Object.values(before.context.steps).every((x) => x.status === 'succeeded' || x.status === 'skipped' || x.status === 'recovered' || x.tolerated === true),
        'steps only move forward': steps.every(([was, is]) => was !== undefined && is !== undefined && MOVES[was.status].includes(is.status)),
        'items done ≤ item tasks ≤ items': steps.every(([, is]) => is?.items === undefined || (is.items.done <= is.taskIds.length && is.taskIds.length <= is.items.total)),
        'no open step once done': after.status !== 'done' || Object.values(after.context.steps).every((x) => x.status !== 'pending' && x.status !== 'running' && x.status !== 'waiting'),
    }).filter(([, ok]) => !ok);
    if (broken.length > 0)
        throw new Error(`broken after ${event?.type ?? 'tick'} in ${state}: ${broken.map(([name]) => name).join(', ')}`);
}
describe('run properties', () => {
    it('ends in at most one terminal state, steps only move forward, no step starts after cancel', () => {
        fc.assert(fc.property(STEP_IDS, fc.integer({ min: 10_000, max: 400_000 }), fc.boolean(), fc.array(CMD, { minLength: 20, maxLength: 80, size: 'max' }), (ids, deadlineAt, started, cmds) => {
            const h = start({ ...INPUT, stepIds: ids, deadlineAt });
            if (started)
                h.actor.send(begin(h));
            const logger = { warn: () => undefined };
            let cancelled = false;
            for (const cmd of cmds) {
                const before = snap(h);
                let sent = false;
                let event;
                if (cmd.k === 'tick')
                    h.clock.increment(cmd.ms);
                else {
                    event = eventFor(h, ids, cmd);
                    sent = sendChecked(h.actor, event, { machine: 'run', id: 'p', logger });
                }
                if (event?.type === 'CANCEL' && sent)
                    cancelled = true;
                checkStep(ids, before, snap(h), event, sent, cancelled);
            }
            expect(JSON.parse(JSON.stringify(runReport(snap(h))))).toEqual(runReport(snap(h)));
            if (snap(h).status === 'active')
                drain(h, ids);
            expect(snap(h).status).toBe('done');
        }), { numRuns: 200 });
    });
});
//# sourceMappingURL=run.machine.test.js.map