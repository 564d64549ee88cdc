/** JetStream API error codes Troupe tells apart (the server's `err_code`). */
export const JS_ERR = {
    /** The stream does not exist. */
    STREAM_NOT_FOUND: 10059,
    /** An expected-last-sequence check failed ("wrong last sequence"): a lost compare-and-set. */
    WRONG_LAST_SEQUENCE: 10071,
    /** "no message found". */
    NO_MESSAGE: 10037,
    /** "sequence not found". */
    SEQUENCE_NOT_FOUND: 10043,
};
/** The JetStream API error code of a failed request (nats.js `NatsError.api_error.err_code`), if any. */
export function jetStreamErrorCode(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const api = err.api_error;
    return typeof api?.err_code === 'number' ? api.err_code : undefined;
}
//# sourceMappingURL=jetstream-errors.js.map