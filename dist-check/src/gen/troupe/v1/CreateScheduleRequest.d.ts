import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value.js';
import type { Long } from '@grpc/proto-loader';
/**
 * Request of OrchestratorService.CreateSchedule. Exactly one of cron and at is set.
 */
export interface CreateScheduleRequest {
    /**
     * Unique name: letters, digits, '-', '_' and '.', 1 to 128 characters.
     */
    'name'?: (string);
    /**
     * Name of a registered workflow.
     */
    'workflow'?: (string);
    /**
     * A cron expression: 5 fields (minute hour day-of-month month day-of-week) or 6 with seconds first.
     */
    'cron'?: (string);
    /**
     * A one-off time, RFC 3339 (e.g. "2026-12-24T18:00:00Z"); must be in the future.
     */
    'at'?: (string);
    /**
     * IANA time zone of the cron expression, e.g. "Europe/Paris"; empty means "UTC".
     */
    'timezone'?: (string);
    /**
     * JSON-compatible run input, the same for every run.
     */
    'input'?: (_google_protobuf_Value | null);
    /**
     * How late a missed tick may still start after an outage, in milliseconds; 0 for the default.
     */
    'catchUpWindowMs'?: (number | string | Long);
}
/**
 * Request of OrchestratorService.CreateSchedule. Exactly one of cron and at is set.
 */
export interface CreateScheduleRequest__Output {
    /**
     * Unique name: letters, digits, '-', '_' and '.', 1 to 128 characters.
     */
    'name': (string);
    /**
     * Name of a registered workflow.
     */
    'workflow': (string);
    /**
     * A cron expression: 5 fields (minute hour day-of-month month day-of-week) or 6 with seconds first.
     */
    'cron': (string);
    /**
     * A one-off time, RFC 3339 (e.g. "2026-12-24T18:00:00Z"); must be in the future.
     */
    'at': (string);
    /**
     * IANA time zone of the cron expression, e.g. "Europe/Paris"; empty means "UTC".
     */
    'timezone': (string);
    /**
     * JSON-compatible run input, the same for every run.
     */
    'input': (_google_protobuf_Value__Output | null);
    /**
     * How late a missed tick may still start after an outage, in milliseconds; 0 for the default.
     */
    'catchUpWindowMs': (string);
}
