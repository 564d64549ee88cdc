// Payload limits: the gRPC message limit that goes with a payload limit, how a payload is
// measured (stopping once it is known to be over), and the refusal that names the setting.
import { describe, expect, it } from 'vitest';
import { Status, TroupeError } from '../../src/sdk/errors.js';
import {
  checkPayloadSize,
  DEFAULT_MAX_MESSAGE_BYTES,
  DEFAULT_MAX_PAYLOAD_BYTES,
  jsonSize,
  maxMessageBytesFor,
  PayloadTooLargeError,
} from '../../src/sdk/grpc/payload-limits.js';

const MiB = 1024 * 1024;

describe('maxMessageBytesFor', () => {
  it('adds a quarter of the payload limit for the envelope, and at least 1 MiB', () => {
    expect(maxMessageBytesFor(1_000)).toBe(1_000 + MiB);
    expect(maxMessageBytesFor(4 * MiB)).toBe(5 * MiB);
    expect(maxMessageBytesFor(8 * MiB + 3)).toBe(8 * MiB + 3 + 2 * MiB);
    expect(DEFAULT_MAX_PAYLOAD_BYTES).toBe(64 * MiB);
    expect(DEFAULT_MAX_MESSAGE_BYTES).toBe(80 * MiB);
  });
});

describe('jsonSize', () => {
  it('measures each kind of value as (at most a few bytes over) its UTF-8 JSON', () => {
    expect(jsonSize('héllo')).toBe(8); // 6 bytes and the quotes
    expect(jsonSize(null)).toBe(5);
    expect(jsonSize(undefined)).toBe(5);
    expect(jsonSize(true)).toBe(5);
    expect(jsonSize(-12.5)).toBe(5);
    expect(jsonSize(10n)).toBe(2);
    expect(jsonSize(new Uint8Array(10))).toBe(10);
    expect(jsonSize([1, 22])).toBe(2 + 2 + 1 + 2);
    expect(jsonSize({ ab: 1, é: 'x' })).toBe(2 + (2 + 4) + 1 + (2 + 4) + 3);
    expect(jsonSize({ a: [{}, []] })).toBe(2 + 5 + (2 + 2) + 2 + 2);
  });

  it('counts nothing for what JSON leaves out (functions, symbols)', () => {
    expect(jsonSize(() => 1)).toBe(0);
    expect(jsonSize(Symbol('s'))).toBe(0);
    expect(jsonSize([() => 1])).toBe(3);
  });

  it('stops once the value is known to be over the limit, and not before', () => {
    const value = ['aaaa', 'bbbb'];
    expect(jsonSize(value)).toBe(16);
    expect(jsonSize(value, 3)).toBe(4); // the list itself is over: its items are not read
    expect(jsonSize(value, 4)).toBe(10);
    expect(jsonSize(value, 16)).toBe(16);
  });
});

describe('checkPayloadSize', () => {
  it('lets a payload of exactly the limit through', () => {
    expect(() => checkPayloadSize('StartRun input', ['aaaa', 'bbbb'], 16, 'TROUPE_MAX_PAYLOAD_BYTES')).not.toThrow();
  });

  it('refuses a larger one with RESOURCE_EXHAUSTED, not retryable, naming its whole size, the limit and the setting', () => {
    let caught: unknown;
    try {
      checkPayloadSize('StartRun input', ['aaaa', 'bbbb'], 3, 'TROUPE_MAX_PAYLOAD_BYTES', { runId: 'r-1' });
    } catch (err) {
      caught = err;
    }
    expect(PayloadTooLargeError.is(caught)).toBe(true);
    expect(caught).toBeInstanceOf(PayloadTooLargeError);
    expect(caught).toMatchObject({
      name: 'PayloadTooLargeError',
      code: Status.RESOURCE_EXHAUSTED,
      retryable: false,
      bytes: 16,
      limit: 3,
      message: 'StartRun input is 16 bytes, over the payload limit of 3 bytes (TROUPE_MAX_PAYLOAD_BYTES)',
      context: { runId: 'r-1', bytes: 16, limit: 3 },
    });
  });

  it('tells its refusal apart from other errors, even across copies of the module', () => {
    expect(PayloadTooLargeError.is(new PayloadTooLargeError('x', 2, 1, 's'))).toBe(true);
    expect(PayloadTooLargeError.is(new TroupeError(Status.RESOURCE_EXHAUSTED, 'busy'))).toBe(false);
    expect(PayloadTooLargeError.is(Object.assign(new Error('x'), { name: 'PayloadTooLargeError' }))).toBe(false);
    const fromAnotherCopy = Object.assign(new TroupeError(Status.RESOURCE_EXHAUSTED, 'x'), { name: 'PayloadTooLargeError' });
    expect(PayloadTooLargeError.is(fromAnotherCopy)).toBe(true);
  });
});
