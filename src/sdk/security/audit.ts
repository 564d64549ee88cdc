/** One security-relevant fact: who did what to which target, and how it ended. */
export interface AuditEvent {
  /** ISO-8601 time of the decision. */
  at: string;
  /** Who: the token subject, the static token's name, an mTLS identity, or "anonymous" when auth is off. */
  actor: string;
  /** What, e.g. `StartRun`, `CancelRun`, `SignalRun`, `RegisterWorkflow`, `SetAgentMode`, `authenticate`, `AgentAdmission`. */
  action: string;
  /** On what: a run id, workflow name or agent instance id. */
  target?: string;
  /** How it ended. `admitted`/`refused` are agent admission decisions. */
  outcome: 'ok' | 'error' | 'denied' | 'unauthenticated' | 'admitted' | 'refused';
  /** Why, for anything but `ok` (never a credential). */
  reason?: string;
  /** The trace of the call that made the decision. */
  traceId?: string;
}

/** What an audit event is given as: `at` defaults to now. */
export type AuditInput = Omit<AuditEvent, 'at'> & { at?: string };

/** Where audit events go. `append` never blocks and never throws. */
export interface AuditSink {
  append(e: AuditInput): void;
}

/** Which events {@link AuditLog.list} returns. */
export interface AuditFilter {
  /** Only events at or after this time (epoch ms). @default all retained */
  sinceMs?: number;
  /** Only this actor. */
  actor?: string;
  /** Only this action. */
  action?: string;
  /** At most this many, the newest. @default 1000 */
  limit?: number;
}

/** A sink that can also be read back and closed (flushing what it holds). */
export interface AuditLog extends AuditSink {
  list(filter?: AuditFilter): Promise<AuditEvent[]>;
  close(): Promise<void>;
}

/** Fills in `at`. */
export function stamp(e: AuditInput): AuditEvent {
  return { ...e, at: e.at ?? new Date().toISOString() };
}

/** True when `e` passes `filter`. */
export function matches(e: AuditEvent, filter: AuditFilter): boolean {
  if (filter.actor && e.actor !== filter.actor) return false;
  if (filter.action && e.action !== filter.action) return false;
  if (filter.sinceMs !== undefined && Date.parse(e.at) < filter.sinceMs) return false;
  return true;
}

/** The newest `limit` of `events` (oldest first). */
export function newest(events: AuditEvent[], limit = 1000): AuditEvent[] {
  return events.length > limit ? events.slice(events.length - limit) : events;
}

/**
 * A non-durable audit log: the last `capacity` events in memory (for tests and
 * `durable: false` orchestrators).
 */
export class InMemoryAuditLog implements AuditLog {
  readonly #events: AuditEvent[] = [];
  constructor(private readonly capacity = 10_000) {}

  append(e: AuditInput): void {
    this.#events.push(stamp(e));
    if (this.#events.length > this.capacity) this.#events.shift();
  }

  list(filter: AuditFilter = {}): Promise<AuditEvent[]> {
    return Promise.resolve(newest(this.#events.filter((e) => matches(e, filter)), filter.limit));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Sends every event to each of `sinks` (e.g. the durable log and a test's in-memory one). */
export function teeAudit(...sinks: AuditSink[]): AuditSink {
  return { append: (e) => sinks.forEach((s) => s.append(e)) };
}
