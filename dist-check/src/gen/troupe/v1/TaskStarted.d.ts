/**
 * Sent first on a StreamTask stream, once an agent instance has been chosen.
 */
export interface TaskStarted {
    /**
     * Id the orchestrator gave the task.
     */
    'taskId'?: (string);
    /**
     * The agent instance running it.
     */
    'agentInstanceId'?: (string);
    /**
     * W3C trace id of the task, for looking it up in Jaeger.
     */
    'traceId'?: (string);
}
/**
 * Sent first on a StreamTask stream, once an agent instance has been chosen.
 */
export interface TaskStarted__Output {
    /**
     * Id the orchestrator gave the task.
     */
    'taskId': (string);
    /**
     * The agent instance running it.
     */
    'agentInstanceId': (string);
    /**
     * W3C trace id of the task, for looking it up in Jaeger.
     */
    'traceId': (string);
}
