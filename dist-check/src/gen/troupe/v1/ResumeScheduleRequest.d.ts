/**
 * Request of OrchestratorService.ResumeSchedule.
 */
export interface ResumeScheduleRequest {
    /**
     * The schedule's name.
     */
    'name'?: (string);
}
/**
 * Request of OrchestratorService.ResumeSchedule.
 */
export interface ResumeScheduleRequest__Output {
    /**
     * The schedule's name.
     */
    'name': (string);
}
