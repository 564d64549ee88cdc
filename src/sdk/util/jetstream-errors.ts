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
  /** A message delete failed; the description carries the store's reason. */
  MESSAGE_DELETE_FAILED: 10057,
} as const;

/** The JetStream API error code of a failed request (nats.js `NatsError.api_error.err_code`), if any. */
export function jetStreamErrorCode(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const api = (err as { api_error?: { err_code?: unknown } }).api_error;
  return typeof api?.err_code === 'number' ? api.err_code : undefined;
}

/**
 * True when deleting a message by sequence failed because the stream no longer holds it
 * (deleted or purged by someone else, or never reached). nats-server 2.15 answers 10057 with
 * the store's "no message found" (or "stream store EOF" past the last sequence); older
 * servers answered 10037 or 10043. Any other failure is not this.
 */
export function isMissingMessage(err: unknown): boolean {
  const code = jetStreamErrorCode(err);
  if (code === JS_ERR.NO_MESSAGE || code === JS_ERR.SEQUENCE_NOT_FOUND) return true;
  const description = (err as { api_error?: { description?: unknown } }).api_error?.description;
  return code === JS_ERR.MESSAGE_DELETE_FAILED && typeof description === 'string' && /no message found|stream store eof/i.test(description);
}
