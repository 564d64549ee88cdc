/**
 * The fleet agent machine, walked from its own transition table: every row is driven and
 * checked, every (resting state, event) pair that is not a row is refused and logged; then
 * the lifecycle as a sequence (crash, backoff, restart, crash loop) with SimulatedClock and
 * a fake `instances` actor that records what it is asked to run.
 */
import { createActor, fromCallback, fromPromise, SimulatedClock, waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { sendChecked } from '../../src/sdk/machines/checked-send.js';
import { legalEventsFrom } from '../../src/sdk/machines/transition-table.js';
import { FLEET_AGENT_TRANSITIONS as TABLE, fleetAgentMachine, restartDelay, } from '../../src/fleet/fleet-agent.machine.js';
const RESTART = { backoffMs: 100, maxBackoffMs: 1000, crashLoopCrashes: 3, crashLoopWindowMs: 10_000 };
const INPUT = { name: 'tts', min: 1, max: 3, restart: RESTART };
function start(input = {}) {
    const clock = new SimulatedClock();
    const reconciles = [];
    const released = { count: 0 };
    const stopAll = { count: 0, fail: false };
    const machine = fleetAgentMachine.provide({
        actors: {
            instances: fromCallback(({ receive }) => {
                receive((c) => reconciles.push(c.desired));
                return () => {
                    released.count++;
                };
            }),
            stopAll: fromPromise(async () => {
                stopAll.count++;
                if (stopAll.fail)
                    throw new Error('kill failed');
                return undefined;
            }),
        },
    });
    const actor = createActor(machine, { input: { ...INPUT, ...input }, clock });
    const emitted = [];
    for (const type of ['decision', 'restart', 'crashLoop'])
        actor.on(type, (e) => void emitted.push(e));
    actor.start();
    return { clock, actor, reconciles, released, stopAll, emitted };
}
const ctx = (h) => h.actor.getSnapshot().context;
const state = (h) => {
    const v = h.actor.getSnapshot().value;
    return typeof v === 'string' ? v : Object.entries(v).map(([k, s]) => `${k}.${s}`)[0] ?? '';
};
const ready = (h) => ({ type: 'DEPENDENCIES_MET', at: h.clock.now() });
const scale = (to) => (h) => ({ type: 'SCALE', to, cause: 'queue', reason: `queue says ${to}`, at: h.clock.now() });
const startedEv = (h) => ({ type: 'INSTANCE_STARTED', id: `i-${ctx(h).running + 1}`, pid: 100 + ctx(h).running, at: h.clock.now() });
const crash = (h) => ({ type: 'INSTANCE_EXITED', id: 'i-1', code: 1, signal: null, expected: false, at: h.clock.now() });
const stoppedEv = (h) => ({ type: 'INSTANCE_EXITED', id: 'i-1', code: 0, signal: null, expected: true, at: h.clock.now() });
const reset = (h) => ({ type: 'RESET', at: h.clock.now() });
const stop = () => ({ type: 'STOP' });
const send = (e) => (h) => h.actor.send(e(h));
const wait = (ms) => (h) => h.clock.increment(ms);
const run = (h, steps) => steps.forEach((s) => s(h));
/** How each resting state is reached (from an agent with a dependency, so it starts in waiting). */
const PATHS = {
    waiting: [],
    'running.steady': [send(ready), send(startedEv)],
    'running.healing': [send(ready), send(startedEv), send(crash)],
    crashLoop: [send(ready), send(startedEv), send(crash), wait(100), send(startedEv), send(crash), wait(200), send(startedEv), send(crash)],
    stopped: [send(stop)],
};
const CASES = {
    'waiting DEPENDENCIES_MET': { event: ready, to: 'running.steady', check: (h) => expect(h.reconciles).toEqual([1]) },
    'waiting SCALE': { event: scale(2), to: 'waiting', check: (h) => expect(ctx(h).desired).toBe(2) },
    'waiting STOP': { event: stop, to: 'stopped' },
    'waiting always [wasReady]': { input: { ready: true }, to: 'running.steady', check: (h) => expect(h.reconciles).toEqual([1]) },
    'running INSTANCE_STARTED': { path: [send(ready)], event: startedEv, to: 'running.steady', check: (h) => expect(ctx(h).running).toBe(1) },
    'running STOP': { path: PATHS['running.steady'], event: stop, to: 'stopped', check: (h) => expect([h.stopAll.count, h.released.count]).toEqual([1, 1]) },
    'running.steady SCALE': { event: scale(5), to: 'running.steady', check: (h) => expect([ctx(h).desired, h.reconciles.at(-1)]).toEqual([3, 3]) },
    'running.steady INSTANCE_EXITED [expectedExit]': { event: stoppedEv, to: 'running.steady', check: (h) => expect([ctx(h).running, ctx(h).restarts]).toEqual([0, 0]) },
    'running.steady INSTANCE_EXITED [crashLoop]': {
        input: { restart: { ...RESTART, crashLoopCrashes: 1 } },
        event: crash,
        to: 'crashLoop',
        check: (h) => expect(ctx(h).crashLoopReason).toBe('crash loop: 1 crashes within 10000 ms (last: exit code 1); restarts stopped'),
    },
    'running.steady INSTANCE_EXITED': { event: crash, to: 'running.healing', check: (h) => expect([ctx(h).restarts, ctx(h).lastCrash]).toEqual([1, 'exit code 1']) },
    'running.healing SCALE': { event: scale(2), to: 'running.healing', check: (h) => expect([ctx(h).desired, h.reconciles]).toEqual([2, [1]]) },
    'running.healing INSTANCE_EXITED [expectedExit]': { event: stoppedEv, to: 'running.healing' },
    'running.healing INSTANCE_EXITED [crashLoop]': { input: { restart: { ...RESTART, crashLoopCrashes: 2 } }, event: crash, to: 'crashLoop' },
    'running.healing INSTANCE_EXITED': { event: crash, to: 'running.healing', check: (h) => expect(ctx(h).restarts).toBe(2) },
    'crashLoop RESET': { event: reset, to: 'running.steady', check: (h) => expect([ctx(h).crashes, ctx(h).crashLoopReason, h.reconciles.at(-1)]).toEqual([[], null, 1]) },
    'crashLoop STOP': { event: stop, to: 'stopped' },
    'stopping xstate.done.actor.stopAll': { path: PATHS['running.steady'], event: stop, to: 'stopped' },
    'stopping xstate.error.actor.stopAll': { path: [...(PATHS['running.steady'] ?? []), (h) => void (h.stopAll.fail = true)], event: stop, to: 'stopped' },
};
const TIMERS = {
    'running.healing after restartBackoff': { delayMs: 100, to: 'running.steady' },
};
const label = (r) => (r.guard === undefined ? r.event : `${r.event} [${r.guard}]`);
const rowKey = (r) => `${r.from} ${label(r)}`;
describe('fleet agent transition table', () => {
    it('has a test plan for every row', () => {
        expect(TABLE.map(rowKey).filter((k) => !CASES[k] && !TIMERS[k])).toEqual([]);
        expect([...Object.keys(CASES), ...Object.keys(TIMERS)].filter((k) => !TABLE.some((r) => rowKey(r) === k))).toEqual([]);
    });
    it.each(TABLE.map((r) => [rowKey(r), r]))('%s', async (key, row) => {
        const timer = TIMERS[key];
        const c = CASES[key];
        const h = start(c?.input);
        run(h, c?.path ?? PATHS[row.from] ?? []);
        if (timer) {
            h.clock.increment(timer.delayMs - 1);
            expect(state(h)).toBe(row.from);
            h.clock.increment(1);
            expect(state(h)).toBe(timer.to);
            expect(h.reconciles).toEqual([1, 1]);
            return;
        }
        if (!c)
            throw new Error(`no plan for ${key}`);
        if (c.event)
            h.actor.send(c.event(h));
        if (c.to === 'stopped' && state(h) === 'stopping')
            await waitFor(h.actor, (snap) => snap.status === 'done');
        expect(state(h)).toBe(c.to);
        c.check?.(h);
    });
});
const EVENTS = {
    DEPENDENCIES_MET: ready,
    SCALE: scale(2),
    INSTANCE_STARTED: startedEv,
    INSTANCE_EXITED: crash,
    RESET: reset,
    STOP: stop,
};
const LEAVES = ['waiting', 'running.steady', 'running.healing', 'crashLoop', 'stopped'];
const ILLEGAL = LEAVES.flatMap((leaf) => Object.keys(EVENTS).filter((t) => !legalEventsFrom(TABLE, leaf).includes(t)).map((t) => [leaf, t]));
describe('fleet agent illegal events', () => {
    it('refuses what makes no sense', () => {
        expect(ILLEGAL.map(([l, t]) => `${l} ${t}`)).toEqual(expect.arrayContaining(['waiting INSTANCE_EXITED', 'waiting RESET', 'running.steady RESET', 'crashLoop SCALE', 'crashLoop INSTANCE_STARTED', 'stopped SCALE', 'stopped STOP']));
    });
    it.each(ILLEGAL)('%s refuses %s', (leaf, type) => {
        const h = start();
        run(h, PATHS[leaf] ?? []);
        const before = h.actor.getSnapshot();
        const entries = [];
        const logger = { warn: (obj, msg) => void entries.push({ obj, msg }) };
        expect(sendChecked(h.actor, EVENTS[type](h), { machine: 'fleet-agent', id: 'tts', logger })).toBe(false);
        expect(h.actor.getSnapshot().context).toEqual(before.context);
        expect(entries).toEqual([{ msg: 'illegal transition refused', obj: { machine: 'fleet-agent', id: 'tts', state: JSON.stringify(before.value), event: type } }]);
    });
});
describe('fleet agent lifecycle', () => {
    it('restarts with doubling backoff, then stops a crash loop with a reason and emits the alert', () => {
        const h = start({ ready: true });
        const states = [state(h)];
        const note = () => void states.push(state(h));
        run(h, [send(startedEv), send(crash), note, wait(99), note, wait(1), note, send(startedEv), send(crash), note, wait(199), note, wait(1), note, send(startedEv), send(crash), note]);
        expect(states).toEqual(['running.steady', 'running.healing', 'running.healing', 'running.steady', 'running.healing', 'running.healing', 'running.steady', 'crashLoop']);
        expect(h.reconciles).toEqual([1, 1, 1]);
        expect(h.released.count).toBe(1);
        expect(h.emitted).toEqual([
            { type: 'restart', backoffMs: 100, lastCrash: 'exit code 1' },
            { type: 'restart', backoffMs: 200, lastCrash: 'exit code 1' },
            { type: 'crashLoop', reason: 'crash loop: 3 crashes within 10000 ms (last: exit code 1); restarts stopped' },
        ]);
        expect(ctx(h)).toMatchObject({ restarts: 2, running: 0 });
    });
    it('forgets crashes older than the window: spaced crashes never make a loop', () => {
        const h = start({ ready: true });
        for (let i = 0; i < 6; i++)
            run(h, [send(startedEv), send(crash), wait(10_000)]);
        expect(state(h)).toBe('running.steady');
        expect(ctx(h).restarts).toBe(6);
        expect(restartDelay(ctx(h))).toBe(100);
    });
    it('caps the backoff at max_backoff_ms', () => {
        const h = start({ ready: true, restart: { ...RESTART, crashLoopCrashes: 100 } });
        for (let i = 0; i < 8; i++)
            run(h, [send(startedEv), send(crash), wait(restartDelay(ctx(h)))]);
        expect(restartDelay(ctx(h))).toBe(1000);
    });
    it('clamps SCALE to [0, max], records every decision (bounded) and emits it', () => {
        const h = start({ ready: true });
        run(h, [send(scale(99)), send(scale(-4))]);
        expect(ctx(h).desired).toBe(0);
        expect(ctx(h).decisions.map((d) => [d.from, d.to])).toEqual([
            [1, 3],
            [3, 0],
        ]);
        expect(h.emitted.filter((e) => e.type === 'decision')).toHaveLength(2);
        for (let i = 0; i < 30; i++)
            h.actor.send(scale(i % 3)(h));
        expect(ctx(h).decisions).toHaveLength(20);
    });
    it('keeps a demand received while waiting for its dependencies and acts on it once they are met', () => {
        const h = start({ min: 0 });
        run(h, [send(scale(1))]);
        expect(h.reconciles).toEqual([]);
        run(h, [send(ready)]);
        expect(h.reconciles).toEqual([1]);
    });
});
//# sourceMappingURL=fleet-agent.machine.test.js.map