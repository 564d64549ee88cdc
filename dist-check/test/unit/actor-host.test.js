import { describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { ACTORS_PER_SYSTEM, createHostedActor, stopHostedActor } from '../../src/orchestrator/machines/actor-host.js';
// The engine's run and task actors share an XState system per ACTORS_PER_SYSTEM actors
// (a root actor's own system was ~2 KB per actor). They must behave as root actors do:
// timers fire, stopping cancels them, done actors report to their own subscribers.
const timed = createMachine({
    initial: 'waiting',
    states: {
        waiting: { after: { 20: 'late' }, on: { GO: 'done' } },
        late: {},
        done: { type: 'final' },
    },
});
describe('createHostedActor', () => {
    it('shares one system among up to ACTORS_PER_SYSTEM actors, then starts another', () => {
        const actors = Array.from({ length: ACTORS_PER_SYSTEM * 2 + 1 }, () => createHostedActor(timed, {}));
        const systems = new Set(actors.map((a) => a.system));
        // The first call may continue a system earlier tests began; never more than three here.
        expect(systems.size).toBeGreaterThanOrEqual(2);
        expect(systems.size).toBeLessThanOrEqual(3);
        const counts = [...systems].map((s) => actors.filter((a) => a.system === s).length);
        expect(Math.max(...counts)).toBeLessThanOrEqual(ACTORS_PER_SYSTEM);
        expect(createActor(timed).system).not.toBe(actors[0].system);
    });
    it('runs delayed transitions on the shared system', async () => {
        const actor = createHostedActor(timed, {}).start();
        await new Promise((resolve) => actor.subscribe((s) => s.value === 'late' && resolve()));
        expect(actor.getSnapshot().value).toBe('late');
        stopHostedActor(actor);
    });
    it('stopHostedActor stops the actor, cancels its timers and may be called twice', async () => {
        const stopped = createHostedActor(timed, {}).start();
        const sibling = createHostedActor(timed, {}).start();
        expect(stopped.system).toBe(sibling.system);
        expect(() => stopped.stop()).toThrow(/non-root/); // why stopHostedActor exists
        let completed = false;
        stopped.subscribe({ complete: () => (completed = true) });
        stopHostedActor(stopped);
        stopHostedActor(stopped);
        expect(stopped.getSnapshot().status).toBe('stopped');
        expect(completed).toBe(true);
        // The sibling's timer still fires; the stopped actor's does not.
        await new Promise((resolve) => sibling.subscribe((s) => s.value === 'late' && resolve()));
        expect(stopped.getSnapshot().value).toBe('waiting');
        stopHostedActor(sibling);
    });
    it('a hosted actor reaching a final state tells its subscribers and leaves its siblings running', () => {
        const a = createHostedActor(timed, {}).start();
        const b = createHostedActor(timed, {}).start();
        let done = false;
        a.subscribe({ complete: () => (done = true) });
        a.send({ type: 'GO' });
        expect(a.getSnapshot().status).toBe('done');
        expect(done).toBe(true);
        expect(b.getSnapshot().status).toBe('active');
        b.send({ type: 'GO' });
        expect(b.getSnapshot().status).toBe('done');
    });
});
//# sourceMappingURL=actor-host.test.js.map