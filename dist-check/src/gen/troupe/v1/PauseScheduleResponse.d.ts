import type { Schedule as _troupe_v1_Schedule, Schedule__Output as _troupe_v1_Schedule__Output } from '../../troupe/v1/Schedule.js';
/**
 * Response of OrchestratorService.PauseSchedule.
 */
export interface PauseScheduleResponse {
    /**
     * The schedule after the change (state "paused"; unchanged when it was paused already).
     */
    'schedule'?: (_troupe_v1_Schedule | null);
}
/**
 * Response of OrchestratorService.PauseSchedule.
 */
export interface PauseScheduleResponse__Output {
    /**
     * The schedule after the change (state "paused"; unchanged when it was paused already).
     */
    'schedule': (_troupe_v1_Schedule__Output | null);
}
