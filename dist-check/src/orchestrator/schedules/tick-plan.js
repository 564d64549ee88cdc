import { AT_DEFAULT_CATCH_UP_MS, cronOf } from './schedule-record.js';
/** Most due ticks counted one by one; beyond it the missed count is a lower bound and none is caught up. */
const MAX_COUNTED = 10_000;
/** When the schedule's next tick is due (epoch ms), ignoring pending claims; undefined when it never fires again. */
export function nextDue(record) {
    if (record.paused || record.done)
        return undefined;
    const base = Math.max(record.since, record.lastTick ?? -Infinity);
    if (record.at !== undefined)
        return record.at;
    return cronOf(record)?.next(base);
}
/**
 * The missed-tick policy (docs/schedules.md), as a pure function: of the ticks due
 * in (max(since, lastTick), now], only the latest may fire, and only when it is
 * within the catch-up window (default: one interval of the cron, the time from that
 * tick to the next; one hour for `at`); the others are counted as missed.
 * Returns undefined when nothing is due.
 */
export function planTick(record, now) {
    const first = nextDue(record);
    if (first === undefined || first > now)
        return undefined;
    if (record.at !== undefined) {
        const window = record.catchUpWindowMs || AT_DEFAULT_CATCH_UP_MS;
        // Its time passed while it was paused: skipped, like a cron tick while paused.
        const late = record.at >= record.since && now - record.at <= window;
        return { fire: late ? record.at : undefined, lastTick: record.at, missed: late ? 0 : 1, nextTick: undefined, done: true };
    }
    const cron = cronOf(record);
    if (!cron)
        return undefined;
    let latest = first;
    let count = 1;
    let next = cron.next(first);
    while (next !== undefined && next <= now && count < MAX_COUNTED) {
        latest = next;
        count++;
        next = cron.next(next);
    }
    if (next !== undefined && next <= now) {
        // Too many to count (an every-second cron after a long outage): skip them all, resume from now.
        return { fire: undefined, lastTick: now, missed: count, nextTick: cron.next(now), done: false };
    }
    const window = record.catchUpWindowMs || (next !== undefined ? next - latest : Infinity);
    const fire = now - latest <= window ? latest : undefined;
    return { fire, lastTick: latest, missed: count - (fire === undefined ? 0 : 1), nextTick: next, done: false };
}
//# sourceMappingURL=tick-plan.js.map