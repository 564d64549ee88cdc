/** One failed attempt of a dead-lettered task. */
export interface DeadLetterAttempt {
  readonly instanceId: string;
  /** gRPC status code of the failure. */
  readonly code: number;
  readonly message: string;
  /** When the attempt failed (ms since the epoch). */
  readonly at: number;
}

/** A task that exhausted its retries, kept for people to inspect (and maybe re-drive). */
export interface DeadLetterRecord {
  readonly taskId: string;
  readonly runId?: string;
  readonly stepId?: string;
  readonly capability: string;
  readonly attempts: readonly DeadLetterAttempt[];
  readonly input: unknown;
  /** When the task was given up (ms since the epoch). */
  readonly failedAt: number;
  /** Why it was given up, for a person, e.g. "3 attempts failed with UNAVAILABLE". */
  readonly reason: string;
}

/** Options of {@link DeadLetterStore.list}. */
export interface DeadLetterListOptions {
  /** Most records returned. @default 100 */
  limit?: number;
  /** Only records of this run. @default all runs */
  runId?: string;
}

/** Where dead letters go. Async so that a durable store (e.g. JetStream KV) fits the same shape. */
export interface DeadLetterStore {
  /** Records a dead letter; a second record for the same task replaces the first. */
  add(record: DeadLetterRecord): Promise<void>;
  /** Records, newest first. */
  list(options?: DeadLetterListOptions): Promise<DeadLetterRecord[]>;
  /** The record of `taskId`, if kept. */
  get(taskId: string): Promise<DeadLetterRecord | undefined>;
  /** Forgets the record of `taskId` (replayed or discarded); true when one was kept. */
  remove(taskId: string): Promise<boolean>;
}

/** Options of {@link InMemoryDeadLetterStore}. */
export interface InMemoryDeadLetterStoreOptions {
  /** Most records kept; the oldest are dropped first. @default 1000 */
  maxRecords?: number;
}

/**
 * A bounded in-memory {@link DeadLetterStore}: lost on restart, oldest dropped
 * first. "Newest" means most recently added.
 *
 * @example
 * const store = new InMemoryDeadLetterStore({ maxRecords: 500 });
 * await store.add({ taskId, capability, attempts, input, failedAt: Date.now(), reason: 'retries exhausted' });
 * const recent = await store.list({ limit: 20 });
 */
export class InMemoryDeadLetterStore implements DeadLetterStore {
  readonly maxRecords: number;
  // Map iteration order is insertion order: oldest first.
  private readonly records = new Map<string, DeadLetterRecord>();

  constructor(options: InMemoryDeadLetterStoreOptions = {}) {
    this.maxRecords = Math.max(1, Math.floor(options.maxRecords ?? 1000));
  }

  /** Records kept. */
  get size(): number {
    return this.records.size;
  }

  add(record: DeadLetterRecord): Promise<void> {
    this.records.delete(record.taskId); // re-adding makes it the newest
    this.records.set(record.taskId, copy(record));
    for (const key of this.records.keys()) {
      if (this.records.size <= this.maxRecords) break;
      this.records.delete(key);
    }
    return Promise.resolve();
  }

  list(options: DeadLetterListOptions = {}): Promise<DeadLetterRecord[]> {
    const limit = Math.max(0, Math.floor(options.limit ?? 100));
    const all = [...this.records.values()];
    const out: DeadLetterRecord[] = [];
    for (let i = all.length - 1; i >= 0 && out.length < limit; i--) {
      const r = all[i]!;
      if (options.runId === undefined || r.runId === options.runId) out.push(copy(r));
    }
    return Promise.resolve(out);
  }

  get(taskId: string): Promise<DeadLetterRecord | undefined> {
    const r = this.records.get(taskId);
    return Promise.resolve(r && copy(r));
  }

  remove(taskId: string): Promise<boolean> {
    return Promise.resolve(this.records.delete(taskId));
  }
}

/** Copies the record and its attempts so callers cannot change what is stored; `input` is shared. */
function copy(r: DeadLetterRecord): DeadLetterRecord {
  return { ...r, attempts: r.attempts.map((a) => ({ ...a })) };
}
