/**
 * Request of OrchestratorService.ListEscalations.
 */
export interface ListEscalationsRequest {
    /**
     * Only escalations in this state: open, acknowledged or resolved; empty for all.
     */
    'state'?: (string);
}
/**
 * Request of OrchestratorService.ListEscalations.
 */
export interface ListEscalationsRequest__Output {
    /**
     * Only escalations in this state: open, acknowledged or resolved; empty for all.
     */
    'state': (string);
}
