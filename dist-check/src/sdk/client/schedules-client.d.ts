import type { OrchestratorServiceClient } from '../../gen/troupe/v1/OrchestratorService.js';
import type { Schedule__Output } from '../../gen/troupe/v1/Schedule.js';
import { type Json } from '../grpc/struct.js';
import { type GrpcCallArgs } from './calls.js';
import type { CallOptions } from './types.js';
/** A durable schedule as the orchestrator reports it (times are RFC 3339 text, empty when none). */
export interface ScheduleInfo {
    name: string;
    workflow: string;
    /** The cron expression; empty for a one-off schedule. */
    cron: string;
    /** The one-off time; empty for a cron schedule. */
    at: string;
    timezone: string;
    input: Json;
    state: 'active' | 'paused' | 'done';
    createdAt: string;
    updatedAt: string;
    lastTick: string;
    nextTick: string;
    lastRunId: string;
    firedCount: number;
    missedCount: number;
    failedCount: number;
    lastError: string;
    catchUpWindowMs: number;
    createdBy: string;
}
/** What {@link SchedulesClient.createSchedule} takes: exactly one of `cron` and `at`. */
export interface CreateScheduleRequest {
    name: string;
    workflow: string;
    /** 5 fields, or 6 with seconds first, e.g. `"*\/5 * * * *"`. */
    cron?: string;
    /** A future time, a Date or RFC 3339 text. */
    at?: Date | string;
    /** IANA time zone the cron is read in. @default "UTC" */
    timezone?: string;
    input?: Json;
    /** How late a missed tick may still start after an outage. @default one cron interval (one hour for `at`) */
    catchUpWindowMs?: number;
}
/** Schedule methods of the orchestrator client (docs/schedules.md). */
export interface SchedulesClient {
    /**
     * Creates a schedule. INVALID_ARGUMENT for a bad cron, zone, time or input, NOT_FOUND for an
     * unknown workflow, ALREADY_EXISTS for a name in use.
     * @example await client.createSchedule({ name: 'nightly', workflow: 'full-podcast', cron: '0 3 * * *', timezone: 'Europe/Paris', input: { topic: 'tides' } });
     */
    createSchedule(req: CreateScheduleRequest, call?: CallOptions): Promise<ScheduleInfo>;
    /** Schedules by name (only those of `workflow` when given). */
    listSchedules(filter?: {
        workflow?: string;
    }, call?: CallOptions): Promise<ScheduleInfo[]>;
    /** One schedule; NOT_FOUND when there is none. */
    getSchedule(name: string, call?: CallOptions): Promise<ScheduleInfo>;
    /** Pauses it: no tick fires until it is resumed. */
    pauseSchedule(name: string, call?: CallOptions): Promise<ScheduleInfo>;
    /** Resumes it from now (ticks while paused are skipped). */
    resumeSchedule(name: string, call?: CallOptions): Promise<ScheduleInfo>;
    /** Deletes it; once this resolves, no tick of it starts a run. Resolves with it as it was. */
    deleteSchedule(name: string, call?: CallOptions): Promise<ScheduleInfo>;
}
/** The wire `Schedule` as {@link ScheduleInfo}. @internal */
export declare function toScheduleInfo(s: Schedule__Output | null): ScheduleInfo;
/** Builds the schedule methods over a raw grpc client. @internal */
export declare function schedulesClient(raw: OrchestratorServiceClient, unaryArgs: (call?: CallOptions) => GrpcCallArgs): SchedulesClient;
