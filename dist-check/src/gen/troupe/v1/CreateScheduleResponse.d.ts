import type { Schedule as _troupe_v1_Schedule, Schedule__Output as _troupe_v1_Schedule__Output } from '../../troupe/v1/Schedule.js';
/**
 * Response of OrchestratorService.CreateSchedule.
 */
export interface CreateScheduleResponse {
    /**
     * The schedule as stored, with its first next_tick.
     */
    'schedule'?: (_troupe_v1_Schedule | null);
}
/**
 * Response of OrchestratorService.CreateSchedule.
 */
export interface CreateScheduleResponse__Output {
    /**
     * The schedule as stored, with its first next_tick.
     */
    'schedule': (_troupe_v1_Schedule__Output | null);
}
