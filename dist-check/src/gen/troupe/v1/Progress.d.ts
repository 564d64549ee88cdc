/**
 * A progress report from a streaming task.
 */
export interface Progress {
    /**
     * Completed fraction in [0, 1]; negative when unknown.
     */
    'fraction'?: (number | string);
    /**
     * What the agent is doing, for people.
     */
    'message'?: (string);
}
/**
 * A progress report from a streaming task.
 */
export interface Progress__Output {
    /**
     * Completed fraction in [0, 1]; negative when unknown.
     */
    'fraction': (number);
    /**
     * What the agent is doing, for people.
     */
    'message': (string);
}
