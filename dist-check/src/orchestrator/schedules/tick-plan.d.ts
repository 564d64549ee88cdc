import { type ScheduleRecord } from './schedule-record.js';
/** What to do for a schedule now. */
export interface TickPlan {
    /** The tick to fire (claim, then StartRun); undefined when every due tick is missed. */
    readonly fire: number | undefined;
    /** The latest due tick (fired or not): the new `lastTick`. */
    readonly lastTick: number;
    /** Due ticks not fired (older than the catch-up window, or not the latest). */
    readonly missed: number;
    /** The next tick after `lastTick`; undefined for a one-off schedule (then `done`). */
    readonly nextTick: number | undefined;
    readonly done: boolean;
}
/** When the schedule's next tick is due (epoch ms), ignoring pending claims; undefined when it never fires again. */
export declare function nextDue(record: ScheduleRecord): number | undefined;
/**
 * The missed-tick policy (docs/schedules.md), as a pure function: of the ticks due
 * in (max(since, lastTick), now], only the latest may fire, and only when it is
 * within the catch-up window (default: one interval of the cron, the time from that
 * tick to the next; one hour for `at`); the others are counted as missed.
 * Returns undefined when nothing is due.
 */
export declare function planTick(record: ScheduleRecord, now: number): TickPlan | undefined;
