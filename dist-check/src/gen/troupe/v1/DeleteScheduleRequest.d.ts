/**
 * Request of OrchestratorService.DeleteSchedule.
 */
export interface DeleteScheduleRequest {
    /**
     * The schedule's name.
     */
    'name'?: (string);
}
/**
 * Request of OrchestratorService.DeleteSchedule.
 */
export interface DeleteScheduleRequest__Output {
    /**
     * The schedule's name.
     */
    'name': (string);
}
