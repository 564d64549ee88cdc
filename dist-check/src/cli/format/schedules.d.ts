import type { ScheduleInfo } from '../../sdk/client/schedules-client.js';
/** Columns of `troupe schedule list`. */
export declare const SCHEDULE_COLUMNS: readonly ["NAME", "WORKFLOW", "WHEN", "STATE", "NEXT", "LAST", "RUNS", "MISSED", "FAILED", "LAST RUN"];
/** When a schedule fires: the cron and its zone, or "at <time>". */
export declare function scheduleWhen(s: Pick<ScheduleInfo, 'cron' | 'at' | 'timezone'>): string;
/** The `troupe schedule list` table, or a friendly line when there are none. */
export declare function formatScheduleTable(schedules: readonly ScheduleInfo[]): string;
/** One line after a change, e.g. "created nightly: full-podcast, 0 3 * * *, active, next 2026-12-06T03:00:00.000Z". */
export declare function formatScheduleLine(verb: string, s: ScheduleInfo): string;
