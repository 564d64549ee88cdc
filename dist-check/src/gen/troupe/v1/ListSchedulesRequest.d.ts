/**
 * Request of OrchestratorService.ListSchedules.
 */
export interface ListSchedulesRequest {
    /**
     * Only schedules of this workflow; empty for all.
     */
    'workflow'?: (string);
}
/**
 * Request of OrchestratorService.ListSchedules.
 */
export interface ListSchedulesRequest__Output {
    /**
     * Only schedules of this workflow; empty for all.
     */
    'workflow': (string);
}
