// Telling JetStream API errors apart by what the server sends (`api_error`), across server versions.
import { describe, expect, it } from 'vitest';
import { isMissingMessage, jetStreamErrorCode } from '../../src/sdk/util/jetstream-errors.js';

const apiError = (err_code: number, description: string) => Object.assign(new Error(description), { api_error: { code: 500, err_code, description } });

describe('JetStream API errors', () => {
  it('reads the error code, and nothing from what is not an API error', () => {
    expect(jetStreamErrorCode(apiError(10071, 'wrong last sequence: 3'))).toBe(10071);
    for (const other of [new Error('timeout'), null, 'x', { api_error: { err_code: '10071' } }]) expect(jetStreamErrorCode(other)).toBeUndefined();
  });

  it('knows a message delete of a sequence the stream no longer holds, and only that', () => {
    expect(isMissingMessage(apiError(10057, 'no message found'))).toBe(true); // nats-server 2.15
    expect(isMissingMessage(apiError(10057, 'stream store EOF'))).toBe(true); // past the last sequence
    expect(isMissingMessage(apiError(10037, 'no message found'))).toBe(true); // older servers
    expect(isMissingMessage(apiError(10043, 'sequence not found'))).toBe(true);
    expect(isMissingMessage(apiError(10057, 'write error: no space left on device'))).toBe(false);
    expect(isMissingMessage(apiError(10059, 'stream not found'))).toBe(false);
    expect(isMissingMessage(Object.assign(new Error('x'), { api_error: { err_code: 10057 } }))).toBe(false);
    expect(isMissingMessage(new Error('no message found'))).toBe(false);
  });
});
