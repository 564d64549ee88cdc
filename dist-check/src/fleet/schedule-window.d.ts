/**
 * Time-based rules of a fleet agent: `between: "08:00-20:00"` (host local time, the end
 * excluded; a window may wrap midnight, `22:00-06:00`), optionally on some `days`.
 */
/** Day names as written in a fleet file, Sunday first (as `Date.getDay()`). */
export declare const DAY_NAMES: readonly ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
export type DayName = (typeof DAY_NAMES)[number];
/** A compiled time window: minutes since midnight. */
export interface TimeWindow {
    /** As written, e.g. `08:00-20:00` (for decision reasons). */
    readonly text: string;
    readonly startMinute: number;
    readonly endMinute: number;
    /** Days it applies on (`Date.getDay()` numbers); all when empty. */
    readonly days: readonly number[];
}
/**
 * Parses `HH:MM-HH:MM` (24 h; `24:00` allowed as an end); undefined when malformed or
 * when start equals end (an empty window is surely a typo).
 *
 * @example parseWindow('08:00-20:00', ['mon', 'fri']); // { startMinute: 480, endMinute: 1200, days: [1, 5] }
 */
export declare function parseWindow(text: string, days?: readonly DayName[]): TimeWindow | undefined;
/**
 * Whether `at` (local time) falls in `window`. For a window that wraps midnight, the
 * part after midnight belongs to the day it started on.
 */
export declare function inWindow(window: TimeWindow, at: Date): boolean;
