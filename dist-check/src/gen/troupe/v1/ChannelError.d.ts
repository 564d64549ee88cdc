/**
 * A task's failure on a channel: a gRPC status code and its message.
 */
export interface ChannelError {
    /**
     * gRPC status code, e.g. 3 (INVALID_ARGUMENT).
     */
    'code'?: (number);
    /**
     * Message a person can act on.
     */
    'message'?: (string);
}
/**
 * A task's failure on a channel: a gRPC status code and its message.
 */
export interface ChannelError__Output {
    /**
     * gRPC status code, e.g. 3 (INVALID_ARGUMENT).
     */
    'code': (number);
    /**
     * Message a person can act on.
     */
    'message': (string);
}
