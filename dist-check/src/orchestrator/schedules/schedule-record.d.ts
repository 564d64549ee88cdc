import type { Json } from '../../sdk/grpc/struct.js';
import { type CronSchedule } from './cron.js';
/** A schedule as stored in `troupe_schedules` (one key per name). Times are epoch ms. */
export interface ScheduleRecord {
    readonly name: string;
    readonly workflow: string;
    /** Cron expression (5 or 6 fields); absent for a one-off schedule. */
    readonly cron?: string;
    /** One-off time; absent for a cron schedule. */
    readonly at?: number;
    readonly timezone: string;
    readonly input: Json;
    readonly paused: boolean;
    /** A one-off schedule that fired (or whose time was missed): kept for listing, never fires again. */
    readonly done: boolean;
    readonly createdAt: number;
    readonly updatedAt: number;
    readonly createdBy: string;
    /** Ticks are due after this instant: creation, then every resume (ticks while paused are skipped). */
    readonly since: number;
    /** The last tick claimed (fired or tried). */
    readonly lastTick?: number;
    /** The next tick, as of the last write (the API recomputes it). */
    readonly nextTick?: number;
    /**
     * A tick claimed (compare-and-set) whose run is not known to be started yet. Its
     * claimer clears it after StartRun; if the claimer died, any orchestrator redoes
     * StartRun with the same idempotency key after `pendingSince` + the grace.
     */
    readonly pendingTick?: number;
    readonly pendingSince?: number;
    readonly lastRunId?: string;
    readonly lastError?: string;
    readonly fired: number;
    readonly missed: number;
    readonly failed: number;
    /** 0: the default (one cron interval; one hour for `at`). */
    readonly catchUpWindowMs: number;
}
/** What CreateSchedule asks for (already decoded). */
export interface ScheduleSpec {
    name: string;
    workflow: string;
    cron: string;
    /** RFC 3339 text, or empty. */
    at: string;
    timezone: string;
    input: Json;
    catchUpWindowMs: number;
}
export declare const SCHEDULE_NAME: RegExp;
/** Catch-up window of a one-off schedule that sets none. */
export declare const AT_DEFAULT_CATCH_UP_MS = 3600000;
/** Throws INVALID_ARGUMENT unless `name` is a schedule name; returns it. */
export declare function checkScheduleName(name: string | undefined): string;
/** Parses an RFC 3339 time with an offset (or Z); throws INVALID_ARGUMENT naming the format. */
export declare function parseAt(text: string): number;
/**
 * Validates a CreateSchedule request and builds the record; every problem is an
 * INVALID_ARGUMENT a person can act on. The workflow's existence is checked by the caller.
 */
export declare function newScheduleRecord(spec: ScheduleSpec, now: number, createdBy: string): ScheduleRecord;
/** The cron of a record, compiled once per expression and zone (undefined for a one-off schedule). */
export declare function cronOf(record: ScheduleRecord): CronSchedule | undefined;
/** The state shown by the API. */
export declare function stateOf(record: ScheduleRecord): 'active' | 'paused' | 'done';
