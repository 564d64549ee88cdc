/**
 * Request of OrchestratorService.DiscardDeadLetter.
 */
export interface DiscardDeadLetterRequest {
    /**
     * The dead-lettered task's id (see ListDeadLetters).
     */
    'taskId'?: (string);
}
/**
 * Request of OrchestratorService.DiscardDeadLetter.
 */
export interface DiscardDeadLetterRequest__Output {
    /**
     * The dead-lettered task's id (see ListDeadLetters).
     */
    'taskId': (string);
}
