/**
 * Time-based rules of a fleet agent: `between: "08:00-20:00"` (host local time, the end
 * excluded; a window may wrap midnight, `22:00-06:00`), optionally on some `days`.
 */
/** Day names as written in a fleet file, Sunday first (as `Date.getDay()`). */
export const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WINDOW = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;
/**
 * Parses `HH:MM-HH:MM` (24 h; `24:00` allowed as an end); undefined when malformed or
 * when start equals end (an empty window is surely a typo).
 *
 * @example parseWindow('08:00-20:00', ['mon', 'fri']); // { startMinute: 480, endMinute: 1200, days: [1, 5] }
 */
export function parseWindow(text, days = []) {
    const m = WINDOW.exec(text);
    if (!m)
        return undefined;
    const startMinute = Number(m[1]) * 60 + Number(m[2]);
    const endMinute = Number(m[3]) * 60 + Number(m[4]);
    if (startMinute === endMinute || endMinute > 24 * 60)
        return undefined;
    return { text, startMinute, endMinute, days: days.map((d) => DAY_NAMES.indexOf(d)) };
}
/**
 * Whether `at` (local time) falls in `window`. For a window that wraps midnight, the
 * part after midnight belongs to the day it started on.
 */
export function inWindow(window, at) {
    const minute = at.getHours() * 60 + at.getMinutes();
    const day = at.getDay();
    const onDay = (d) => window.days.length === 0 || window.days.includes(d);
    if (window.startMinute < window.endMinute)
        return minute >= window.startMinute && minute < window.endMinute && onDay(day);
    if (minute >= window.startMinute)
        return onDay(day);
    return minute < window.endMinute && onDay((day + 6) % 7);
}
//# sourceMappingURL=schedule-window.js.map