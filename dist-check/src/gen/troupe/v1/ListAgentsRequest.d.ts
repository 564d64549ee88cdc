/**
 * Request of OrchestratorService.ListAgents.
 */
export interface ListAgentsRequest {
    /**
     * Only instances offering this capability; empty for all. A range may follow
     * ("tts.synthesize@^2"): only instances whose version of it satisfies the range.
     */
    'capability'?: (string);
    /**
     * Include instances that have left or were refused admission; default false.
     */
    'includeLeft'?: (boolean);
    /**
     * Only instances with a capability accepting this type (media type or schema name); empty for all.
     */
    'inputType'?: (string);
    /**
     * Only instances with a capability producing this type; empty for all.
     */
    'outputType'?: (string);
}
/**
 * Request of OrchestratorService.ListAgents.
 */
export interface ListAgentsRequest__Output {
    /**
     * Only instances offering this capability; empty for all. A range may follow
     * ("tts.synthesize@^2"): only instances whose version of it satisfies the range.
     */
    'capability': (string);
    /**
     * Include instances that have left or were refused admission; default false.
     */
    'includeLeft': (boolean);
    /**
     * Only instances with a capability accepting this type (media type or schema name); empty for all.
     */
    'inputType': (string);
    /**
     * Only instances with a capability producing this type; empty for all.
     */
    'outputType': (string);
}
