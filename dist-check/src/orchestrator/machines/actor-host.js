import { createActor, fromTransition } from 'xstate';
/**
 * How many run or task actors share one XState system. A root actor builds a system of its
 * own (a scheduler, three maps, some twenty closures: about 1.9 KB), which the engine's
 * short-lived actors do not need: two systems per run in flight were 13 % of its heap. Sharing is bounded because XState's `cancelAll`, run whenever an actor
 * stops, walks every delayed event of its system: one system per 64 actors keeps that walk
 * short whatever the number of runs.
 */
export const ACTORS_PER_SYSTEM = 64;
/** The idle root of a shared system; the done and error events its children send it are dropped (each actor's own subscribers hear them). */
const hostLogic = fromTransition((state) => state, null);
let host;
let hosted = 0;
/**
 * `createActor(logic, options)` for the engine's run and task actors: the actor joins a
 * shared system (the real clock: a test that needs a `SimulatedClock` creates its actor with
 * `createActor`). Stop it with {@link stopHostedActor}, not `actor.stop()`, which XState
 * refuses for an actor with a parent.
 *
 * @example
 * ```ts
 * const actor = createHostedActor(taskMachine, { input }).start();
 * // …
 * stopHostedActor(actor);
 * ```
 */
export function createHostedActor(logic, options) {
    if (host === undefined || hosted % ACTORS_PER_SYSTEM === 0)
        host = createActor(hostLogic).start();
    hosted++;
    // The host stays reachable from its children only: a system is collected with its last actor.
    return createActor(logic, { ...options, parent: host });
}
/**
 * Stops an actor made by {@link createHostedActor}: its delayed events are cancelled and it
 * leaves its system, as `actor.stop()` does for a root actor (XState's own `stopChild` does
 * exactly this call). Stopping twice is harmless.
 */
export function stopHostedActor(actor) {
    actor._stop();
}
//# sourceMappingURL=actor-host.js.map