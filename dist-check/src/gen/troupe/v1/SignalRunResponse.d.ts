/**
 * Response of OrchestratorService.SignalRun.
 */
export interface SignalRunResponse {
    /**
     * The step's status after the signal: "succeeded", or after a reject "failed",
     * "skipped" or "recovered" (as its on_failure says).
     */
    'stepStatus'?: (string);
    /**
     * The run's status after the signal, e.g. "running".
     */
    'runStatus'?: (string);
}
/**
 * Response of OrchestratorService.SignalRun.
 */
export interface SignalRunResponse__Output {
    /**
     * The step's status after the signal: "succeeded", or after a reject "failed",
     * "skipped" or "recovered" (as its on_failure says).
     */
    'stepStatus': (string);
    /**
     * The run's status after the signal, e.g. "running".
     */
    'runStatus': (string);
}
