import { idFromKeyToken, keyToken } from './keys.js';
import { runLimited, type Limiter } from '../../sdk/util/limiter.js';
import { deleteRevision, lastEntries, purgeKey, type Bucket } from './kv-util.js';

const EMPTY = new Uint8Array(0);
/** An owner that keeps adding runs rewrites its marker this often (so a marker purge never races a live owner). */
export const MARKER_REFRESH_MS = 10 * 60_000;

/** An owner marker: `<owner>` (one token), written before the owner's first run key. */
export interface OwnerMarker {
  readonly owner: string;
  /** The marker's revision (a purge is a compare-and-delete on it). */
  readonly revision: number;
  /** When it was written (ms). */
  readonly writtenAt: number;
}

/**
 * Which runs each orchestrator instance owns, as empty keys
 * `<owner>.<runId>` in `troupe_run_owners`: a survivor finds a dead instance's
 * unfinished runs by listing one key prefix, without reading every run record.
 *
 * Each owner also has a marker key `<owner>` (one token), written before its first run key
 * and rewritten every {@link MARKER_REFRESH_MS} while it adds runs, so the stray-run sweep
 * lists the owners (a handful of keys) instead of every run.
 *
 * The index is a hint; the run record (its `owner` and `epoch`) is the truth. The
 * entry of the new owner is written BEFORE the record names it, and the old
 * owner's entry removed after, so an unfinished run is always findable under the
 * owner its record names; a leftover entry is cleaned when someone finds the
 * record finished, missing or owned by another instance.
 *
 * @example
 * await owners.add(instanceId, runId); await runs.put(record, null);
 * const orphans = await owners.list(deadInstanceId);
 */
export class RunOwnerIndex {
  readonly #bucket: Bucket;
  readonly #now: () => number;
  readonly #writes: Limiter | undefined;
  /** When this process last wrote each owner's marker. */
  readonly #marked = new Map<string, number>();

  /** `writes` bounds the writes in flight (shared with the run store). */
  constructor(bucket: Bucket, options: { now?: () => number; writes?: Limiter } = {}) {
    this.#bucket = bucket;
    this.#now = options.now ?? Date.now;
    this.#writes = options.writes;
  }

  #write<T>(operation: () => Promise<T>): Promise<T> {
    return runLimited(this.#writes, operation);
  }

  /** Records that `owner` owns `runId` (idempotent); the owner's marker first if this process has not written it lately. */
  async add(owner: string, runId: string): Promise<void> {
    const markedAt = this.#marked.get(owner);
    if (markedAt === undefined || this.#now() - markedAt >= MARKER_REFRESH_MS) {
      const at = this.#now();
      await this.#write(() => this.#bucket.kv.put(keyToken(owner), EMPTY));
      this.#marked.set(owner, at);
    }
    await this.#write(() => this.#bucket.kv.put(indexKey(owner, runId), EMPTY));
  }

  /** Every owner marker (one-token keys only: as many reads as owners, not runs). */
  async markers(): Promise<OwnerMarker[]> {
    const out: OwnerMarker[] = [];
    for (const entry of await lastEntries(this.#bucket.kv, { key: '*', headersOnly: true })) {
      const owner = idFromKeyToken(entry.key);
      if (owner !== undefined) out.push({ owner, revision: entry.revision, writtenAt: entry.created.getTime() });
    }
    return out;
  }

  /** Removes an owner's marker if it is still the one read (an owner that rewrote it meanwhile keeps it). */
  async forgetOwner(marker: OwnerMarker): Promise<boolean> {
    return deleteRevision(this.#bucket, keyToken(marker.owner), marker.revision);
  }

  /** Forgets that `owner` owns `runId` (no marker left behind). */
  async remove(owner: string, runId: string): Promise<void> {
    await this.#write(() => purgeKey(this.#bucket, indexKey(owner, runId)));
  }

  /** The runs indexed under `owner` (keys only, one ordered consumer on the owner's prefix). */
  async list(owner: string): Promise<string[]> {
    const entries = await lastEntries(this.#bucket.kv, { key: `${keyToken(owner)}.*`, headersOnly: true });
    const out: string[] = [];
    for (const entry of entries) {
      const id = idFromKeyToken(entry.key.slice(entry.key.indexOf('.') + 1));
      if (id !== undefined) out.push(id);
    }
    return out;
  }

  /** Every indexed run, by owner (keys only, the whole index: once per process, for the stray-run sweep). */
  async all(): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const entry of await lastEntries(this.#bucket.kv, { headersOnly: true })) {
      const dot = entry.key.indexOf('.');
      if (dot < 0) continue; // an owner marker
      const owner = idFromKeyToken(entry.key.slice(0, dot));
      const runId = idFromKeyToken(entry.key.slice(dot + 1));
      if (owner === undefined || runId === undefined) continue;
      const runs = out.get(owner);
      if (runs) runs.push(runId);
      else out.set(owner, [runId]);
    }
    return out;
  }
}

/** The index key of one run of one owner. */
export function indexKey(owner: string, runId: string): string {
  return `${keyToken(owner)}.${keyToken(runId)}`;
}
