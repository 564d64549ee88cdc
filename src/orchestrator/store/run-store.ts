import { InvalidArgumentError } from '../../sdk/errors.js';
import { StaleWriteError } from './errors.js';
import { keyToken } from './keys.js';
import { compareAndSet, deleteRevision, encodeJson, lastEntries, liveJson, purgeKey, type Bucket } from './kv-util.js';
import { runLimited, type Limiter } from '../../sdk/util/limiter.js';
import type { PayloadRefs } from './payload-refs.js';
import type { RunListIndex } from './run-index.js';
import { pageOf, summaryFromRecord, type FinishedRun, type RunPage, type RunPageFilter, type RunSummary } from './run-page.js';
import { byCreatedAt, finishedRunOf, isFinishedStatus, type RunListFilter, type RunRecord, type RunStore, type StoredRun } from './run-record.js';

/**
 * {@link RunStore} in a JetStream KV bucket (`troupe_runs`, `history: 1`): one key
 * per run (the run id, escaped if it is not `[A-Za-z0-9_-]+`), the record as JSON.
 * `put` maps to `kv.create` (expected `null`) or `kv.update` (expected revision);
 * `delete` removes the message itself, so deleted runs leave no marker behind.
 *
 * @example
 * const runs = new KvRunStore(buckets.runs);
 * let rev = await runs.put(record, null);
 * rev = await runs.put({ ...record, status: 'running', updatedAt: Date.now() }, rev);
 */
export class KvRunStore implements RunStore {
  readonly #bucket: Bucket;
  readonly #payloads: PayloadRefs | undefined;
  readonly #index: RunListIndex | undefined;
  readonly #writes: Limiter | undefined;

  /**
   * @param options.payloads where values too large for a KV value go (by reference);
   * without it a record must fit the NATS max payload as it is.
   * @param options.index the run list index kept up to date by every write (ListRuns reads it);
   * without it `page` reads every record.
   * @param options.writes bounds the writes in flight (shared with the indexes).
   */
  constructor(bucket: Bucket, options: { payloads?: PayloadRefs; index?: RunListIndex; writes?: Limiter } = {}) {
    this.#bucket = bucket;
    this.#payloads = options.payloads;
    this.#index = options.index;
    this.#writes = options.writes;
  }

  async put(record: RunRecord, expectedRevision: number | null): Promise<number> {
    const key = runKey(record.runId);
    const value = this.#payloads ? await this.#payloads.encode(record.runId, record) : encodeJson(record);
    const write = (): Promise<number> =>
      compareAndSet(this.#bucket, record.runId, expectedRevision, () =>
        expectedRevision === null ? this.#bucket.kv.create(key, value) : this.#bucket.kv.update(key, value, expectedRevision),
      );
    const revision = await runLimited(this.#writes, write);
    this.#index?.note(summaryFromRecord(record), revision, expectedRevision === null);
    return revision;
  }

  /**
   * A page of run summaries, newest first: from the index when there is one (only the
   * minutes the page covers are read), else from every record. `overlay` gives fresher
   * summaries of the runs this process drives.
   */
  async page(filter: RunPageFilter, overlay?: (runId: string) => RunSummary | undefined): Promise<RunPage> {
    if (this.#index) return this.#index.page(filter, overlay);
    const summaries = (await this.list()).map(({ record }) => overlay?.(record.runId) ?? summaryFromRecord(record));
    return pageOf(summaries, filter);
  }

  /**
   * Indexes every stored run if the index is new (a store written before the index
   * existed); resolves with how many runs were indexed. Idempotent.
   */
  async indexExisting(): Promise<number> {
    if (!this.#index || !(await this.#index.isEmpty())) return 0;
    const runs = await this.list();
    for (const { record, revision } of runs) this.#index.note(summaryFromRecord(record), revision);
    await this.#index.flushed();
    return runs.length;
  }

  async get(runId: string): Promise<StoredRun | undefined> {
    const entry = await this.#bucket.kv.get(runKey(runId));
    const record = liveJson<RunRecord>(entry);
    return record === undefined || entry === null ? undefined : { record: await this.#resolve(record), revision: entry.revision };
  }

  /**
   * Every record (or the unfinished ones). Large values stay references
   * (`{ "$troupe_ref": … }`): list readers use the small fields (status, times,
   * owner); `get` and `watch` return records with every value in place.
   */
  async list(filter: RunListFilter = {}): Promise<StoredRun[]> {
    const entries = await lastEntries(this.#bucket.kv);
    const out: StoredRun[] = [];
    for (const entry of entries) {
      const record = entry.json<RunRecord>();
      if (filter.unfinished && isFinishedStatus(record.status)) continue;
      out.push({ record, revision: entry.revision });
    }
    return out.sort(byCreatedAt);
  }

  /**
   * The record of `runId` now (if any) and then every new version, until `signal`
   * aborts or the caller stops iterating. Deletes leave no marker, so a removed run
   * is not reported: callers stop at a finished status.
   */
  async *watch(runId: string, signal?: AbortSignal): AsyncGenerator<StoredRun> {
    if (signal?.aborted) return;
    const iter = await this.#bucket.kv.watch({ key: runKey(runId) });
    const stop = (): void => iter.stop();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      for await (const entry of iter) {
        if (entry.operation !== 'PUT') continue;
        yield { record: await this.#resolve(entry.json<RunRecord>()), revision: entry.revision };
      }
    } finally {
      signal?.removeEventListener('abort', stop);
      iter.stop();
    }
  }

  /** The finished runs: the index's retention entries (no record read), else from every record. */
  async finishedRuns(): Promise<FinishedRun[]> {
    if (this.#index) return this.#index.finishedRuns();
    return (await this.list()).filter((r) => isFinishedStatus(r.record.status)).map(finishedRunOf);
  }

  /** Records finished runs missing from the index's retention entries (stored before they existed); resolves with how many. */
  async indexFinished(runs: readonly FinishedRun[]): Promise<number> {
    return this.#index ? this.#index.indexFinished(runs) : 0;
  }

  /** Deletes the objects the records of these (removed) runs referenced; resolves with how many. */
  async deletePayloads(runIds: readonly string[]): Promise<number> {
    return this.#payloads ? this.#payloads.deleteRuns(runIds) : 0;
  }

  async #resolve(record: RunRecord): Promise<RunRecord> {
    return this.#payloads ? ((await this.#payloads.resolve(record)) as RunRecord) : record;
  }

  async delete(runId: string, expectedRevision?: number, createdAt?: number): Promise<boolean> {
    const key = runKey(runId);
    const created = this.#index && createdAt === undefined ? (await this.get(runId))?.record.createdAt : createdAt;
    let removed: boolean;
    if (expectedRevision === undefined) removed = await purgeKey(this.#bucket, key);
    else if (await deleteRevision(this.#bucket, key, expectedRevision)) removed = true;
    else throw new StaleWriteError(this.#bucket.name, runId, expectedRevision);
    // If this fails the list keeps a line for a removed run (GetRun answers NOT_FOUND): rare, and the record is the truth.
    if (created !== undefined) await this.#index?.remove(runId, created).catch(() => undefined);
    return removed;
  }
}

/** The KV key of a run. */
function runKey(runId: string): string {
  if (runId === '') throw new InvalidArgumentError('a run id must not be empty');
  return keyToken(runId);
}

export type { RunListFilter, RunRecord, RunStatus, RunStore, StoredRun } from './run-record.js';
