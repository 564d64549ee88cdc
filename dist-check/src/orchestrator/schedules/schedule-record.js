import { boundText, InvalidArgumentError } from '../../sdk/errors.js';
import { checkTimeZone, compileCron } from './cron.js';
export const SCHEDULE_NAME = /^[A-Za-z0-9_.-]{1,128}$/;
/** Catch-up window of a one-off schedule that sets none. */
export const AT_DEFAULT_CATCH_UP_MS = 3_600_000;
const MAX_CATCH_UP_MS = 366 * 24 * 3_600_000;
/** Throws INVALID_ARGUMENT unless `name` is a schedule name; returns it. */
export function checkScheduleName(name) {
    if (!name)
        throw new InvalidArgumentError('name is required: the schedule\'s name (letters, digits, "-", "_", ".")');
    if (!SCHEDULE_NAME.test(name))
        throw new InvalidArgumentError(`schedule name "${boundText(name, 160)}" is not valid: use 1 to 128 letters, digits, "-", "_" or "."`);
    return name;
}
/** Parses an RFC 3339 time with an offset (or Z); throws INVALID_ARGUMENT naming the format. */
export function parseAt(text) {
    const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(text.trim()) ? Date.parse(text.trim()) : NaN;
    if (Number.isNaN(ms))
        throw new InvalidArgumentError(`at "${boundText(text, 80)}" is not an RFC 3339 time with a zone, e.g. "2026-12-24T18:00:00Z" or "2026-12-24T19:00:00+01:00"`);
    return ms;
}
/**
 * Validates a CreateSchedule request and builds the record; every problem is an
 * INVALID_ARGUMENT a person can act on. The workflow's existence is checked by the caller.
 */
export function newScheduleRecord(spec, now, createdBy) {
    const name = checkScheduleName(spec.name);
    if (!spec.workflow)
        throw new InvalidArgumentError('workflow is required: name a registered workflow (see `troupe workflows`)');
    const timezone = checkTimeZone(spec.timezone || 'UTC');
    if (spec.cron && spec.at)
        throw new InvalidArgumentError('give either cron (repeating) or at (once), not both');
    if (!spec.cron && !spec.at)
        throw new InvalidArgumentError('give cron (e.g. "*/5 * * * *") for a repeating schedule or at (e.g. "2026-12-24T18:00:00Z") for a one-off run');
    if (!Number.isInteger(spec.catchUpWindowMs) || spec.catchUpWindowMs < 0 || spec.catchUpWindowMs > MAX_CATCH_UP_MS) {
        throw new InvalidArgumentError(`catch_up_window_ms must be an integer from 0 (the default) to ${MAX_CATCH_UP_MS} (366 days), got ${spec.catchUpWindowMs}`);
    }
    let at;
    let nextTick;
    if (spec.cron) {
        nextTick = compileCron(spec.cron, timezone).next(now);
    }
    else {
        at = parseAt(spec.at);
        if (at <= now)
            throw new InvalidArgumentError(`at ${new Date(at).toISOString()} is in the past (now is ${new Date(now).toISOString()}); give a future time`);
        nextTick = at;
    }
    return {
        name,
        workflow: spec.workflow,
        ...(spec.cron ? { cron: spec.cron.trim() } : {}),
        ...(at !== undefined ? { at } : {}),
        timezone,
        input: spec.input,
        paused: false,
        done: false,
        createdAt: now,
        updatedAt: now,
        createdBy,
        since: now,
        ...(nextTick !== undefined ? { nextTick } : {}),
        fired: 0,
        missed: 0,
        failed: 0,
        catchUpWindowMs: spec.catchUpWindowMs,
    };
}
const compiled = new Map();
/** The cron of a record, compiled once per expression and zone (undefined for a one-off schedule). */
export function cronOf(record) {
    if (!record.cron)
        return undefined;
    const key = `${record.timezone} ${record.cron}`;
    let cron = compiled.get(key);
    if (!cron) {
        if (compiled.size >= 1000)
            compiled.clear();
        compiled.set(key, (cron = compileCron(record.cron, record.timezone)));
    }
    return cron;
}
/** The state shown by the API. */
export function stateOf(record) {
    return record.done ? 'done' : record.paused ? 'paused' : 'active';
}
//# sourceMappingURL=schedule-record.js.map