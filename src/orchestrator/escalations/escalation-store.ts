import { NotFoundError } from '../../sdk/errors.js';
import { StaleWriteError } from '../store/errors.js';
import { keyToken } from '../store/keys.js';
import { compareAndSet, encodeJson, isWrongLastSequence, lastEntries, type Bucket } from '../store/kv-util.js';
import type { EscalationRecord } from './escalation-record.js';

/** An escalation and the revision it was read at (the compare-and-set token). */
export interface StoredEscalation {
  readonly record: EscalationRecord;
  readonly revision: number;
}

/** Where escalations are kept: durable (KV) or, without durable state, in memory. */
export interface EscalationStore {
  /** Stores a new escalation; resolves false when one with its id exists. */
  create(record: EscalationRecord): Promise<boolean>;
  get(id: string): Promise<StoredEscalation | undefined>;
  /** Writes `record` if the stored revision is still `revision`; StaleWriteError otherwise. */
  update(record: EscalationRecord, revision: number): Promise<number>;
  /** Every escalation, newest first. */
  list(): Promise<EscalationRecord[]>;
}

const newestFirst = (a: EscalationRecord, b: EscalationRecord): number => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);

/** Escalations in `troupe_escalations`, one key per id; every change a compare-and-set. */
export class KvEscalationStore implements EscalationStore {
  readonly #bucket: Bucket;

  constructor(bucket: Bucket) {
    this.#bucket = bucket;
  }

  async create(record: EscalationRecord): Promise<boolean> {
    try {
      await this.#bucket.kv.create(keyToken(record.id), encodeJson(record));
      return true;
    } catch (err) {
      if (isWrongLastSequence(err)) return false;
      throw err;
    }
  }

  async get(id: string): Promise<StoredEscalation | undefined> {
    const entry = await this.#bucket.kv.get(keyToken(id));
    return entry?.operation === 'PUT' ? { record: entry.json<EscalationRecord>(), revision: entry.revision } : undefined;
  }

  update(record: EscalationRecord, revision: number): Promise<number> {
    return compareAndSet(this.#bucket, record.id, revision, () => this.#bucket.kv.update(keyToken(record.id), encodeJson(record), revision));
  }

  async list(): Promise<EscalationRecord[]> {
    return (await lastEntries(this.#bucket.kv)).map((e) => e.json<EscalationRecord>()).sort(newestFirst);
  }
}

/** Escalations in memory (an orchestrator without durable state); same semantics. */
export class MemoryEscalationStore implements EscalationStore {
  readonly #records = new Map<string, StoredEscalation>();
  #sequence = 0;

  create(record: EscalationRecord): Promise<boolean> {
    if (this.#records.has(record.id)) return Promise.resolve(false);
    this.#records.set(record.id, { record, revision: ++this.#sequence });
    return Promise.resolve(true);
  }

  get(id: string): Promise<StoredEscalation | undefined> {
    return Promise.resolve(this.#records.get(id));
  }

  update(record: EscalationRecord, revision: number): Promise<number> {
    if (this.#records.get(record.id)?.revision !== revision) return Promise.reject(new StaleWriteError('memory_escalations', record.id, revision));
    const next = ++this.#sequence;
    this.#records.set(record.id, { record, revision: next });
    return Promise.resolve(next);
  }

  list(): Promise<EscalationRecord[]> {
    return Promise.resolve([...this.#records.values()].map((s) => s.record).sort(newestFirst));
  }
}

/** NOT_FOUND for an unknown escalation id, in words a person can act on. */
export function unknownEscalation(id: string): NotFoundError {
  return new NotFoundError(`no escalation "${id}"; see \`troupe alerts list\``, { escalation: id });
}
