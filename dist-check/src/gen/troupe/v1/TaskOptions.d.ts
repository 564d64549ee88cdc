/**
 * How a task is to be run; shared by SubmitTask and StreamTask.
 */
export interface TaskOptions {
    /**
     * Client-chosen key; resubmitting with the same key is safe for idempotent agents.
     */
    'idempotencyKey'?: (string);
    /**
     * 1 (highest) ... 5 (lowest); 0 means 3.
     */
    'priority'?: (number);
    /**
     * Time budget in milliseconds for the whole task; 0 means the orchestrator default.
     */
    'timeoutMs'?: (number);
}
/**
 * How a task is to be run; shared by SubmitTask and StreamTask.
 */
export interface TaskOptions__Output {
    /**
     * Client-chosen key; resubmitting with the same key is safe for idempotent agents.
     */
    'idempotencyKey': (string);
    /**
     * 1 (highest) ... 5 (lowest); 0 means 3.
     */
    'priority': (number);
    /**
     * Time budget in milliseconds for the whole task; 0 means the orchestrator default.
     */
    'timeoutMs': (number);
}
