import { Cron } from 'croner';
import { boundText, InvalidArgumentError } from '../../sdk/errors.js';
/** True when `tz` is an IANA time zone this Node knows (e.g. `Europe/Paris`, `UTC`). */
export function isTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}
/** Throws INVALID_ARGUMENT unless `tz` is an IANA time zone; returns it. */
export function checkTimeZone(tz) {
    if (!isTimeZone(tz))
        throw new InvalidArgumentError(`timezone "${boundText(tz, 80)}" is not an IANA time zone; use a name such as "UTC", "Europe/Paris" or "America/New_York"`);
    return tz;
}
const FIELDS = 'minute hour day-of-month month day-of-week (or 6 fields with seconds first)';
/**
 * Compiles `expression` (5 fields, or 6 with seconds first; `@hourly` style
 * nicknames too) read in `timezone`. Day of month and day of week combine with OR,
 * as in Vixie cron. Throws INVALID_ARGUMENT with a message naming what is wrong.
 *
 * @example
 * const every5 = compileCron('*\/5 * * * *', 'Europe/Paris');
 * every5.next(Date.now()); // epoch ms of the next multiple of 5 minutes
 */
export function compileCron(expression, timezone = 'UTC') {
    checkTimeZone(timezone);
    const text = expression.trim();
    if (!text)
        throw new InvalidArgumentError(`cron is empty: give 5 fields, ${FIELDS}, e.g. "*/5 * * * *"`);
    const parts = text.split(/\s+/).length;
    if (!text.startsWith('@') && parts !== 5 && parts !== 6) {
        throw new InvalidArgumentError(`cron "${boundText(text, 120)}" has ${parts} field(s); give 5 (${FIELDS}), e.g. "*/5 * * * *"`);
    }
    let cron;
    try {
        cron = new Cron(text, { timezone, mode: '5-or-6-parts', paused: true });
    }
    catch (err) {
        throw new InvalidArgumentError(`cron "${boundText(text, 120)}" is not valid: ${err.message}`);
    }
    // A valid-looking expression that never matches (e.g. "0 0 31 2 *") is refused too.
    if (cron.nextRun(new Date()) === null)
        throw new InvalidArgumentError(`cron "${boundText(text, 120)}" never fires (no date matches it)`);
    return {
        expression: text,
        timezone,
        next(afterMs) {
            let from = afterMs;
            // croner works in whole seconds; guard "strictly after" ourselves.
            for (let i = 0; i < 3; i++) {
                const at = cron.nextRun(new Date(from))?.getTime();
                if (at === undefined)
                    return undefined;
                if (at > afterMs)
                    return at;
                from = at + 1;
            }
            return undefined;
        },
    };
}
//# sourceMappingURL=cron.js.map