// The run list index's retention entries (`e.<runId>`): one per finished run, with the record
// revision a removal compares against and when the run ended (the time it was indexed when
// its record does not say).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunStatus } from '../../src/orchestrator/store/index.js';
import { RunListIndex, SLOT_MS } from '../../src/orchestrator/store/run-index.js';
import { summaryFromRecord, type RunSummary } from '../../src/orchestrator/store/run-page.js';
import { storeHarness, type StoreHarness } from '../helpers/store-nats.js';
import { runRecord } from '../helpers/store-fixtures.js';

const T0 = 1_700_000_000_000 - (1_700_000_000_000 % SLOT_MS);

const summary = (runId: string, status: RunStatus, endedAt: number | null): RunSummary => ({
  ...summaryFromRecord(runRecord(runId, { createdAt: T0 + 1_000, status })),
  endedAt,
});

describe('run list index retention entries', () => {
  let h: StoreHarness;
  const clock = { now: () => T0 + 9_000 };
  beforeAll(async () => {
    h = await storeHarness();
  });
  afterAll(() => h.close());
  afterEach(() => h.reset());
  /** This test's run index bucket (each reset deletes the buckets; opening the stores makes them anew). */
  const runIndexBucket = async () => (await h.stores()).buckets.runIndex;

  it('lists each finished run with its record revision and end, and no run in flight', async () => {
    const index = new RunListIndex(await runIndexBucket(), clock);
    index.note(summary('done', 'completed', T0 + 5_000), 7, true);
    index.note(summary('busy', 'running', null), 4, true);
    await index.flushed();
    expect(await index.finishedRuns()).toEqual([{ runId: 'done', revision: 7, createdAt: T0 + 1_000, endedAt: T0 + 5_000 }]);
  });

  it('gives a finished run whose record has no end the time it was indexed', async () => {
    const index = new RunListIndex(await runIndexBucket(), clock);
    index.note(summary('old', 'cancelled', null), 3, true);
    await index.flushed();
    expect(await index.finishedRuns()).toEqual([{ runId: 'old', revision: 3, createdAt: T0 + 1_000, endedAt: T0 + 9_000 }]);
  });

  it('keeps the entry of the newest record revision when an older one is noted late (a run that changed owner)', async () => {
    const bucket = await runIndexBucket();
    const newOwner = new RunListIndex(bucket, clock);
    const oldOwner = new RunListIndex(bucket, clock);
    newOwner.note(summary('moved', 'completed', T0 + 5_000), 9);
    await newOwner.flushed();
    oldOwner.note(summary('moved', 'failed', T0 + 4_000), 5);
    await oldOwner.flushed();
    expect(await newOwner.finishedRuns()).toEqual([{ runId: 'moved', revision: 9, createdAt: T0 + 1_000, endedAt: T0 + 5_000 }]);
  });
});
