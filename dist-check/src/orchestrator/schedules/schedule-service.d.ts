import type { Json } from '../../sdk/grpc/struct.js';
import type { KvScheduleStore } from '../store/kv-schedule-store.js';
import { type ScheduleRecord, type ScheduleSpec } from './schedule-record.js';
/** Options of {@link ScheduleService}. */
export interface ScheduleServiceOptions {
    readonly store: KvScheduleStore;
    /**
     * Checks the workflow and the run input as StartRun would: undefined when no workflow of
     * that name is registered, else the problems of the input (missing required fields).
     */
    readonly checkWorkflow: (name: string, input: Json) => Promise<string[] | undefined>;
    /** @default Date.now */
    readonly now?: () => number;
    /** How long DeleteSchedule waits for a tick claimed before it to start its run. @default DEFAULT_PENDING_GRACE_MS */
    readonly pendingGraceMs?: number;
}
/**
 * The schedule operations behind the API (create, list, get, pause, resume,
 * delete), each a compare-and-set on the stored record so that it never races a
 * tick being claimed by an orchestrator.
 */
export declare class ScheduleService {
    #private;
    constructor(options: ScheduleServiceOptions);
    /** Validates and stores a new schedule: INVALID_ARGUMENT, NOT_FOUND (workflow) or ALREADY_EXISTS. */
    create(spec: ScheduleSpec, createdBy: string): Promise<ScheduleRecord>;
    list(workflow?: string): Promise<ScheduleRecord[]>;
    get(name: string): Promise<ScheduleRecord>;
    /** Pauses: no tick fires while paused. A paused schedule is returned unchanged. */
    pause(name: string): Promise<ScheduleRecord>;
    /** Resumes from now: ticks that fell while it was paused are skipped (docs/schedules.md). */
    resume(name: string): Promise<ScheduleRecord>;
    /**
     * Deletes the schedule. A tick claimed before the delete is allowed to start its run
     * first (at most the pending grace), so that once this returns no run of it starts.
     */
    delete(name: string): Promise<ScheduleRecord>;
}
