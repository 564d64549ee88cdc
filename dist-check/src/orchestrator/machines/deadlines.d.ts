/**
 * Absolute deadlines for the run and task machines.
 *
 * A deadline lives in the machine's context as an absolute time (ms on the
 * actor's clock) and is the source of truth. The `after` timers that make a
 * live actor advance on its own are derived from it: their delay is the
 * deadline minus the clock's current time, and when they fire they only raise
 * the ordinary timer event (`TIMEOUT`, `RETRY_DUE`, `DEADLINE`) whose guard
 * checks the deadline. XState does not re-arm `after` timers of a restored
 * snapshot (xstate#4860), so after a restore the engine asks
 * `reArmDeadlines` / `reArmRunDeadline` which timer events are due and sends
 * or schedules them itself.
 */
/** Longest delay `setTimeout` honours (2^31 − 1 ms, about 24.8 days); longer ones fire at once in Node. */
export declare const MAX_TIMER_MS = 2147483647;
/** The part of an XState actor system the timers read: its clock. */
export interface ClockedSystem {
    readonly _clock: unknown;
}
/** A timer event of a restored snapshot: when it is due, and whether it already is. */
export interface DueTimer<TType extends string> {
    /** The event to send when due, with `at` set to the time of sending. */
    readonly type: TType;
    /** The absolute deadline from the snapshot's context. */
    readonly dueAt: number;
    /** True when `dueAt <= now`: send the event at once. Otherwise schedule it for `dueAt`. */
    readonly overdue: boolean;
}
/**
 * The current time on the actor system's clock: `now()` of a clock that has
 * one (XState's `SimulatedClock`), else `Date.now()` (XState's default clock
 * has no `now`).
 *
 * @example
 * ```ts
 * raise(({ system }) => ({ type: 'DEADLINE', at: clockNow(system) }));
 * ```
 */
export declare function clockNow(system: ClockedSystem): number;
/**
 * Delay of an `after` timer that fires at `dueAt`: never negative, never more
 * than {@link MAX_TIMER_MS} (a clamped timer fires early, raises an event its
 * guard refuses, and re-arms). With no deadline it is {@link MAX_TIMER_MS}:
 * XState fires a non-numeric delay at once, so there is always a number.
 *
 * @example
 * ```ts
 * delays: { taskTimeout: ({ context, system }) => timerDelay(context.deadlineAt, system) }
 * ```
 */
export declare function timerDelay(dueAt: number | null | undefined, system: ClockedSystem): number;
/**
 * A {@link DueTimer} for `type` at `dueAt`, or none when there is no deadline.
 *
 * @example
 * ```ts
 * dueTimers('DEADLINE', context.deadlineAt, Date.now()); // [{ type: 'DEADLINE', dueAt, overdue }]
 * ```
 */
export declare function dueTimers<TType extends string>(type: TType, dueAt: number | null | undefined, now: number): DueTimer<TType>[];
