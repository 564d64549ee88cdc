/**
 * Scaling decisions of one fleet agent, as a pure function of its policy, the signals
 * and the time: the supervisor calls {@link decideScale} each poll and sends the answer
 * to the agent's machine as a SCALE event.
 *
 * - Floor: `min`, raised by any time rule (`schedule`) in force now.
 * - Up: one instance more when the tasks waiting for its capabilities reach `queue_depth`
 *   or the oldest has waited `queue_wait_ms`, at most every `up_interval_ms`, up to `max`.
 * - Down: one instance less when no task has waited for `cooldown_ms` (and, for the last
 *   instance, none is in flight), never below the floor; the cooldown starts again after
 *   each step.
 * - Resource guard: at `warning`, queue scale-ups are held; at `critical`, every increase
 *   (schedule, min, queue, demand) is held. A held decision is reported once per cause.
 */
import type { DecisionCause } from './fleet-agent.types.js';
import type { FleetAgentSpec } from './fleet-spec.js';
import type { GuardState } from './resource-guard.js';
/** The queue signal of an agent: summed over its capabilities. */
export interface QueueSignal {
    readonly waiting: number;
    readonly oldestWaitMs: number;
    readonly inFlight: number;
}
/** What the supervisor remembers between polls, per agent. */
export interface ScaleMemory {
    /** Unix ms of the last scale-up (any cause). */
    lastUpAt: number;
    /** Unix ms since when no task has waited (reset by each scale-down). */
    quietSince: number;
    /** What the last held decision held and why (not its numbers), so a hold is reported once. */
    lastHold: string | undefined;
}
/** A decision: the new desired count, or a hold (same count) with its reason. */
export interface ScaleAnswer {
    readonly to: number;
    readonly cause: DecisionCause;
    readonly reason: string;
}
/** The floor at `now`: `min`, or a time rule's min when higher. */
export declare function floorAt(spec: FleetAgentSpec, now: Date): {
    min: number;
    rule: string | undefined;
};
/**
 * The next decision for an agent wanting `desired` instances now, or undefined for none.
 * Updates `memory` (quiet time, last scale-up, last hold).
 *
 * @example
 * ```ts
 * const answer = decideScale(spec, 1, { waiting: 6, oldestWaitMs: 900, inFlight: 1 }, memory, guard, new Date());
 * // { to: 2, cause: 'queue', reason: 'queue depth 6 ≥ 4' }
 * ```
 */
export declare function decideScale(spec: FleetAgentSpec, desired: number, signal: QueueSignal | undefined, memory: ScaleMemory, guard: GuardState, now: Date): ScaleAnswer | undefined;
