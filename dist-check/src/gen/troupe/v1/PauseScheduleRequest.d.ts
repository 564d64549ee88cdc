/**
 * Request of OrchestratorService.PauseSchedule.
 */
export interface PauseScheduleRequest {
    /**
     * The schedule's name.
     */
    'name'?: (string);
}
/**
 * Request of OrchestratorService.PauseSchedule.
 */
export interface PauseScheduleRequest__Output {
    /**
     * The schedule's name.
     */
    'name': (string);
}
