import { type Actor, type ActorOptions, type AnyActorLogic } from 'xstate';
/**
 * How many run or task actors share one XState system. A root actor builds a system of its
 * own (a scheduler, three maps, some twenty closures: about 1.9 KB), which the engine's
 * short-lived actors do not need: two systems per run in flight were 13 % of its heap. Sharing is bounded because XState's `cancelAll`, run whenever an actor
 * stops, walks every delayed event of its system: one system per 64 actors keeps that walk
 * short whatever the number of runs.
 */
export declare const ACTORS_PER_SYSTEM = 64;
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
export declare function createHostedActor<TLogic extends AnyActorLogic>(logic: TLogic, options: Omit<ActorOptions<TLogic>, 'parent' | 'clock'>): Actor<TLogic>;
/**
 * Stops an actor made by {@link createHostedActor}: its delayed events are cancelled and it
 * leaves its system, as `actor.stop()` does for a root actor (XState's own `stopChild` does
 * exactly this call). Stopping twice is harmless.
 */
export declare function stopHostedActor(actor: Actor<AnyActorLogic>): void;
