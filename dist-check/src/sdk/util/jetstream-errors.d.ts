/** JetStream API error codes Troupe tells apart (the server's `err_code`). */
export declare const JS_ERR: {
    /** The stream does not exist. */
    readonly STREAM_NOT_FOUND: 10059;
    /** An expected-last-sequence check failed ("wrong last sequence"): a lost compare-and-set. */
    readonly WRONG_LAST_SEQUENCE: 10071;
    /** "no message found". */
    readonly NO_MESSAGE: 10037;
    /** "sequence not found". */
    readonly SEQUENCE_NOT_FOUND: 10043;
};
/** The JetStream API error code of a failed request (nats.js `NatsError.api_error.err_code`), if any. */
export declare function jetStreamErrorCode(err: unknown): number | undefined;
