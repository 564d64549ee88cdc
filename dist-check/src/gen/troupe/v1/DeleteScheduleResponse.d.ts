import type { Schedule as _troupe_v1_Schedule, Schedule__Output as _troupe_v1_Schedule__Output } from '../../troupe/v1/Schedule.js';
/**
 * Response of OrchestratorService.DeleteSchedule.
 */
export interface DeleteScheduleResponse {
    /**
     * The schedule as it was when deleted.
     */
    'schedule'?: (_troupe_v1_Schedule | null);
}
/**
 * Response of OrchestratorService.DeleteSchedule.
 */
export interface DeleteScheduleResponse__Output {
    /**
     * The schedule as it was when deleted.
     */
    'schedule': (_troupe_v1_Schedule__Output | null);
}
