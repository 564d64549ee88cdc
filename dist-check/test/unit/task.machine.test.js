/**
 * The task machine, walked from its own transition table: every row is driven
 * and checked, every (state, event) pair that is not a row is tried and must be
 * refused and logged; then scenarios, snapshot round-trips and properties.
 * Time moves only through SimulatedClock.
 */
import fc from 'fast-check';
import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { sendChecked } from '../../src/orchestrator/machines/checked-send.js';
import { backoffMs, nextAttempt, reArmDeadlines, TASK_EVENTS, TASK_STATES, TASK_TRANSITIONS as TABLE, taskMachine, taskOutcome, taskState, } from '../../src/orchestrator/machines/task.machine.js';
import { legalEventsFrom, pathOf, stateNodes } from '../../src/orchestrator/machines/transition-table.js';
const INPUT = {
    taskId: 'task-1',
    runId: 'run-1',
    stepId: 'voice',
    capability: 'tts.speak',
    maxAttempts: 3,
    initialBackoffMs: 100,
    maxBackoffMs: 1_000,
    multiplier: 2,
    timeoutMs: 5_000,
    fallbackCapability: 'tts.simple',
};
const NO_FALLBACK = { ...INPUT, fallbackCapability: undefined };
const JITTER = 0.5;
function start(input = INPUT, clock = new SimulatedClock()) {
    return { clock, actor: createActor(taskMachine, { input, clock }).start() };
}
const snap = (h) => h.actor.getSnapshot();
const ctx = (h) => snap(h).context;
const dispatch = (h) => ({ type: 'DISPATCH', at: h.clock.now(), instanceId: `agent-${nextAttempt(snap(h))}`, attempt: nextAttempt(snap(h)) });
const started = (h) => ({ type: 'STARTED', at: h.clock.now() });
const reassign = (h) => ({ type: 'REASSIGN', at: h.clock.now(), instanceId: 'agent-other' });
const succeeded = (h) => ({ type: 'SUCCEEDED', at: h.clock.now(), output: { ok: true } });
const failed = (retryable, jitter = JITTER) => (h) => ({ type: 'FAILED', at: h.clock.now(), code: retryable ? 14 : 3, message: 'boom', retryable, jitter });
/** TIMEOUT and RETRY_DUE carry their deadline as `at` without moving the clock, so the `after` timer does not fire first. */
const timeout = (h) => ({ type: 'TIMEOUT', at: ctx(h).deadlineAt ?? 0 });
const retryDue = (h) => ({ type: 'RETRY_DUE', at: ctx(h).retryAt ?? 0 });
const dispatchWhenDue = (h) => ({ ...dispatch(h), at: ctx(h).retryAt ?? 0 });
const cancel = (h) => ({ type: 'CANCEL', at: h.clock.now(), reason: 'user' });
const send = (e) => (h) => h.actor.send(e(h));
const wait = (ms) => (h) => h.clock.increment(ms);
const run = (h, steps) => steps.forEach((s) => s(h));
/** A retryable failure and the retry, `n` times: the capability's attempts used up to `n`. */
const failAndRetry = (n) => Array.from({ length: n }, () => [send(dispatch), send(failed(true)), send(retryDue)]).flat();
/** How each resting state is reached. */
const PATHS = {
    pending: [],
    dispatched: [send(dispatch)],
    in_progress: [send(dispatch), send(started)],
    retry_wait: [send(dispatch), send(failed(true))],
    completed: [send(dispatch), send(succeeded)],
    failed: [send(cancel)],
};
/** The event that takes each branch, keyed by `from EVENT [guard]` or `EVENT [guard]`. */
const CASES = {
    'DISPATCH [isNextAttempt]': { event: dispatch, check: (h) => expect(ctx(h).attempts).toHaveLength(1) },
    'DISPATCH [isNextAttempt && retryDue]': { event: dispatchWhenDue, check: (h) => expect(ctx(h).attempts).toHaveLength(2) },
    'STARTED [isCurrentAttempt]': { event: started, check: (h) => expect(ctx(h).attempts[0]?.respondedAt).toBe(0) },
    'REASSIGN [isCurrentAttempt]': { event: reassign, check: (h) => expect(ctx(h).attempts.map((a) => a.instanceId)).toEqual(['agent-other']) },
    'SUCCEEDED [isCurrentAttempt]': { event: succeeded, check: (h) => expect(taskOutcome(snap(h))?.status).toBe('completed') },
    'FAILED [isCurrentAttempt && willRetry]': { event: failed(true), check: (h) => expect(ctx(h).retryAt).toBe(50) },
    'FAILED [isCurrentAttempt && canFallback]': { event: failed(false), check: (h) => expect(ctx(h).capability).toBe('tts.simple') },
    'FAILED [isCurrentAttempt]': { input: NO_FALLBACK, event: failed(false), check: (h) => expect(taskOutcome(snap(h))?.status).toBe('failed') },
    'TIMEOUT [deadlinePassed]': { event: timeout, check: (h) => expect(ctx(h).attempts[0]?.outcome).toBe('timed_out') },
    'RETRY_DUE [retryDue]': { event: retryDue },
    CANCEL: { event: cancel, check: (h) => expect(taskOutcome(snap(h))?.status).toBe('cancelled') },
    'timed_out always [willRetry]': { path: PATHS.dispatched, event: timeout, check: (h) => expect(ctx(h).capability).toBe('tts.speak') },
    'timed_out always [canFallback]': {
        path: [...failAndRetry(2), send(dispatch)],
        event: timeout,
        check: (h) => expect(ctx(h)).toMatchObject({ capability: 'tts.simple', usedFallback: true, capabilityAttempts: 0 }),
    },
    'timed_out always': {
        input: { ...NO_FALLBACK, maxAttempts: 1 },
        path: PATHS.dispatched,
        event: timeout,
        check: (h) => expect(taskOutcome(snap(h))).toMatchObject({ status: 'failed', code: 4 }),
    },
};
/** Timers: the delay, and where the event they raise leads. */
const TIMERS = {
    'dispatched after taskTimeout': { delayMs: INPUT.timeoutMs, effective: 'retry_wait' },
    'in_progress after taskTimeout': { delayMs: INPUT.timeoutMs, effective: 'retry_wait' },
    'retry_wait after retryBackoff': { delayMs: 50, effective: 'pending' },
};
const label = (r) => (r.guard === undefined ? r.event : `${r.event} [${r.guard}]`);
const rowKey = (r) => `${r.from} ${label(r)}`;
const caseFor = (r) => CASES[rowKey(r)] ?? CASES[label(r)];
describe('task transition table', () => {
    it('has a test plan for every row (add one to CASES/TIMERS for a new transition)', () => {
        const planned = TABLE.filter((r) => (r.event.startsWith('after ') ? TIMERS[rowKey(r)] : caseFor(r)) !== undefined);
        expect(planned.map(rowKey)).toEqual(TABLE.map(rowKey));
        const used = new Set(TABLE.flatMap((r) => [rowKey(r), label(r)]));
        expect([...Object.keys(CASES), ...Object.keys(TIMERS)].filter((k) => !used.has(k))).toEqual([]);
    });
    it.each(TABLE.map((r) => [rowKey(r), r]))('%s', (_key, row) => {
        const timer = TIMERS[rowKey(row)];
        const c = caseFor(row);
        const h = start(c?.input);
        run(h, c?.path ?? PATHS[row.from] ?? []);
        const before = taskState(snap(h));
        expect(before).toBe(c?.path === undefined ? row.from : 'dispatched');
        if (timer !== undefined) {
            h.clock.increment(timer.delayMs - 1);
            expect(taskState(snap(h))).toBe(before);
            h.clock.increment(1);
            expect(taskState(snap(h))).toBe(timer.effective);
            return;
        }
        if (c === undefined)
            throw new Error(`no test plan for row ${rowKey(row)}`);
        h.actor.send(c.event(h));
        // `timed_out` resolves in the same step: a timeout ends where a retryable failure would.
        expect(taskState(snap(h))).toBe(row.to[0] === 'timed_out' ? 'retry_wait' : row.to[0]);
        c.check?.(h);
    });
});
/** Resting leaves: `timed_out` never rests (it resolves in the same step), so nothing can be sent to it. */
const LEAVES = stateNodes(taskMachine.root)
    .filter((n) => (n.type === 'atomic' || n.type === 'final') && n.always === undefined)
    .map(pathOf);
