/**
 * Response of OrchestratorService.CancelRun.
 */
export interface CancelRunResponse {
    /**
     * Run status after the request, e.g. "cancelled".
     */
    'status'?: (string);
}
/**
 * Response of OrchestratorService.CancelRun.
 */
export interface CancelRunResponse__Output {
    /**
     * Run status after the request, e.g. "cancelled".
     */
    'status': (string);
}
