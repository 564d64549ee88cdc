import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value.js';
import type { Long } from '@grpc/proto-loader';
/**
 * A durable schedule: a workflow started on a cron expression or once at a time.
 */
export interface Schedule {
    /**
     * Unique name: letters, digits, '-', '_' and '.', 1 to 128 characters.
     */
    'name'?: (string);
    /**
     * The workflow each tick starts a run of.
     */
    'workflow'?: (string);
    /**
     * The cron expression (5 fields, or 6 with seconds first); empty for a one-off `at` schedule.
     */
    'cron'?: (string);
    /**
     * The one-off time, RFC 3339 in UTC; empty for a cron schedule.
     */
    'at'?: (string);
    /**
     * IANA time zone the cron expression is read in, e.g. "Europe/Paris"; "UTC" by default.
     */
    'timezone'?: (string);
    /**
     * The JSON input of every run it starts.
     */
    'input'?: (_google_protobuf_Value | null);
    /**
     * "active", "paused", or "done" (an `at` schedule that fired or whose time was missed).
     */
    'state'?: (string);
    /**
     * When it was created, RFC 3339 in UTC.
     */
    'createdAt'?: (string);
    /**
     * When it was last changed (created, paused, resumed, fired), RFC 3339 in UTC.
     */
    'updatedAt'?: (string);
    /**
     * The last tick that fired (started a run or tried to), RFC 3339; empty when none yet.
     */
    'lastTick'?: (string);
    /**
     * The next tick that will fire while it stays active, RFC 3339; empty when none.
     */
    'nextTick'?: (string);
    /**
     * The run the last fired tick started; empty when none.
     */
    'lastRunId'?: (string);
    /**
     * Ticks that started a run.
     */
    'firedCount'?: (number | string | Long);
    /**
     * Ticks skipped because every orchestrator was down past the catch-up window (docs/schedules.md).
     */
    'missedCount'?: (number | string | Long);
    /**
     * Ticks whose StartRun failed (e.g. the workflow was removed, or its input became invalid).
     */
    'failedCount'?: (number | string | Long);
    /**
     * Why the last failed tick failed; empty when the last tick did not fail.
     */
    'lastError'?: (string);
    /**
     * How late a missed tick may still be started after an outage, in milliseconds; 0: one interval
     * of the cron expression (for `at` schedules, one hour).
     */
    'catchUpWindowMs'?: (number | string | Long);
    /**
     * Who created it (token subject, "anonymous" when API auth is off).
     */
    'createdBy'?: (string);
}
/**
 * A durable schedule: a workflow started on a cron expression or once at a time.
 */
export interface Schedule__Output {
    /**
     * Unique name: letters, digits, '-', '_' and '.', 1 to 128 characters.
     */
    'name': (string);
    /**
     * The workflow each tick starts a run of.
     */
    'workflow': (string);
    /**
     * The cron expression (5 fields, or 6 with seconds first); empty for a one-off `at` schedule.
     */
    'cron': (string);
    /**
     * The one-off time, RFC 3339 in UTC; empty for a cron schedule.
     */
    'at': (string);
    /**
     * IANA time zone the cron expression is read in, e.g. "Europe/Paris"; "UTC" by default.
     */
    'timezone': (string);
    /**
     * The JSON input of every run it starts.
     */
    'input': (_google_protobuf_Value__Output | null);
    /**
     * "active", "paused", or "done" (an `at` schedule that fired or whose time was missed).
     */
    'state': (string);
    /**
     * When it was created, RFC 3339 in UTC.
     */
    'createdAt': (string);
    /**
     * When it was last changed (created, paused, resumed, fired), RFC 3339 in UTC.
     */
    'updatedAt': (string);
    /**
     * The last tick that fired (started a run or tried to), RFC 3339; empty when none yet.
     */
    'lastTick': (string);
    /**
     * The next tick that will fire while it stays active, RFC 3339; empty when none.
     */
    'nextTick': (string);
    /**
     * The run the last fired tick started; empty when none.
     */
    'lastRunId': (string);
    /**
     * Ticks that started a run.
     */
    'firedCount': (string);
    /**
     * Ticks skipped because every orchestrator was down past the catch-up window (docs/schedules.md).
     */
    'missedCount': (string);
    /**
     * Ticks whose StartRun failed (e.g. the workflow was removed, or its input became invalid).
     */
    'failedCount': (string);
    /**
     * Why the last failed tick failed; empty when the last tick did not fail.
     */
    'lastError': (string);
    /**
     * How late a missed tick may still be started after an outage, in milliseconds; 0: one interval
     * of the cron expression (for `at` schedules, one hour).
     */
    'catchUpWindowMs': (string);
    /**
     * Who created it (token subject, "anonymous" when API auth is off).
     */
    'createdBy': (string);
}
