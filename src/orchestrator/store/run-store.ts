import { InvalidArgumentError } from '../../sdk/errors.js';
import { StaleWriteError } from './errors.js';
import { keyToken } from './keys.js';
import { compareAndSet, deleteRevision, encodeJson, lastEntries, liveJson, purgeKey, type Bucket } from './kv-util.js';
import type { PayloadRefs } from './payload-refs.js';
import { byCreatedAt, isFinishedStatus, type RunListFilter, type RunRecord, type RunStore, type StoredRun } from './run-record.js';

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

  /**
   * @param options.payloads where values too large for a KV value go (by reference);
   * without it a record must fit the NATS max payload as it is.
   */
  constructor(bucket: Bucket, options: { payloads?: PayloadRefs } = {}) {
    this.#bucket = bucket;
    this.#payloads = options.payloads;
  }

  async put(record: RunRecord, expectedRevision: number | null): Promise<number> {
    const key = runKey(record.runId);
    const value = this.#payloads ? await this.#payloads.encode(record.runId, record) : encodeJson(record);
    return compareAndSet(this.#bucket, record.runId, expectedRevision, () =>
      expectedRevision === null ? this.#bucket.kv.create(key, value) : this.#bucket.kv.update(key, value, expectedRevision),
    );
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

  /** Deletes the objects the records of these (removed) runs referenced; resolves with how many. */
  async deletePayloads(runIds: readonly string[]): Promise<number> {
    return this.#payloads ? this.#payloads.deleteRuns(runIds) : 0;
  }

  async #resolve(record: RunRecord): Promise<RunRecord> {
    return this.#payloads ? ((await this.#payloads.resolve(record)) as RunRecord) : record;
  }

  async delete(runId: string, expectedRevision?: number): Promise<boolean> {
    const key = runKey(runId);
    if (expectedRevision === undefined) return purgeKey(this.#bucket, key);
    if (await deleteRevision(this.#bucket, key, expectedRevision)) return true;
    throw new StaleWriteError(this.#bucket.name, runId, expectedRevision);
  }
}

/** The KV key of a run. */
function runKey(runId: string): string {
  if (runId === '') throw new InvalidArgumentError('a run id must not be empty');
  return keyToken(runId);
}

export type { RunListFilter, RunRecord, RunStatus, RunStore, StoredRun } from './run-record.js';
