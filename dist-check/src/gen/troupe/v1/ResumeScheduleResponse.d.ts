import type { Schedule as _troupe_v1_Schedule, Schedule__Output as _troupe_v1_Schedule__Output } from '../../troupe/v1/Schedule.js';
/**
 * Response of OrchestratorService.ResumeSchedule.
 */
export interface ResumeScheduleResponse {
    /**
     * The schedule after the change, with next_tick computed from now.
     */
    'schedule'?: (_troupe_v1_Schedule | null);
}
/**
 * Response of OrchestratorService.ResumeSchedule.
 */
export interface ResumeScheduleResponse__Output {
    /**
     * The schedule after the change, with next_tick computed from now.
     */
    'schedule': (_troupe_v1_Schedule__Output | null);
}
