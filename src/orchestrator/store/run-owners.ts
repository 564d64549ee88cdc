import { idFromKeyToken, keyToken } from './keys.js';
import { lastEntries, purgeKey, type Bucket } from './kv-util.js';

const EMPTY = new Uint8Array(0);

/**
 * Which runs each orchestrator instance owns, as empty keys
 * `<owner>.<runId>` in `troupe_run_owners`: a survivor finds a dead instance's
 * unfinished runs by listing one key prefix, without reading every run record.
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

  constructor(bucket: Bucket) {
    this.#bucket = bucket;
  }

  /** Records that `owner` owns `runId` (idempotent). */
  async add(owner: string, runId: string): Promise<void> {
    await this.#bucket.kv.put(indexKey(owner, runId), EMPTY);
  }

  /** Forgets that `owner` owns `runId` (no marker left behind). */
  async remove(owner: string, runId: string): Promise<void> {
    await purgeKey(this.#bucket, indexKey(owner, runId));
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

  /** Every indexed run, by owner (keys only, the whole index: for the rare stray-run sweep). */
  async all(): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const entry of await lastEntries(this.#bucket.kv, { headersOnly: true })) {
      const dot = entry.key.indexOf('.');
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
