/**
 * A compiled cron expression in a time zone: the one place Troupe reads cron
 * (croner underneath; README "dependency notes" says why).
 */
export interface CronSchedule {
    /** The expression as given. */
    readonly expression: string;
    /** The IANA time zone it is read in. */
    readonly timezone: string;
    /** The first tick strictly after `afterMs` (epoch ms), or undefined when there is none. */
    next(afterMs: number): number | undefined;
}
/** True when `tz` is an IANA time zone this Node knows (e.g. `Europe/Paris`, `UTC`). */
export declare function isTimeZone(tz: string): boolean;
/** Throws INVALID_ARGUMENT unless `tz` is an IANA time zone; returns it. */
export declare function checkTimeZone(tz: string): string;
/**
 * Compiles `expression` (5 fields, or 6 with seconds first; `@hourly` style
 * nicknames too) read in `timezone`. Day of month and day of week combine with OR,
 * as in Vixie cron. Throws INVALID_ARGUMENT with a message naming what is wrong.
 *
 * @example
 * const every5 = compileCron('*\/5 * * * *', 'Europe/Paris');
 * every5.next(Date.now()); // epoch ms of the next multiple of 5 minutes
 */
export declare function compileCron(expression: string, timezone?: string): CronSchedule;
