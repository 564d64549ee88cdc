import type { Json } from '../../sdk/grpc/struct.js';
import { TroupeError, Status } from '../../sdk/errors.js';
import type { DeliveryState } from '../webhooks/sender.js';

/** A task submitted over `POST /api/tasks`, as `GET /api/tasks/{id}` reports it. */
export interface TaskRecord {
  id: string;
  capability: string;
  status: 'running' | 'completed' | 'failed';
  submittedAt: string;
  finishedAt?: string;
  output?: Json;
  /** The gRPC status name and message when it failed, e.g. `{ code: 'DEADLINE_EXCEEDED', … }`. */
  error?: { code: string; message: string };
  agentInstanceId?: string;
  traceId: string;
  /** Its callback and where its delivery stands. */
  callback?: { url: string } & DeliveryState;
}

/** How many task records are kept, and for how long once finished. */
export interface TaskResultLimits {
  /** Records kept, running ones included; beyond it the oldest finished one goes, or new tasks get 429. @default 10000 */
  readonly maxCount?: number;
  /** How long a finished task's record is kept. @default 3600000 (1 h) */
  readonly ttlMs?: number;
}

interface Entry {
  record: TaskRecord;
  /** Who submitted it: only they (or a `*` caller) may read it. */
  owner: string;
  /** Epoch ms after which a finished record is forgotten. */
  expiresAt?: number;
}

/**
 * The HTTP task API's memory, bounded: at most `maxCount` records, and a finished one
 * is forgotten `ttlMs` after it finished. Map order is insertion order, so eviction
 * looks at the oldest first.
 */
export class TaskResults {
  private readonly entries = new Map<string, Entry>();
  private readonly maxCount: number;
  private readonly ttlMs: number;

  constructor(limits: TaskResultLimits = {}, private readonly now: () => number = Date.now) {
    this.maxCount = limits.maxCount ?? 10_000;
    this.ttlMs = limits.ttlMs ?? 3_600_000;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Keeps a new running task; RESOURCE_EXHAUSTED when every kept record is still running. */
  add(record: TaskRecord, owner: string): void {
    this.sweep();
    if (this.entries.size >= this.maxCount) {
      const oldestFinished = [...this.entries].find(([, e]) => e.record.status !== 'running');
      if (!oldestFinished) throw new TroupeError(Status.RESOURCE_EXHAUSTED, `${this.maxCount} tasks are running (TROUPE_TASK_RESULTS_MAX); try again later`);
      this.entries.delete(oldestFinished[0]);
    }
    this.entries.set(record.id, { record, owner });
  }

  /** Marks a task finished; its record now expires after the TTL. */
  finish(id: string, outcome: Pick<TaskRecord, 'status' | 'output' | 'error' | 'agentInstanceId'>): TaskRecord | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    Object.assign(entry.record, outcome, { finishedAt: new Date(this.now()).toISOString() });
    entry.expiresAt = this.now() + this.ttlMs;
    return entry.record;
  }

  /** The record, when it is still kept and `owner` may read it (`*` reads all). */
  get(id: string, owner: string, readsAll: boolean): TaskRecord | undefined {
    this.sweep();
    const entry = this.entries.get(id);
    return entry && (readsAll || entry.owner === owner) ? entry.record : undefined;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) if (entry.expiresAt !== undefined && entry.expiresAt <= now) this.entries.delete(id);
  }
}
