/**
 * Request of OrchestratorService.ListDeadLetters.
 */
export interface ListDeadLettersRequest {
    /**
     * Only records of this run; empty for all.
     */
    'runId'?: (string);
    /**
     * Most records to return, newest first; 0 means 100.
     */
    'limit'?: (number);
}
/**
 * Request of OrchestratorService.ListDeadLetters.
 */
export interface ListDeadLettersRequest__Output {
    /**
     * Only records of this run; empty for all.
     */
    'runId': (string);
    /**
     * Most records to return, newest first; 0 means 100.
     */
    'limit': (number);
}
