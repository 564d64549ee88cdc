/**
 * Request of OrchestratorService.GetSchedule.
 */
export interface GetScheduleRequest {
    /**
     * The schedule's name.
     */
    'name'?: (string);
}
/**
 * Request of OrchestratorService.GetSchedule.
 */
export interface GetScheduleRequest__Output {
    /**
     * The schedule's name.
     */
    'name': (string);
}
