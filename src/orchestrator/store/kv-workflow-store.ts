import type { Json } from '../../sdk/grpc/struct.js';
import type { StoredWorkflow, WorkflowStore } from '../workflow/workflow-store.js';
import { keyToken } from './keys.js';
import { encodeJson, isWrongLastSequence, lastEntries, liveJson, type Bucket, watchBucket } from './kv-util.js';

/** Options of {@link KvWorkflowStore}. */
export interface KvWorkflowStoreOptions {
  /** Wall clock, for `registeredAt`. @default Date.now */
  readonly now?: () => number;
  /** Compare-and-set attempts of one `put` under contention. @default 10 */
  readonly attempts?: number;
}

/**
 * {@link WorkflowStore} in `troupe_workflows`: one key per workflow name, the
 * latest version as value. `put` reads the latest version and writes version + 1
 * with compare-and-set, so two orchestrators registering the same name at once
 * get two distinct versions. Older versions stay readable (`versions()`) as far
 * as the bucket's `history` reaches (5 by default).
 *
 * @example
 * const workflows = new KvWorkflowStore(buckets.workflows);
 * const { version } = await workflows.put('podcast', definition); // 1, then 2, …
 */
export class KvWorkflowStore implements WorkflowStore {
  readonly #bucket: Bucket;
  readonly #now: () => number;
  readonly #attempts: number;

  constructor(bucket: Bucket, options: KvWorkflowStoreOptions = {}) {
    this.#bucket = bucket;
    this.#now = options.now ?? Date.now;
    this.#attempts = options.attempts ?? 10;
  }

  async put(name: string, source: Json): Promise<StoredWorkflow> {
    const key = keyToken(name);
    let lastError: unknown;
    for (let attempt = 0; attempt < this.#attempts; attempt++) {
      const entry = await this.#bucket.kv.get(key);
      const latest = liveJson<StoredWorkflow>(entry);
      const stored: StoredWorkflow = { name, version: (latest?.version ?? 0) + 1, registeredAt: this.#now(), source };
      try {
        if (latest === undefined || entry === null) await this.#bucket.kv.create(key, encodeJson(stored));
        else await this.#bucket.kv.update(key, encodeJson(stored), entry.revision);
        return stored;
      } catch (err) {
        if (!isWrongLastSequence(err)) throw err;
        lastError = err; // someone registered a version meanwhile: read again
      }
    }
    throw new Error(`workflow "${name}": ${this.#attempts} concurrent registrations in a row, giving up`, { cause: lastError });
  }

  async get(name: string): Promise<StoredWorkflow | undefined> {
    return liveJson<StoredWorkflow>(await this.#bucket.kv.get(keyToken(name)));
  }

  async list(): Promise<StoredWorkflow[]> {
    const all = (await lastEntries(this.#bucket.kv)).map((e) => e.json<StoredWorkflow>());
    return all.sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * Calls `onChange` for every workflow stored now, then for every registration, until
   * the returned stop is called (`stored` undefined: the key was deleted or purged).
   * `onReady` runs once the stored ones were delivered; `onEnd` if the watch ends
   * without being stopped (its consumer was lost).
   */
  async watch(onChange: (key: string, stored: StoredWorkflow | undefined) => void, onReady?: () => void, onEnd?: (err?: unknown) => void): Promise<() => void> {
    return watchBucket(this.#bucket.kv, (entry) => onChange(entry.key, entry.operation === 'PUT' ? entry.json<StoredWorkflow>() : undefined), onReady, onEnd);
  }

  /** The versions of `name` still kept (bucket `history`), newest first. */
  async versions(name: string): Promise<StoredWorkflow[]> {
    const out: StoredWorkflow[] = [];
    for await (const entry of await this.#bucket.kv.history({ key: keyToken(name) })) {
      if (entry.operation === 'PUT') out.push(entry.json<StoredWorkflow>());
    }
    return out.sort((a, b) => b.version - a.version);
  }
}
