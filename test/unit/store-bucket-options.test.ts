/** The store's bucket options are checked before NATS is touched: INVALID_ARGUMENT naming the option and the value. */
import type { NatsConnection } from 'nats';
import { describe, expect, it } from 'vitest';
import { bucketLimits, checkReplicas, openBuckets, openPayloads } from '../../src/orchestrator/store/buckets.js';
import { Status } from '../../src/sdk/errors.js';

/** A connection that fails the test if anything reaches it. */
const untouched = new Proxy({}, {
  get: (_, key): never => {
    throw new Error(`the connection was used (${String(key)})`);
  },
}) as NatsConnection;
// An asymmetric matcher (typed any by vitest), typed for toThrow and toEqual.
const invalid = (message: string): Error => expect.objectContaining({ code: Status.INVALID_ARGUMENT, message }) as Error;

describe('bucket options', () => {
  it('refuses a storage other than file or memory', async () => {
    await expect(openBuckets(untouched, { storage: 'disk' as never })).rejects.toEqual(invalid("storage must be 'file' or 'memory', got disk"));
  });

  it('refuses a payload max age that is not an integer >= 0', async () => {
    await expect(openPayloads(untouched, { payloadMaxAgeMs: -1 })).rejects.toEqual(invalid('payloadMaxAgeMs must be an integer >= 0, got -1'));
  });

  it('refuses replicas other than 1, 3 or 5, and limits out of range', () => {
    expect(() => checkReplicas(2)).toThrow(invalid('replicas must be 1, 3 or 5, got 2'));
    expect(() => bucketLimits({ runsMaxBytes: 0 })).toThrow(invalid('runsMaxBytes must be a positive integer or -1, got 0'));
    expect(() => bucketLimits({ workflowHistory: 65 })).toThrow(invalid('workflowHistory must be an integer in 1…64, got 65'));
    expect(bucketLimits({ agentHistory: 64 }).agents.history).toBe(64);
    expect(bucketLimits({ agentHistory: 1 }).agents.history).toBe(1);
    expect(() => bucketLimits({ agentHistory: 0 })).toThrow(invalid('agentHistory must be an integer in 1…64, got 0'));
    expect(() => bucketLimits({ workflowHistory: 2.5 })).toThrow(invalid('workflowHistory must be an integer in 1…64, got 2.5'));
  });
});