const ILLEGAL = LEAVES.flatMap((leaf) => TASK_EVENTS.filter((type) => !legalEventsFrom(TABLE, leaf).includes(type)).map((type) => [leaf, type]));
const ANY_EVENT = {
    DISPATCH: dispatch,
    STARTED: started,
    REASSIGN: reassign,
    SUCCEEDED: succeeded,
    FAILED: failed(true),
    TIMEOUT: (h) => ({ type: 'TIMEOUT', at: h.clock.now() + 1e9 }),
    RETRY_DUE: (h) => ({ type: 'RETRY_DUE', at: h.clock.now() + 1e9 }),
    CANCEL: cancel,
};
/** Events of a legal type whose guard refuses them. */
const GUARDED = [
    ['pending', 'DISPATCH of the wrong attempt', (h) => ({ ...dispatch(h), attempt: 2 })],
    ['retry_wait', 'DISPATCH before retryAt', dispatch],
    ['retry_wait', 'RETRY_DUE before retryAt', (h) => ({ type: 'RETRY_DUE', at: h.clock.now() })],
    ['dispatched', 'TIMEOUT before the deadline', (h) => ({ type: 'TIMEOUT', at: (ctx(h).deadlineAt ?? 0) - 1 })],
    ['dispatched', 'STARTED of another attempt', () => ({ type: 'STARTED', at: 0, attempt: 2 })],
    ['dispatched', 'REASSIGN of another attempt', () => ({ type: 'REASSIGN', at: 0, instanceId: 'agent-other', attempt: 2 })],
    ['in_progress', 'SUCCEEDED of another attempt', () => ({ type: 'SUCCEEDED', at: 0, attempt: 0 })],
    ['in_progress', 'FAILED of another attempt', (h) => ({ ...failed(true)(h), attempt: 3 })],
];
function memoryLogger() {
    const entries = [];
    return { entries, warn: (obj, msg) => void entries.push({ obj, msg }) };
}
function expectRefused(h, event) {
    const before = snap(h);
    const logger = memoryLogger();
    expect(sendChecked(h.actor, event, { machine: 'task', id: 'task-1', logger })).toBe(false);
    expect(snap(h).value).toBe(before.value);
    expect(snap(h).context).toEqual(before.context);
    expect(logger.entries).toEqual([
        { msg: 'illegal transition refused', obj: { machine: 'task', id: 'task-1', state: JSON.stringify(before.value), event: event.type } },
    ]);
}
describe('task illegal events', () => {
    it('covers the obvious refusals', () => {
        expect(ILLEGAL.map(([l, t]) => `${l} ${t}`)).toEqual(expect.arrayContaining(['pending SUCCEEDED', 'completed DISPATCH', 'failed DISPATCH', 'retry_wait STARTED', 'in_progress STARTED']));
        expect(LEAVES).not.toContain('timed_out');
    });
    it.each(ILLEGAL)('%s refuses %s', (leaf, type) => {
        const h = start();
        run(h, PATHS[leaf] ?? []);
        expectRefused(h, ANY_EVENT[type](h));
    });
    it.each(GUARDED)('%s refuses %s', (leaf, _what, event) => {
        const h = start();
        run(h, leaf === 'in_progress' ? [...failAndRetry(1), send(dispatch), send(started)] : PATHS[leaf] ?? []);
        expectRefused(h, event(h));
    });
});
describe('task scenarios', () => {
    it('REASSIGN moves the open attempt to another instance without spending an attempt or restarting its timer', () => {
        const h = start();
        run(h, [send(dispatch), wait(10)]);
        const deadline = ctx(h).deadlineAt;
        run(h, [send(reassign)]);
        expect(taskState(snap(h))).toBe('dispatched');
        expect(ctx(h).attempts).toHaveLength(1);
        expect(ctx(h).attempts[0]).toMatchObject({ attempt: 1, instanceId: 'agent-other' });
        expect(ctx(h).deadlineAt).toBe(deadline);
        run(h, [send(started), send(succeeded)]);
        expect(taskOutcome(snap(h))).toMatchObject({ status: 'completed', attempts: 1 });
    });
    it('retries with growing backoff (jitter 0.999) and never exceeds maxAttempts', () => {
        const h = start({ ...NO_FALLBACK, maxAttempts: 5, maxBackoffMs: 60_000 });
        const waits = [];
        for (let i = 0; i < 4; i++) {
            run(h, [send(dispatch), wait(10), send(failed(true, 0.999))]);
            expect(taskState(snap(h))).toBe('retry_wait');
            waits.push((ctx(h).retryAt ?? 0) - h.clock.now());
            h.clock.set(ctx(h).retryAt ?? 0);
            expect(taskState(snap(h))).toBe('pending'); // the timer raised RETRY_DUE by itself
        }
        expect(waits).toEqual([99, 199, 399, 799]);
        run(h, [send(dispatch), send(failed(true, 0.999))]);
        expect(taskOutcome(snap(h))).toMatchObject({ status: 'failed', attempts: 5, code: 14, usedFallback: false });
        expect(ctx(h).attempts.map((a) => [a.attempt, a.instanceId, a.outcome])).toEqual([1, 2, 3, 4, 5].map((n) => [n, `agent-${n}`, 'failed']));
    });
    it('caps the backoff at maxBackoffMs and scales it by the jitter', () => {
        const policy = { initialBackoffMs: 100, maxBackoffMs: 1_000, multiplier: 3 };
        expect([1, 2, 3, 4, 10].map((n) => backoffMs(policy, n, 0.999))).toEqual([99, 299, 899, 999, 999]);
        expect(backoffMs(policy, 3, 0)).toBe(0);
        expect(backoffMs(policy, 3, 7)).toBe(900); // jitter clamped to 1
        expect(backoffMs(policy, 5_000, 0.5)).toBe(500); // multiplier^n overflowed to Infinity, capped
        expect(backoffMs({ ...policy, initialBackoffMs: 0 }, 5_000, 0.5)).toBe(0); // not NaN
    });
    it('switches once to the fallback capability, with a fresh attempt budget', () => {
        const h = start();
        run(h, [...failAndRetry(2), send(dispatch), send(failed(true))]);
        expect(ctx(h)).toMatchObject({ capability: 'tts.simple', usedFallback: true, capabilityAttempts: 0, retryAt: 0 });
        run(h, [send(retryDue), ...failAndRetry(2), send(dispatch), send(failed(true))]);
        expect(taskOutcome(snap(h))).toMatchObject({ status: 'failed', attempts: 6, capability: 'tts.simple', usedFallback: true });
        expect(ctx(h).attempts.map((a) => a.capability)).toEqual([...Array(3).fill('tts.speak'), ...Array(3).fill('tts.simple')]);
    });
    it('a non-retryable failure goes straight to the fallback, and fails on the fallback', () => {
        const h = start();
        run(h, [send(dispatch), send(failed(false))]);
        expect(ctx(h).capability).toBe('tts.simple');
        run(h, [send(dispatchWhenDue), send(failed(false))]);
        expect(taskOutcome(snap(h))).toMatchObject({ status: 'failed', attempts: 2, code: 3, message: 'boom' });
    });
    it('times out by itself on the clock, counting from DISPATCH even after STARTED, and retries', () => {
        const h = start();
        run(h, [send(dispatch), wait(3_000), send(started), wait(1_999)]);
        expect(taskState(snap(h))).toBe('in_progress');
        h.clock.increment(1);
        expect(taskState(snap(h))).toBe('retry_wait');
        expect(ctx(h).attempts[0]).toMatchObject({ startedAt: 0, respondedAt: 3_000, endedAt: 5_000, outcome: 'timed_out', code: 4 });
        expect(ctx(h).retryAt).toBeGreaterThanOrEqual(5_000);
        expect(ctx(h).retryAt).toBeLessThan(5_100);
        h.clock.set(ctx(h).retryAt ?? 0);
        run(h, [send(dispatch), send(succeeded)]);
        expect(taskOutcome(snap(h))).toEqual({
            taskId: 'task-1', capability: 'tts.speak', usedFallback: false, attempts: 2, endedAt: h.clock.now(), status: 'completed', output: { ok: true }, warnings: [],
        });
    });
    it("keeps the warnings of the agent's result for the step, and none from an earlier snapshot", () => {
        const h = start();
        run(h, [send(dispatch), (x) => x.actor.send({ type: 'SUCCEEDED', at: x.clock.now(), output: { ok: true }, warnings: ['used the cached copy'] })]);
        expect(ctx(h).warnings).toEqual(['used the cached copy']);
        expect(taskOutcome(snap(h))).toMatchObject({ status: 'completed', warnings: ['used the cached copy'] });
        const { warnings: _dropped, ...before } = ctx(h);
        expect(taskOutcome({ ...snap(h), context: before })).toMatchObject({ status: 'completed', warnings: [] });
    });
    it('uses the jitter a TIMEOUT brings', () => {
        const h = start();
        run(h, [send(dispatch), (x) => x.actor.send({ type: 'TIMEOUT', at: 5_000, jitter: 0.999 })]);
        expect(ctx(h).retryAt).toBe(5_099);
    });
    it.each(['pending', 'dispatched', 'in_progress', 'retry_wait'])('cancels from %s and accepts no DISPATCH afterwards', (from) => {
        const h = start();
        run(h, [...(PATHS[from] ?? []), wait(7)]);
        const open = taskState(snap(h)) === 'dispatched' || taskState(snap(h)) === 'in_progress';
        h.actor.send(cancel(h));
        expect(taskOutcome(snap(h))).toMatchObject({ status: 'cancelled', reason: 'user', endedAt: 7 });
        expect(ctx(h)).toMatchObject({ cancelled: true, deadlineAt: null, retryAt: null });
        if (open)
            expect(ctx(h).attempts.at(-1)).toMatchObject({ outcome: 'cancelled', code: 1, endedAt: 7 });
        expect(ctx(h).attempts.every((a) => a.endedAt !== undefined)).toBe(true);
        expectRefused(h, dispatch(h));
        h.clock.increment(1e6);
        expect(taskState(snap(h))).toBe('failed');
    });
});
const roundTrip = (s) => JSON.parse(JSON.stringify(s));
function restore(h) {
    const clock = new SimulatedClock();
    clock.set(h.clock.now());
    const snapshot = roundTrip(h.actor.getPersistedSnapshot());
    // XState's types want `input` even with a snapshot; it is ignored (the context comes from the snapshot).
    return { clock, actor: createActor(taskMachine, { snapshot, clock, input: { ...INPUT, taskId: 'ignored' } }).start() };
}
/** From each resting state, the events that finish the task successfully. */
const FINISH = {
    pending: [send(dispatch), send(succeeded)],
    dispatched: [send(started), send(succeeded)],
    in_progress: [send(succeeded)],
    retry_wait: [send(retryDue), send(dispatch), send(succeeded)],
};
describe('task snapshots', () => {
    it.each(Object.keys(FINISH))('round-trips through JSON from %s and runs to completion', (state) => {
        const h = start();
        run(h, [wait(10), ...(PATHS[state] ?? [])]);
        const persisted = roundTrip(h.actor.getPersistedSnapshot());
        const r = restore(h);
        h.actor.stop();
        expect(taskState(snap(r))).toBe(state);
        expect(snap(r).context).toEqual(persisted.context);
        expect(snap(r).context.taskId).toBe('task-1');
        expect(roundTrip(r.actor.getPersistedSnapshot())).toEqual(persisted);
        run(r, FINISH[state] ?? []);
        expect(taskOutcome(snap(r))?.status).toBe('completed');
    });
    it('reArmDeadlines reports the timers a restored snapshot waits for, which XState does not re-arm', () => {
        const h = start();
        run(h, [send(dispatch)]);
        const r = restore(h);
        expect(reArmDeadlines(snap(r), 4_999)).toEqual([{ type: 'TIMEOUT', dueAt: 5_000, overdue: false }]);
        r.clock.increment(10_000);
        expect(taskState(snap(r))).toBe('dispatched'); // xstate#4860: restored `after` timers do not fire
        const due = reArmDeadlines(snap(r), r.clock.now());
        expect(due).toEqual([{ type: 'TIMEOUT', dueAt: 5_000, overdue: true }]);
        for (const t of due)
            r.actor.send({ type: t.type, at: r.clock.now() });
        expect(taskState(snap(r))).toBe('retry_wait');
        const retryAt = ctx(r).retryAt ?? 0;
        expect(reArmDeadlines(restore(r).actor.getSnapshot(), retryAt)).toEqual([{ type: 'RETRY_DUE', dueAt: retryAt, overdue: true }]);
        expect(reArmDeadlines(snap(start()), 0)).toEqual([]);
    });
});
const CMD = fc.oneof({ arbitrary: fc.record({ k: fc.constant('dispatch'), skew: fc.constantFrom(0, 0, 0, 1, -1) }), weight: 20 }, { arbitrary: fc.record({ k: fc.constant('started') }), weight: 5 }, { arbitrary: fc.record({ k: fc.constant('succeeded') }), weight: 2 }, { arbitrary: fc.record({ k: fc.constant('cancel') }), weight: 1 }, {
    arbitrary: fc.record({
        k: fc.constant('failed'),
        retryable: fc.boolean(),
        jitter: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        stale: fc.boolean(),
    }),
    weight: 20,
}, { arbitrary: fc.record({ k: fc.constantFrom('timeout', 'retryDue'), early: fc.boolean() }), weight: 20 }, { arbitrary: fc.record({ k: fc.constant('tick'), ms: fc.integer({ min: 0, max: 6_000 }) }), weight: 10 });
const TASK_INPUT = fc.record({
    maxAttempts: fc.integer({ min: 1, max: 4 }),
    fallback: fc.boolean(),
    timeoutMs: fc.integer({ min: 1, max: 5_000 }),
}).map(({ maxAttempts, fallback, timeoutMs }) => ({ ...INPUT, maxAttempts, timeoutMs, fallbackCapability: fallback ? 'tts.simple' : undefined }));
function eventFor(h, cmd) {
    const c = ctx(h);
    const at = h.clock.now();
    switch (cmd.k) {
        case 'dispatch':
            return { type: 'DISPATCH', at, instanceId: 'a', attempt: nextAttempt(snap(h)) + cmd.skew };
        case 'started':
            return { type: 'STARTED', at };
        case 'succeeded':
            return { type: 'SUCCEEDED', at, output: 1 };
        case 'cancel':
            return { type: 'CANCEL', at, reason: 'prop' };
        case 'failed':
            return { type: 'FAILED', at, code: 14, message: 'x', retryable: cmd.retryable, jitter: cmd.jitter, ...(cmd.stale ? { attempt: c.attempts.length - 1 } : {}) };
        case 'timeout':
            return { type: 'TIMEOUT', at: cmd.early ? at : Math.max(at, c.deadlineAt ?? at) };
        case 'retryDue':
            return { type: 'RETRY_DUE', at: cmd.early ? at : Math.max(at, c.retryAt ?? at) };
    }
}
/** The invariants that hold after every event; throws naming the broken one (cheaper than one `expect` each). */
function checkInvariants(h) {
    const s = snap(h);
    const c = s.context;
    const state = taskState(s);
    const running = state === 'dispatched' || state === 'in_progress';
    const open = c.attempts.filter((a) => a.endedAt === undefined);
    const broken = Object.entries({
        'a known, resting state': TASK_STATES.includes(state) && state !== 'timed_out',
        'done exactly in a final state': (s.status === 'done') === (state === 'completed' || state === 'failed'),
        'attempts numbered 1..n': c.attempts.every((a, i) => a.attempt === i + 1),
        'at most maxAttempts per capability': [c.policy.primaryCapability, c.policy.fallbackCapability].every((cap) => c.attempts.filter((a) => a.capability === cap).length <= c.policy.maxAttempts),
        'at most maxAttempts in all (twice with a fallback)': c.attempts.length <= c.policy.maxAttempts * (c.policy.fallbackCapability === null ? 1 : 2),
        'only the last attempt open, and only while running': running ? open.length === 1 && open[0] === c.attempts.at(-1) : open.length === 0,
        'a deadline exactly while running': (c.deadlineAt !== null) === running,
        'a retry time exactly in retry_wait': (c.retryAt !== null) === (state === 'retry_wait'),
    }).filter(([, ok]) => !ok);
    if (broken.length > 0)
        throw new Error(`broken in ${state}: ${broken.map(([name]) => name).join(', ')}`);
}
describe('task properties', () => {
    it('ends in exactly one terminal state or is still waiting; attempts stay within budget; nothing dispatches after cancel', () => {
        fc.assert(fc.property(TASK_INPUT, fc.array(CMD, { minLength: 20, maxLength: 80, size: 'max' }), (input, cmds) => {
            const h = start(input);
            const logger = { warn: () => undefined };
            let cancelled = false;
            let final;
            for (const cmd of cmds) {
                if (cmd.k === 'tick')
                    h.clock.increment(cmd.ms);
                else {
                    const event = eventFor(h, cmd);
                    const sent = sendChecked(h.actor, event, { machine: 'task', id: 'p', logger });
                    if (cmd.k === 'cancel' && sent)
                        cancelled = true;
                    if (cancelled && event.type === 'DISPATCH')
                        expect(sent).toBe(false);
                }
                checkInvariants(h);
                if (final !== undefined)
                    expect(taskState(snap(h))).toBe(final);
                if (snap(h).status === 'done')
                    final ??= taskState(snap(h));
            }
            expect(taskOutcome(snap(h)) === undefined).toBe(snap(h).status !== 'done');
            // Liveness: failing every attempt ends the task within its budget.
            for (let i = 0; i < 4 * 2 * input.maxAttempts + 4 && snap(h).status !== 'done'; i++) {
                const state = taskState(snap(h));
                const cmd = state === 'pending' ? { k: 'dispatch', skew: 0 } : state === 'retry_wait' ? { k: 'retryDue', early: false } : { k: 'failed', retryable: true, jitter: 0.3, stale: false };
                expect(sendChecked(h.actor, eventFor(h, cmd), { machine: 'task', id: 'p', logger })).toBe(true);
                checkInvariants(h);
            }
            const outcome = taskOutcome(snap(h));
            expect(outcome === undefined ? [] : [outcome.status]).toHaveLength(1);
        }), { numRuns: 150 });
    });
});
//# sourceMappingURL=task.machine.test.js.map