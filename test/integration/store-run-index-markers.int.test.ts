// The run list index's minute and second markers: a page that finds a minute or second empty
// removes its markers only once the slot is settled (11 minutes after it started), never while
// another process may still be writing a run into it.
import type { KV } from 'nats';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Bucket } from '../../src/orchestrator/store/index.js';
import { lastEntries } from '../../src/orchestrator/store/kv-util.js';
import { RunListIndex, SLOT_MS } from '../../src/orchestrator/store/run-index.js';
import { summaryFromRecord, type RunSummary } from '../../src/orchestrator/store/run-page.js';
import { storeHarness, type StoreHarness } from '../helpers/store-nats.js';
import { runRecord } from '../helpers/store-fixtures.js';

const T0 = 1_700_000_000_000 - (1_700_000_000_000 % SLOT_MS);
const MINUTE = T0 / SLOT_MS;
/** When a slot is settled: its start, plus its width, plus SETTLED_MS (10 minutes). */
const SETTLED_AFTER = SLOT_MS + 10 * 60_000;

const summary = (runId: string, createdAt: number): RunSummary => summaryFromRecord(runRecord(runId, { createdAt, workflow: 'podcast' }));
const second = (createdAt: number): number => Math.floor(createdAt / 1_000);

/** The marker keys in the bucket (every key but run entries and retention entries), sorted. */
async function markers(bucket: Bucket): Promise<string[]> {
  const entries = await lastEntries(bucket.kv, { headersOnly: true });
  return entries
    .map((e) => e.key)
    .filter((k) => !k.startsWith('r.') && !k.startsWith('e.'))
    .sort();
}

const ids = async (index: RunListIndex, workflow?: string): Promise<string[]> => (await index.page({ limit: 10, workflow })).runs.map((s) => s.runId);

describe('run list index markers', () => {
  let h: StoreHarness;
  let now: number;
  const clock = { now: () => now };
  beforeAll(async () => {
    h = await storeHarness();
  });
  afterAll(() => h.close());
  afterEach(() => h.reset());

  /** This test's run index bucket (each reset deletes the buckets; opening the stores makes them anew). */
  const runIndexBucket = async (): Promise<Bucket> => (await h.stores()).buckets.runIndex;

  it('keeps the markers of an emptied second that is not settled: a run written there next is still listed', async () => {
    const bucket = await runIndexBucket();
    now = T0 + 5_000;
    const writer = new RunListIndex(bucket, clock);
    const reader = new RunListIndex(bucket, clock); // another orchestrator
    writer.note(summary('gone', T0 + 1_000), 1, true);
    await writer.flushed();
    await writer.remove('gone', T0 + 1_000); // retention
    expect(await ids(reader)).toEqual([]);
    expect(await markers(bucket)).toContain(`t.${MINUTE}.${second(T0 + 1_000)}`);
    // The writer wrote this second's markers moments ago, so it does not write them again.
    writer.note(summary('late', T0 + 1_500), 1, true);
    await writer.flushed();
    expect(await ids(reader)).toEqual(['late']);
  });

  it('keeps the minute marker of a minute not settled whose second markers are not written yet', async () => {
    const bucket = await runIndexBucket();
    now = T0 + 5_000;
    // The writer stops between its minute's markers and its second's…
    let reached!: () => void;
    const atSecondMarkers = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const kv = new Proxy(bucket.kv, {
      get: (target, name: keyof KV) => {
        const value = (target[name] as (...a: unknown[]) => unknown).bind(target);
        if (name !== 'put') return value;
        return async (key: string, ...rest: unknown[]) => {
          if (key.startsWith('t.')) {
            reached();
            await released;
          }
          return value(key, ...rest);
        };
      },
    });
    const writer = new RunListIndex({ ...bucket, kv }, clock);
    const reader = new RunListIndex(bucket, clock);
    writer.note(summary('r1', T0 + 1_000), 1, true);
    await atSecondMarkers;
    // …while another orchestrator's page finds the minute without seconds.
    expect(await ids(reader)).toEqual([]);
    expect(await markers(bucket)).toEqual([`s.${MINUTE}`, `w.podcast.${MINUTE}`]);
    release();
    await writer.flushed();
    expect(await ids(reader)).toEqual(['r1']);
  });

  it('removes the markers of a settled second, then of its minute, once pages find them empty', async () => {
    const bucket = await runIndexBucket();
    now = T0 + 20 * SLOT_MS;
    const index = new RunListIndex(bucket, clock);
    index.note(summary('gone', T0 + 1_000), 1, true);
    index.note(summary('kept', T0 + 2_000), 1, true);
    await index.flushed();
    const [s1, s2] = [second(T0 + 1_000), second(T0 + 2_000)];
    expect(await markers(bucket)).toEqual(
      [`s.${MINUTE}`, `t.${MINUTE}.${s1}`, `t.${MINUTE}.${s2}`, `u.podcast.${MINUTE}.${s1}`, `u.podcast.${MINUTE}.${s2}`, `w.podcast.${MINUTE}`].sort(),
    );
    await index.remove('gone', T0 + 1_000);

    // The emptied second loses its marker (of all runs; of the workflow when a page lists it); the other keeps its.
    expect(await ids(index)).toEqual(['kept']);
    expect(await markers(bucket)).toEqual([`s.${MINUTE}`, `t.${MINUTE}.${s2}`, `u.podcast.${MINUTE}.${s1}`, `u.podcast.${MINUTE}.${s2}`, `w.podcast.${MINUTE}`].sort());
    expect(await ids(index, 'podcast')).toEqual(['kept']);
    expect(await markers(bucket)).toEqual([`s.${MINUTE}`, `t.${MINUTE}.${s2}`, `u.podcast.${MINUTE}.${s2}`, `w.podcast.${MINUTE}`].sort());
    expect(await ids(index)).toEqual(['kept']);

    // With its last run gone: the second's marker on one page, the minute's on the next.
    await index.remove('kept', T0 + 2_000);
    expect(await ids(index)).toEqual([]);
    expect(await markers(bucket)).toEqual([`s.${MINUTE}`, `u.podcast.${MINUTE}.${s2}`, `w.podcast.${MINUTE}`].sort());
    expect(await ids(index)).toEqual([]);
    expect(await ids(index, 'podcast')).toEqual([]);
    expect(await ids(index, 'podcast')).toEqual([]);
    expect(await markers(bucket)).toEqual([]);
  });

  it('counts a second settled from 11 minutes after it started', async () => {
    const bucket = await runIndexBucket();
    const at = T0 + 1_000;
    const index = new RunListIndex(bucket, clock);
    const emptied = async (): Promise<void> => {
      now = at;
      index.note(summary('gone', at), 1, true);
      await index.flushed();
      await index.remove('gone', at);
    };
    const marker = `t.${MINUTE}.${second(at)}`;

    await emptied();
    now = at + SETTLED_AFTER - 1;
    expect(await ids(index)).toEqual([]);
    expect(await markers(bucket)).toContain(marker);

    now = at + SETTLED_AFTER;
    expect(await ids(index)).toEqual([]);
    expect(await markers(bucket)).not.toContain(marker);
  });
});
