import { truncate } from './run-common.js';
import { formatTable } from './table.js';
/** Columns of `troupe schedule list`. */
export const SCHEDULE_COLUMNS = ['NAME', 'WORKFLOW', 'WHEN', 'STATE', 'NEXT', 'LAST', 'RUNS', 'MISSED', 'FAILED', 'LAST RUN'];
/** When a schedule fires: the cron and its zone, or "at <time>". */
export function scheduleWhen(s) {
    if (s.cron)
        return s.timezone && s.timezone !== 'UTC' ? `${s.cron} (${s.timezone})` : s.cron;
    return `at ${s.at}`;
}
/** The `troupe schedule list` table, or a friendly line when there are none. */
export function formatScheduleTable(schedules) {
    if (schedules.length === 0)
        return 'no schedules (create one with: troupe schedule create NAME --workflow W --cron "*/5 * * * *")\n';
    return formatTable(SCHEDULE_COLUMNS, schedules.map((s) => [
        s.name,
        s.workflow,
        truncate(scheduleWhen(s), 40),
        s.state,
        s.nextTick || '-',
        s.lastTick || '-',
        String(s.firedCount),
        String(s.missedCount),
        String(s.failedCount),
        s.lastRunId || '-',
    ]));
}
/** One line after a change, e.g. "created nightly: full-podcast, 0 3 * * *, active, next 2026-12-06T03:00:00.000Z". */
export function formatScheduleLine(verb, s) {
    const next = s.state === 'active' && s.nextTick ? `, next ${s.nextTick}` : '';
    return `${verb} ${s.name}: ${s.workflow}, ${scheduleWhen(s)}, ${s.state}${next}\n`;
}
//# sourceMappingURL=schedules.js.map