import { describe, expect, it } from 'vitest';
import { adoptRun, MemoryRunStore, StaleWriteError } from '../../src/orchestrator/store/index.js';
import { runRecord } from '../helpers/store-fixtures.js';


describe('MemoryRunStore', () => {
  it('creates with null, updates with the current revision, and revisions grow', async () => {
    const runs = new MemoryRunStore();
    const r1 = await runs.put(runRecord('a'), null);
    const r2 = await runs.put(runRecord('a', { status: 'completed' }), r1);
    expect(r2).toBeGreaterThan(r1);
    expect(await runs.get('a')).toEqual({ record: runRecord('a', { status: 'completed' }), revision: r2 });
    expect(await runs.get('nope')).toBeUndefined();
  });

  it('two writers with the same expected revision: one wins, the other gets StaleWriteError', async () => {
    const runs = new MemoryRunStore();
    const rev = await runs.put(runRecord('a'), null);
    const results = await Promise.allSettled([
      runs.put(runRecord('a', { owner: 'x' }), rev),
      runs.put(runRecord('a', { owner: 'y' }), rev),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [lost] = results.filter((r) => r.status === 'rejected');
    expect(StaleWriteError.is(lost!.reason)).toBe(true);
    expect(lost!.reason).toMatchObject({ code: 9, id: 'a', expectedRevision: rev });
    await expect(runs.put(runRecord('a'), null)).rejects.toSatisfy(StaleWriteError.is);
  });

  it('fences a paused owner out once a survivor adopted the run', async () => {
    const runs = new MemoryRunStore();
    const n = await runs.put(runRecord('a', { owner: 'A', epoch: 1 }), null);
    const adopted = await adoptRun(runs, 'a', { owner: 'A', epoch: 1 }, { owner: 'B', epoch: 7 }, { now: () => 5_000 });
    expect(adopted).toMatchObject({ outcome: 'adopted', run: { record: { owner: 'B', epoch: 7, updatedAt: 5_000 } } });
    await expect(runs.put(runRecord('a', { owner: 'A', status: 'completed' }), n)).rejects.toSatisfy(StaleWriteError.is);
    expect((await runs.get('a'))?.record).toMatchObject({ owner: 'B', epoch: 7, status: 'running' });
    // A second survivor racing for the same dead owner finds the record no longer A's.
    expect((await adoptRun(runs, 'a', { owner: 'A', epoch: 1 }, { owner: 'C', epoch: 1 })).outcome).toBe('superseded');
  });

  it('adoptRun by the same instance in a new life writes its new epoch, fencing out its older life', async () => {
    // Restarted with the same id (or its lease re-taken) while its older life may still be paused.
    const runs = new MemoryRunStore();
    const old = await runs.put(runRecord('a', { owner: 'A', epoch: 1 }), null);
    const adopted = await adoptRun(runs, 'a', { owner: 'A', epoch: 1 }, { owner: 'A', epoch: 2 });
    expect(adopted).toMatchObject({ outcome: 'adopted', run: { record: { owner: 'A', epoch: 2 } } });
    expect((await runs.get('a'))?.record.epoch).toBe(2);
    await expect(runs.put(runRecord('a', { owner: 'A', epoch: 1, status: 'completed' }), old)).rejects.toSatisfy(StaleWriteError.is);
  });

  it('adoptRun leaves finished, other owners\', newer-epoch and missing runs alone', async () => {
    const runs = new MemoryRunStore();
    await runs.put(runRecord('done', { owner: 'A', epoch: 1, status: 'completed' }), null);
    await runs.put(runRecord('other', { owner: 'C', epoch: 1 }), null);
    await runs.put(runRecord('newer', { owner: 'A', epoch: 3 }), null);
    const dead = { owner: 'A', epoch: 2 };
    const me = { owner: 'B', epoch: 1 };
    expect((await adoptRun(runs, 'done', dead, me)).outcome).toBe('finished');
    expect((await adoptRun(runs, 'other', dead, me)).outcome).toBe('superseded');
    expect((await adoptRun(runs, 'newer', dead, me)).outcome).toBe('superseded'); // A re-took it in a later life
    expect((await adoptRun(runs, 'gone', dead, me)).outcome).toBe('missing');
    expect(runs.writes).toBe(3);
  });

  it('lists oldest first, optionally only unfinished runs', async () => {
    const runs = new MemoryRunStore();
    await runs.put(runRecord('b', { createdAt: 2 }), null);
    await runs.put(runRecord('a', { createdAt: 1, status: 'failed' }), null);
    await runs.put(runRecord('c', { createdAt: 3, status: 'pending' }), null);
    expect((await runs.list()).map((r) => r.record.runId)).toEqual(['a', 'b', 'c']);
    expect((await runs.list({ unfinished: true })).map((r) => r.record.runId)).toEqual(['b', 'c']);
  });

  it('lists runs created in the same millisecond by run id', async () => {
    const runs = new MemoryRunStore();
    for (const id of ['y', 'z', 'x']) await runs.put(runRecord(id, { createdAt: 5 }), null);
    expect((await runs.list()).map((r) => r.record.runId)).toEqual(['x', 'y', 'z']);
  });

  it('deletes with and without an expected revision', async () => {
    const runs = new MemoryRunStore();
    const rev = await runs.put(runRecord('a'), null);
    await expect(runs.delete('a', rev + 100)).rejects.toSatisfy(StaleWriteError.is);
    expect(await runs.delete('a', rev)).toBe(true);
    expect(await runs.delete('a')).toBe(false);
    await expect(runs.delete('a', rev)).rejects.toSatisfy(StaleWriteError.is);
    expect(await runs.put(runRecord('a'), null)).toBeGreaterThan(rev); // can be created again
  });

  it('copies records in and out', async () => {
    const runs = new MemoryRunStore();
    const record = runRecord('a', { tasks: { t1: { value: 'pending' } } });
    await runs.put(record, null);
    (record.tasks as Record<string, unknown>)['t2'] = 'mutated';
    const got = await runs.get('a');
    expect(got?.record.tasks).toEqual({ t1: { value: 'pending' } });
  });

  it('adoptRun keeps a run whose adopting write landed but whose reply was lost (a timeout, or a resent copy that lost the compare-and-set)', async () => {
    const dead = { owner: 'A', epoch: 1 };
    const me = { owner: 'B', epoch: 7 };
    // The write lands, then the caller hears a timeout.
    const timedOut = new MemoryRunStore();
    await timedOut.put(runRecord('t', { owner: 'A', epoch: 1 }), null);
    const put = timedOut.put.bind(timedOut);
    timedOut.put = async (record, rev) => {
      await put(record, rev);
      throw new Error('TIMEOUT');
    };
    const adopted = await adoptRun(timedOut, 't', dead, me);
    expect(adopted.outcome).toBe('adopted');
    expect(adopted.outcome === 'adopted' && adopted.run.record).toMatchObject({ owner: 'B', epoch: 7 });
    // The write lands, and a resent copy then loses the compare-and-set to it.
    const resent = new MemoryRunStore();
    await resent.put(runRecord('r', { owner: 'A', epoch: 1 }), null);
    const put2 = resent.put.bind(resent);
    resent.put = async (record, rev) => {
      await put2(record, rev);
      return put2(record, rev);
    };
    expect((await adoptRun(resent, 'r', dead, me)).outcome).toBe('adopted');
    // A timeout whose write did not land is still an error (retried by the next pass).
    const lost = new MemoryRunStore();
    await lost.put(runRecord('l', { owner: 'A', epoch: 1 }), null);
    lost.put = () => Promise.reject(new Error('TIMEOUT'));
    await expect(adoptRun(lost, 'l', dead, me)).rejects.toThrow('TIMEOUT');
  });
});
