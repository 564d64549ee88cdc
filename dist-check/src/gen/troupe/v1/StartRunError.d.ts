/**
 * Why one item of StartRuns did not start, shaped like google.rpc.Status: the gRPC status code
 * the same request would have got from StartRun (RESOURCE_EXHAUSTED when the orchestrator is at
 * its limit of active runs, NOT_FOUND for an unknown workflow, …) and a message a person can act on.
 */
export interface StartRunError {
    /**
     * gRPC status code, e.g. 3 (INVALID_ARGUMENT), 5 (NOT_FOUND), 8 (RESOURCE_EXHAUSTED).
     */
    'code'?: (number);
    /**
     * What went wrong, for people; never a credential.
     */
    'message'?: (string);
}
/**
 * Why one item of StartRuns did not start, shaped like google.rpc.Status: the gRPC status code
 * the same request would have got from StartRun (RESOURCE_EXHAUSTED when the orchestrator is at
 * its limit of active runs, NOT_FOUND for an unknown workflow, …) and a message a person can act on.
 */
export interface StartRunError__Output {
    /**
     * gRPC status code, e.g. 3 (INVALID_ARGUMENT), 5 (NOT_FOUND), 8 (RESOURCE_EXHAUSTED).
     */
    'code': (number);
    /**
     * What went wrong, for people; never a credential.
     */
    'message': (string);
}
