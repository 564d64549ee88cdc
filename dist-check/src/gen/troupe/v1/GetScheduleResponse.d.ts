import type { Schedule as _troupe_v1_Schedule, Schedule__Output as _troupe_v1_Schedule__Output } from '../../troupe/v1/Schedule.js';
/**
 * Response of OrchestratorService.GetSchedule.
 */
export interface GetScheduleResponse {
    /**
     * The schedule.
     */
    'schedule'?: (_troupe_v1_Schedule | null);
}
/**
 * Response of OrchestratorService.GetSchedule.
 */
export interface GetScheduleResponse__Output {
    /**
     * The schedule.
     */
    'schedule': (_troupe_v1_Schedule__Output | null);
}
