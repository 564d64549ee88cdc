import type { Schedule as _troupe_v1_Schedule, Schedule__Output as _troupe_v1_Schedule__Output } from '../../troupe/v1/Schedule.js';
/**
 * Response of OrchestratorService.ListSchedules.
 */
export interface ListSchedulesResponse {
    /**
     * The schedules, by name.
     */
    'schedules'?: (_troupe_v1_Schedule)[];
}
/**
 * Response of OrchestratorService.ListSchedules.
 */
export interface ListSchedulesResponse__Output {
    /**
     * The schedules, by name.
     */
    'schedules': (_troupe_v1_Schedule__Output)[];
}
